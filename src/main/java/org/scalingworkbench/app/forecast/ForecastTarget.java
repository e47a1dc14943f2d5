package org.scalingworkbench.app.forecast;

import java.util.List;
import org.scalingworkbench.analysis.MetricDirection;
import org.scalingworkbench.analysis.MetricUnits;

/**
 * What a forecast reads off a fitted law of one variable, and how the metric is taken. A NaN part
 * is not asked for.
 *
 * @param targetLoss      the value to reach (the metric's units: a loss in nats, a score as a
 *                        fraction or percent): the x that reaches it is read off; NaN for none
 * @param targetReducible the reducible loss L − L∞ to reach (target units): the x that reaches it; NaN for none
 * @param atX             the x (the variable's units) at which the reducible loss is read off; NaN for the largest fitted x
 * @param yAt             the x values (the variable's units, each &gt; 0) at which y is read off; empty for none
 * @param direction       the metric's direction as the user set it; null to recognize it from its name and values
 * @param units           the metric's units as the user set them (a loss in bits, say); null to recognize them
 */
public record ForecastTarget(double targetLoss, double targetReducible, double atX, List<Double> yAt,
        MetricDirection direction, MetricUnits units) {

    public ForecastTarget {
        if (!Double.isNaN(targetLoss) && !Double.isNaN(targetReducible)) {
            throw new IllegalArgumentException("give at most one of a target loss and a target reducible loss");
        }
        if (!Double.isNaN(atX) && !(atX > 0)) {
            throw new IllegalArgumentException("the x of a read-off must be positive, got " + atX);
        }
        yAt = List.copyOf(yAt);
        for (double x : yAt) {
            if (!(x > 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("--at takes positive x values, got " + x);
            }
        }
    }

    /** A target with no y read off and the metric recognized from its name and values. */
    public ForecastTarget(double targetLoss, double targetReducible, double atX) {
        this(targetLoss, targetReducible, atX, List.of(), null, null);
    }

    /** The x reaching {@code loss}, read off with L∞ at the largest fitted x. */
    public static ForecastTarget loss(double loss) {
        return new ForecastTarget(loss, Double.NaN, Double.NaN);
    }

    /** The x reaching reducible loss {@code reducible}, with L∞ at the largest fitted x. */
    public static ForecastTarget reducible(double reducible) {
        return new ForecastTarget(Double.NaN, reducible, Double.NaN);
    }

    /** The same target, also reading y off at each of {@code xs}. */
    public ForecastTarget withYAt(List<Double> xs) {
        return new ForecastTarget(targetLoss, targetReducible, atX, xs, direction, units);
    }

    /** The same target with the metric's direction and units as the user set them (null: recognized). */
    public ForecastTarget withMetric(MetricDirection d, MetricUnits u) {
        return new ForecastTarget(targetLoss, targetReducible, atX, yAt, d, u);
    }

    /** Whether an x reaching a loss or reducible loss is asked for. */
    public boolean asksForScale() {
        return !Double.isNaN(targetLoss) || !Double.isNaN(targetReducible);
    }
}
