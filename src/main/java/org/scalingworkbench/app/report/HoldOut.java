package org.scalingworkbench.app.report;

/**
 * How the points were split: those at or below the cut-off were fitted, those above it held out
 * and used to score extrapolation.
 *
 * @param cutOff            the cut-off in the scale column's units; NaN when nothing was held out
 * @param fitted            number of points fitted
 * @param heldOut           number of points held out
 * @param ordersOfMagnitude log10(largest held-out x / largest fitted x): how far the laws extrapolate; NaN when none held out
 */
public record HoldOut(double cutOff, int fitted, int heldOut, double ordersOfMagnitude) {
}
