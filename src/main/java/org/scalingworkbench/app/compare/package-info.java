/**
 * The compare and backtest use cases ("which law extrapolates best"): every law of the request is
 * fitted to the same fitted rows of each selected curve and ranked on the same held-out rows by
 * RMSLE (natural log), or refitted with the k largest runs held out in turn for a backtest. They
 * return immutable reports, one leaderboard or backtest per curve, that the window and the
 * {@code compare} and {@code backtest} commands print or draw alike.
 */
package org.scalingworkbench.app.compare;
