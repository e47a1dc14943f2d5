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
 */
package org.scalingworkbench.app.plot;
