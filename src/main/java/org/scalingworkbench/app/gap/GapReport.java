package org.scalingworkbench.app.gap;

import java.util.List;
import org.scalingworkbench.analysis.gap.FittedSeries;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The loss gap between two series of the same models, as {@link SweepGap} measures it. Losses are
 * per token in the target's units (nats unless the file says bits); bits are nats / ln 2; per
 * example is per token times tokens per example.
 *
 * @param xName             the scale column (model size or compute)
 * @param yName             the target column of the first series
 * @param seriesLaw         the law fitted to each series
 * @param first             the first series (higher loss) and its fit
 * @param second            the second series and its fit
 * @param sizes             the gap at each matched size, by increasing size
 * @param gapLaw            the law fitted to the measured gaps
 * @param tokensPerExample  tokens per example, or NaN when not given
 * @param plateau           where the gap stops growing, or null without a bootstrap
 * @param notes             what happened to the rows, one sentence each
 */
public record GapReport(String xName, String yName, ScalingLaw seriesLaw, FittedSeries first, FittedSeries second,
        List<SizeGap> sizes, GapLawFit gapLaw, double tokensPerExample, GapPlateau plateau, List<String> notes) {

    public GapReport {
        sizes = List.copyOf(sizes);
        notes = List.copyOf(notes);
    }

    /** Whether per-example figures can be given. */
    public boolean perExample() {
        return !Double.isNaN(tokensPerExample);
    }

    /** {@code perToken} (nats or bits per token) per example; NaN without tokens per example. */
    public double perExample(double perToken) {
        return perToken * tokensPerExample;
    }

    /** The smallest matched size. */
    public double smallestSize() {
        return sizes.get(0).x();
    }

    /** The largest matched size. */
    public double largestSize() {
        return sizes.get(sizes.size() - 1).x();
    }
}
