package org.scalingworkbench.app.forecast;

/**
 * What a forecast reads off a fitted law of one variable. A NaN part is not asked for.
 *
 * @param targetLoss      the loss to reach (target units, e.g. nats): the x that reaches it is read off; NaN for none
 * @param targetReducible the reducible loss L − L∞ to reach (target units): the x that reaches it; NaN for none
 * @param atX             the x (the variable's units) at which the reducible loss is read off; NaN for the largest fitted x
 */
public record ForecastTarget(double targetLoss, double targetReducible, double atX) {

    public ForecastTarget {
        if (!Double.isNaN(targetLoss) && !Double.isNaN(targetReducible)) {
            throw new IllegalArgumentException("give at most one of a target loss and a target reducible loss");
        }
        if (!Double.isNaN(atX) && !(atX > 0)) {
            throw new IllegalArgumentException("the x of a read-off must be positive, got " + atX);
        }
    }

    /** The x reaching {@code loss}, read off with L∞ at the largest fitted x. */
    public static ForecastTarget loss(double loss) {
        return new ForecastTarget(loss, Double.NaN, Double.NaN);
    }

    /** The x reaching reducible loss {@code reducible}, with L∞ at the largest fitted x. */
    public static ForecastTarget reducible(double reducible) {
        return new ForecastTarget(Double.NaN, reducible, Double.NaN);
    }

    /** Whether an x reaching a loss or reducible loss is asked for. */
    public boolean asksForScale() {
        return !Double.isNaN(targetLoss) || !Double.isNaN(targetReducible);
    }
}
