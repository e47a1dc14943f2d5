package org.scalingworkbench.app.request;

/**
 * Bounds a parameter is kept within, in the units the law reports it in.
 *
 * @param lower the lowest value allowed (may be -Infinity)
 * @param upper the highest value allowed (may be +Infinity), not below {@code lower}
 */
public record ParameterRange(double lower, double upper) {

    public ParameterRange {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("bounds " + lower + ":" + upper + " are not a range (low:high, low ≤ high)");
        }
    }
}
