/**
 * The use cases "which law extrapolates best" (a leaderboard per curve) and "how does each law's
 * error grow with the distance extrapolated" (a backtest per curve): {@link
 * org.scalingworkbench.app.compare.SweepComparison}, over the fit use case's selection and fits, so
 * the window's leaderboard and backtest and {@code compare} give the same numbers for the same
 * {@link org.scalingworkbench.app.request.FitRequest}. A backtest holds out the largest 1, 2, ..., K
 * runs in turn (errors as RMSLE in natural logs) and covers laws of one variable only.
 */
package org.scalingworkbench.app.compare;
