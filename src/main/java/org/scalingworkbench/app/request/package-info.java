/**
 * The requests every use case of {@code app} takes, built alike by the window and the command
 * line: which rows of which files ({@link org.scalingworkbench.app.request.DataSelection}), which
 * laws with their parameter settings ({@link org.scalingworkbench.app.request.LawSpec}), the
 * objective, the hold-out, and the bootstrap ({@link org.scalingworkbench.app.request.Resampling}),
 * gathered in one {@link org.scalingworkbench.app.request.FitRequest}. Immutable values: a head
 * holds them, converts them to text only to show them, and hands the same value to the same use
 * case, so the same choices give the same numbers in the window and on the command line.
 *
 * <p>Meaning of every part, once:
 * <ul>
 *   <li>rows: those of the files (joined when several) matching every {@code where} condition,
 *       each exact duplicate kept once, with the variables and target present and positive (log
 *       axes and ln residuals need them), minus the rows the user excluded and the
 *       {@code excludeHighest} rows of highest target of each curve;</li>
 *   <li>curves: one per distinct value of the curve key's columns, or one;</li>
 *   <li>hold-out: {@link org.scalingworkbench.analysis.HoldOutSplit}, whose forms are documented there;</li>
 *   <li>bootstrap: rows resampled with replacement, each resample refitted from the optimum, 95%
 *       percentile intervals; the seed is {@link org.scalingworkbench.app.request.Resampling#DEFAULT_SEED}
 *       unless the user sets one.</li>
 * </ul>
 */
package org.scalingworkbench.app.request;
