/**
 * The fit report of what the window shows: {@link org.scalingworkbench.app.report.ScalingReport}
 * (data source with its SHA-256, columns, hold-out, excluded points, objective, the leaderboard and
 * each law's parameters with standard errors and bootstrap intervals, and L∞), and its writers for
 * Markdown, LaTeX (booktabs) and JSON; {@link org.scalingworkbench.app.report.CurveReports}, one
 * report per curve of a request with a curve key, each naming its curve, and the curves not fitted
 * with the reason. Also the notation the CLI's single-law reports share:
 * parameter symbols, LaTeX escaping, objective wording and number formatting.
 */
package org.scalingworkbench.app.report;
