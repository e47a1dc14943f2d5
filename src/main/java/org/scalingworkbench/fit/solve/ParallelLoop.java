package org.scalingworkbench.fit.solve;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitProgressListener;

/**
 * Runs tasks 0..n−1 on a fork-join pool (the common pool, or a private one with a given number of
 * threads; with one thread, in order on the calling thread, with no pool to start), reporting progress after each and checking the cancellation token before each. The
 * result array is indexed by task, so results do not depend on the number of threads.
 */
final class ParallelLoop {

    private final int parallelism;
    private final FitProgressListener progress;
    private final CancellationToken token;

    ParallelLoop(int parallelism, FitProgressListener progress, CancellationToken token) {
        this.parallelism = parallelism;
        this.progress = progress;
        this.token = token;
    }

    <T> T[] run(int n, IntFunction<T> task, IntFunction<T[]> array) {
        AtomicInteger done = new AtomicInteger();
        T[] out = array.apply(n);
        Runnable body = () -> IntStream.range(0, n).parallel().forEach(i -> {
            token.throwIfCancelled();
            out[i] = task.apply(i);
            progress.progress(done.incrementAndGet(), n);
        });
        if (parallelism == 1) {
            for (int i = 0; i < n; i++) {
                token.throwIfCancelled();
                out[i] = task.apply(i);
                progress.progress(done.incrementAndGet(), n);
            }
        } else if (parallelism == 0) {
            body.run();
        } else {
            runInPrivatePool(body);
        }
        token.throwIfCancelled();
        return out;
    }

    private void runInPrivatePool(Runnable body) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(body).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("fit interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
