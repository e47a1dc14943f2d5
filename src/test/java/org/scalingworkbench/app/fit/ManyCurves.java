package org.scalingworkbench.app.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

/**
 * A sweep of several tasks, each a noiseless power law plus constant y = Linf + (x0/x)^alpha of
 * its own (see {@link #TRUTH}), 12 points each at x = 10^6 .. 10^(6 + span) evenly in log x; then
 * a task "tiny" of one point and a task "pair" of three, too small for most hold-outs and laws.
 */
public final class ManyCurves {

    /** Each task's {name, Linf, x0, alpha, decades of x}. */
    public static final List<Object[]> TRUTH = List.of(new Object[] {"t1", 1.5, 1e5, 0.30, 4.0},
            new Object[] {"t2", 2.5, 3e4, 0.45, 3.0}, new Object[] {"t3", 0.8, 1e6, 0.20, 4.0});

    /** Points of each task of {@link #TRUTH}. */
    public static final int POINTS = 12;

    private ManyCurves() {
    }

    /** x of point i of a task spanning {@code span} decades from 1e6. */
    public static double x(int i, double span) {
        return Math.pow(10, 6 + span * i / (POINTS - 1));
    }

    /** Writes {@code tasks.csv} (Task, tokens, loss) into {@code dir}. */
    public static Path write(Path dir) throws IOException {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        StringBuilder csv = new StringBuilder("Task,tokens,loss\n");
        for (Object[] t : TRUTH) {
            double[] p = {(double) t[1], (double) t[2], (double) t[3]};
            for (int i = 0; i < POINTS; i++) {
                double x = x(i, (double) t[4]);
                csv.append(t[0]).append(',').append(x).append(',').append(law.valueAt(x, p)).append('\n');
            }
        }
        csv.append("tiny,1e7,3.1\n");
        csv.append("pair,1e6,3.3\npair,1e7,3.0\npair,1e8,2.8\n");
        return Files.writeString(dir.resolve("tasks.csv"), csv);
    }
}
