package org.scalingworkbench.ui.analysis;

/**
 * One law's residuals in numbers, all in natural log (ln y − ln f(x)); NaN where there are no
 * points, +Infinity where the law predicts a non-positive value.
 *
 * @param law            the law's id
 * @param fitRmsle       RMSLE on the fitted points
 * @param heldOutRmsle   RMSLE on the held-out points
 * @param maxAbsHeldOut  max |ln y − ln f(x)| on the held-out points
 */
public record ResidualRow(String law, double fitRmsle, double heldOutRmsle, double maxAbsHeldOut) {
}
