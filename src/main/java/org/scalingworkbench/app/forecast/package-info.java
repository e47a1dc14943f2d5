/**
 * The use case "how far must I scale": {@link org.scalingworkbench.app.forecast.SweepForecasting}
 * fits one law of one variable through the fit use case and reads off the x reaching a target
 * loss or reducible loss, L∞ (target units; bits = nats / ln 2) and the reducible loss at an x,
 * with 95% bootstrap percentile intervals; {@code readOffs} reads them off a fit already made, so
 * the window's read-off panel and {@code forecast} give the same numbers. With a curve key, one
 * forecast per curve ({@link org.scalingworkbench.app.forecast.CurveForecasts}), the curves without
 * one listed with the reason.
 */
package org.scalingworkbench.app.forecast;
