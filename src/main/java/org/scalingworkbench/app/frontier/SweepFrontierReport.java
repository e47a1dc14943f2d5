package org.scalingworkbench.app.frontier;

import org.scalingworkbench.analysis.frontier.FrontierComparison;

/**
 * The frontier of one sweep: the approaches side by side, read off at one budget.
 *
 * @param source          the sweep's source name (its file name)
 * @param lossName        the loss column's name
 * @param budget          compute C of the read-offs, FLOPs
 * @param resamples       bootstrap resamples asked for (0 for none)
 * @param smallestCompute the smallest C in the sweep, FLOPs (NaN when none): where a plot of the frontier starts
 * @param comparison      the estimates and the approaches skipped, with why
 */
public record SweepFrontierReport(String source, String lossName, double budget, int resamples, double smallestCompute,
        FrontierComparison comparison) {
}
