/**
 * The analysis tabs in the centre of the window: Residuals (ln y − ln f(x) per law), Frontier
 * (the compute-optimal frontier by every approach the rows allow) and Backtest (held-out error as
 * the largest runs are held out in turn). Each tab is a View built in code over a ViewModel that
 * builds a request, runs the matching {@code app} use case off the FX thread and shows its
 * immutable result, drawn through the same {@code figure} code as the exports.
 */
package org.scalingworkbench.ui.analysis;
