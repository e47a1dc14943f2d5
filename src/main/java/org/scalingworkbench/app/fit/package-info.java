/**
 * The fit use case: {@link org.scalingworkbench.app.fit.SweepFitting} takes one
 * {@link org.scalingworkbench.app.request.FitRequest} (data selection, laws, objective, hold-out,
 * bootstrap) and returns a {@link org.scalingworkbench.app.fit.FitOutcome}, one
 * {@link org.scalingworkbench.app.fit.CurveFit} per selected curve: the rows fitted and held out,
 * the leaderboard ranking the laws, and each law's bootstrap. It is the one code path behind the
 * window's Fit button and cut-off drag and the {@code fit}, {@code plot} and {@code report}
 * commands, so both heads give the same numbers for the same request.
 */
package org.scalingworkbench.app.fit;
