package org.scalingworkbench.ui.session;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps work waiting: a daemon thread posts a ping with
 * {@link Platform#runLater} every {@value #PERIOD_MS} ms, and each ping records how long after it
 * was posted it ran, twice: in wall time, and in CPU time the FX thread itself spent meanwhile.
 *
 * <p>The wall wait is what a user feels, but on a busy machine it also counts the time the FX
 * thread sat ready while the scheduler ran other processes. The CPU wait counts only what the FX
 * thread was doing ahead of the ping (handlers, layout, drawing): the blocking caused by work on
 * the FX thread, whatever the machine's load. Garbage collection and JIT compilation run on their
 * own threads and count in neither CPU wait.
 */
final class FxThreadProbe {

    static final long PERIOD_MS = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong maxWallNanos = new AtomicLong();
    private final AtomicLong maxCpuNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private volatile long fxThreadId = -1;
    private volatile boolean running = true;
    private final Thread poster = new Thread(this::post, "fx-thread-probe");

    FxThreadProbe() {
        poster.setDaemon(true);
    }

    void start() {
        poster.start();
    }

    /** Stops posting and waits for the last ping. */
    void stop() throws InterruptedException {
        running = false;
        poster.join();
    }

    /** The longest wall-clock wait of a ping, in milliseconds. */
    double longestWallMillis() {
        return maxWallNanos.get() / 1e6;
    }

    /** The most CPU time the FX thread spent while one ping waited, in milliseconds. */
    double longestCpuMillis() {
        return maxCpuNanos.get() / 1e6;
    }

    long pings() {
        return pings.get();
    }

    private void post() {
        while (running) {
            long posted = System.nanoTime();
            long id = fxThreadId;
            long cpuPosted = id < 0 ? -1 : threads.getThreadCpuTime(id);
            Platform.runLater(() -> {
                fxThreadId = Thread.currentThread().getId();
                pings.incrementAndGet();
                maxWallNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                if (cpuPosted >= 0) {
                    maxCpuNanos.accumulateAndGet(threads.getCurrentThreadCpuTime() - cpuPosted, Math::max);
                }
            });
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
