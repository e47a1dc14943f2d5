package org.scalingworkbench.app.gap;

import org.scalingworkbench.analysis.gap.GapPoint;

/**
 * The gap at one size measured in both series.
 *
 * @param x          the size, in the scale column's units (parameters, FLOPs)
 * @param lossFirst  the first series' mean loss there, nats per token
 * @param lossSecond the second series' mean loss there, nats per token
 * @param fitted     the gap between the two series' fitted laws there, with its bootstrap interval, nats per token
 */
public record SizeGap(double x, double lossFirst, double lossSecond, GapPoint fitted) {

    /** The measured gap lossFirst − lossSecond, nats per token: the information the second condition adds. */
    public double nats() {
        return lossFirst - lossSecond;
    }

    /** The measured gap in bits per token (nats / ln 2). */
    public double bits() {
        return nats() / Math.log(2);
    }
}
