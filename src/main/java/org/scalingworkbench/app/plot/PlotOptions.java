package org.scalingworkbench.app.plot;

import java.util.List;

/**
 * How a fit of several curves is drawn ({@link ScalingPlots#of(org.scalingworkbench.app.fit.FitOutcome,
 * org.scalingworkbench.analysis.HoldOutSplit, PlotOptions)}).
 *
 * @param curveKey  the columns whose values name the curves (the request's curve key), which order
 *                  and colour them by value; empty for one curve
 * @param facet     the key column whose values become panels of a grid ({@code plot --facet}), or
 *                  null for one panel; when given, it is one of {@code curveKey}
 * @param residuals whether to draw the residual panel (one panel only)
 */
public record PlotOptions(List<String> curveKey, String facet, boolean residuals) {

    public PlotOptions {
        curveKey = List.copyOf(curveKey);
        if (facet != null && !curveKey.contains(facet)) {
            throw new IllegalArgumentException("the facet column " + facet + " must be one of the curve key " + curveKey);
        }
    }

    /** One panel of the curves named by {@code curveKey}. */
    public static PlotOptions of(List<String> curveKey, boolean residuals) {
        return new PlotOptions(curveKey, null, residuals);
    }

    /** The key columns that tell the curves of one panel apart (the key without the facet column). */
    List<String> colourKey() {
        return curveKey.stream().filter(c -> !c.equals(facet)).toList();
    }
}
