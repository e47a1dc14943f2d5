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

    /**
     * Rows on which a problem of more than {@link #ROWS} rows solves every start loosely; its best
     * end points are then polished on {@link #ROWS}. On the million-row curve of decision 0013,
     * bnsl1's exploration on 5,000 rows instead of 20,000 took the fit from 14.3 s to 10.0 s and
     * ended no worse (AIC -6,373,594.4 against -6,373,594.1).
     */
    static final int EXPLORATION_ROWS = 5_000;

    private ScreeningSample() {
    }

    /** {@code problem} itself when it has at most {@link #ROWS} rows, else its evenly spaced sample. */
    static FitProblem of(FitProblem problem) {
        return of(problem, ROWS);
    }

    /**
     * The rows every start explores: {@code problem} itself up to {@link #ROWS} rows (so such a fit
     * is exactly what it was before sampling), else its evenly spaced {@link #EXPLORATION_ROWS}.
     */
    static FitProblem forExploration(FitProblem problem) {
        return problem.rows() <= ROWS ? problem : of(problem, EXPLORATION_ROWS);
    }

    /** {@code problem} itself when it has at most {@code size} rows, else its evenly spaced sample of that many. */
    static FitProblem of(FitProblem problem, int size) {
        int n = problem.rows();
        if (n <= size) {
            return problem;
        }
        int[] rows = new int[size];
        Arrays.setAll(rows, i -> (int) ((long) i * n / size));
        double[] ones = new double[size];
        Arrays.fill(ones, 1.0);
        return problem.select(rows, ones);
    }
}
