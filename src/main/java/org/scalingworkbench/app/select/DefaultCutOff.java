package org.scalingworkbench.app.select;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;

/**
 * Where the hold-out cut-off starts when a curve is shown. A file with a split column (rows marked
 * train / held-out, test, val, or 1 / 0; see {@link HoldOutSplit.SplitColumn}) says which rows it
 * holds out: the cut-off goes just below the smallest x of those rows, so exactly they are held
 * out when they are the largest. Without one (or when its labels cannot be read, or it marks no
 * row either way) the largest x values holding at least four points are held out.
 */
public final class DefaultCutOff {

    private DefaultCutOff() {
    }

    /** The cut-off in x's units, NaN for none. */
    public static double of(Curve c) {
        if (c == null || c.size() == 0) {
            return Double.NaN;
        }
        double[] xs = IntStream.range(0, c.size()).mapToDouble(c::xAt).distinct().sorted().toArray();
        double bySplit = c.sweep().column(ColumnRole.SPLIT).map(s -> fromSplit(c, s, xs)).orElse(Double.NaN);
        if (!Double.isNaN(bySplit)) {
            return bySplit;
        }
        return largestFourPoints(c, xs);
    }

    /**
     * Below the largest x values that hold at least four points together (four runs of distinct
     * sizes, or the largest compute budget of an IsoFLOP sweep); NaN when that would hold out more
     * than half the points or leave fewer than four x values to fit.
     */
    private static double largestFourPoints(Curve c, double[] xs) {
        int held = 0;
        int i = xs.length;
        while (held < 4 && i > 0) {
            i--;
            double x = xs[i];
            held += (int) IntStream.range(0, c.size()).filter(k -> c.xAt(k) == x).count();
        }
        return i < 4 || 2 * held > c.size() ? Double.NaN : Math.sqrt(xs[i - 1] * xs[i]);
    }

    /** Between the smallest held-out x and the next smaller x; NaN when the split does not apply. */
    private static double fromSplit(Curve c, Column split, double[] xs) {
        boolean[] held;
        try {
            held = new HoldOutSplit.SplitColumn(split.name()).heldOut(c);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
        double smallestHeld = IntStream.range(0, c.size()).filter(k -> held[k]).mapToDouble(c::xAt).min().orElse(Double.NaN);
        int i = Arrays.binarySearch(xs, smallestHeld);
        if (Double.isNaN(smallestHeld) || i <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(xs[i - 1] * xs[i]);
    }
}
