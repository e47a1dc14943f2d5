package org.scalingworkbench.app.report;

import java.util.List;
import java.util.Optional;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.ReadOff;

/**
 * One law's place on the leaderboard and its fitted parameters.
 *
 * @param rank               1-based rank by held-out RMSLE (failed fits last)
 * @param lawId              the law's id, for example {@code plc} (the formula's text for a custom law)
 * @param lawName            the law's name in words, for example "power law + constant (M2)"
 * @param parameterCount     k, the number of parameters
 * @param failed             whether the fit failed (then the errors are NaN and there are no parameters)
 * @param notes              the fit's warnings or its failure, one line; empty when none
 * @param fit                error on the fitted points (RMSLE in natural logs)
 * @param heldOut            error on the held-out points, which the board ranks by
 * @param aic                Akaike information criterion on the objective's scale; NaN when failed
 * @param bic                Bayesian information criterion on the objective's scale; NaN when failed
 * @param irreducibleLoss    L∞ in the target's units with its bootstrap interval, or null when the law has no such term
 * @param parameters         the fitted parameters in law order
 * @param bootstrapResamples resamples behind the intervals; 0 when no bootstrap was run
 */
public record LawReport(int rank, String lawId, String lawName, int parameterCount, boolean failed, String notes,
        ExtrapolationError fit, ExtrapolationError heldOut, double aic, double bic, ReadOff irreducibleLoss,
        List<ParameterEstimate> parameters, int bootstrapResamples) {

    public LawReport {
        parameters = List.copyOf(parameters);
    }

    /** L∞, if the law has an irreducible term. */
    public Optional<ReadOff> limit() {
        return Optional.ofNullable(irreducibleLoss);
    }

    /** Whether any parameter carries a bootstrap interval. */
    public boolean hasIntervals() {
        return parameters.stream().anyMatch(p -> p.interval95() != null);
    }
}
