package org.scalingworkbench.figure;

import java.util.Objects;

/**
 * The figure of a loss gap (Henighan et al. 2020): on top both series' losses with their fitted
 * laws, below on the same x axis the measured gap with the law fitted to it and its band.
 *
 * @param losses   the two series: points grouped by series, one curve per series grouped alike
 * @param gap      the measured gap as one point group, and the gap's law as one curve of that group
 * @param gapLabel what the gap's points are called in the lower panel's legend
 */
public record GapPlotSpec(ScalingPlotSpec losses, ScalingPlotSpec gap, String gapLabel) {

    public GapPlotSpec {
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(gapLabel, "gapLabel");
    }
}
