/**
 * The scaling plot, one way for every head: {@link org.scalingworkbench.app.plot.ScalingPlots}
 * turns points (with their exclusions and hold-out) and a fit (board, laws, bootstraps) into the
 * {@link org.scalingworkbench.figure.ScalingPlotSpec} that the chart on screen draws, that the
 * export dialog writes with its residual panel, and that {@code plot} writes after fitting with
 * {@link org.scalingworkbench.app.plot.SweepPlotting} (the fit use case, then the builder). So the
 * same choices give the same figure, band and residuals in the window and on the command line.
 *
 * <p>What is drawn: fitted points filled, held-out points hollow, excluded points grey, in the
 * colour of their group; each fitted law (at most four, best ranked first) over x, solid over the
 * fitted range and dashed beyond it; a law of N and D along each group's path (ln v linear in ln x
 * within the group) or, with compute on x and no levels, along its compute-optimal frontier
 * L(N_opt(C), C/(6 N_opt)) (Hoffmann et al. 2022); the 95% percentile band of the law's bootstrap
 * refits at each x; the hold-out's cut-off line; residuals ln(y / f(x)) in natural log.
 *
 * <p>Many curves: a fit of several curves (a curve key, {@code plot --group-by}) is drawn by
 * {@link org.scalingworkbench.app.plot.ScalingPlots#of(org.scalingworkbench.app.fit.FitOutcome,
 * org.scalingworkbench.analysis.HoldOutSplit, org.scalingworkbench.app.plot.PlotOptions)}: each
 * curve in its own colour with its own fitted laws, ordered by its key's value, a line style per
 * law, a curve that was not fitted as points alone; more than eight groups with a numeric value
 * (the key's, or the value in a bin's or level's label) on a colour scale with a colour bar; with
 * a facet column, small multiples ({@link org.scalingworkbench.app.plot.ScalingPlots#facets}).
 */
package org.scalingworkbench.app.plot;
