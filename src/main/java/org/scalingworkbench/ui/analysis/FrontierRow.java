package org.scalingworkbench.ui.analysis;

import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * One approach's line of the frontier table: the exponents and the read-offs at the budget, each
 * with its 95% bootstrap interval on a second line when there is one.
 *
 * @param estimate the approach's estimate
 */
public record FrontierRow(FrontierEstimate estimate) {

    /** The approach's name with Hoffmann et al.'s number, for example "IsoFLOP (approach 2)". */
    public String approach() {
        return name(estimate.approach());
    }

    /** The name of an approach for tables and legends. */
    static String name(FrontierApproach approach) {
        return switch (approach) {
            case ENVELOPE -> "envelope (approach 1)";
            case ISOFLOP -> "IsoFLOP (approach 2)";
            case PARAMETRIC -> "parametric (approach 3)";
        };
    }

    /** Exponent a of N_opt ∝ C^a, with interval. */
    public String a() {
        return withInterval(estimate.a(), estimate.aInterval());
    }

    /** Exponent b of D_opt ∝ C^b, with interval. */
    public String b() {
        return withInterval(estimate.b(), estimate.bInterval());
    }

    /** N_opt at the budget in parameters, with interval. */
    public String nOpt() {
        return withInterval(estimate.optimalParameters(), estimate.nOptInterval());
    }

    /** D_opt at the budget in tokens, with interval. */
    public String dOpt() {
        return withInterval(estimate.optimalTokens(), estimate.dOptInterval());
    }

    /** D_opt/N_opt at the budget in tokens per parameter, with interval. */
    public String tokensPerParameter() {
        return withInterval(estimate.tokensPerParameter(), estimate.ratioInterval());
    }

    /** {@code v}, and below it its interval, or {@code v} alone when the interval is undefined. */
    private static String withInterval(double v, Interval interval) {
        String text = WindowNumbers.format(v);
        return interval == null || Double.isNaN(interval.lower()) ? text
                : text + "\n" + WindowNumbers.interval(interval.lower(), interval.upper());
    }
}
