package org.scalingworkbench.app.frontier;

import java.util.Objects;

/**
 * The frontier of one curve of a request with a curve key (one study, setting or data set of a
 * compilation), as {@link SweepFrontier} reports it for a whole sweep.
 *
 * @param curve  the curve's name ("study = hoffmann"), as a leaderboard would be headed
 * @param report the curve's approaches side by side, read off at the curve's budget
 */
public record CurveFrontier(String curve, SweepFrontierReport report) {

    public CurveFrontier {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(report, "report");
    }
}
