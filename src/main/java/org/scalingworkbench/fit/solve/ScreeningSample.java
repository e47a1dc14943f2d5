package org.scalingworkbench.fit.solve;

import java.util.Arrays;
import org.scalingworkbench.fit.FitProblem;

/**
 * The rows on which a large fit screens its starting points. Every start of a multi-start fit is
 * first solved loosely; on a problem of more than {@link #ROWS} rows that first stage runs on an
 * evenly spaced sample of {@link #ROWS} of them (every (n/ROWS)-th row, in file order), and only the
 * best few end points are polished on all rows. A problem of at most {@link #ROWS} rows is screened
 * on itself, so its answer is exactly what it was before screening existed. See
 * docs/decisions/0013-screen-starts-on-a-row-sample.md.
 */
final class ScreeningSample {

    /** Rows above which the first stage runs on a sample of this many rows. */
    static final int ROWS = 20_000;

    private ScreeningSample() {
    }

    /** {@code problem} itself when it has at most {@link #ROWS} rows, else its evenly spaced sample. */
    static FitProblem of(FitProblem problem) {
        int n = problem.rows();
        if (n <= ROWS) {
            return problem;
        }
        int[] rows = new int[ROWS];
        Arrays.setAll(rows, i -> (int) ((long) i * n / ROWS));
        double[] ones = new double[ROWS];
        Arrays.fill(ones, 1.0);
        return problem.select(rows, ones);
    }
}
