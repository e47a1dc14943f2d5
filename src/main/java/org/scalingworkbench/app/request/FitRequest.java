package org.scalingworkbench.app.request;

import java.util.List;
import java.util.Objects;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.fit.Objective;

/**
 * Everything a fitting use case needs to know, as the user chose it: the rows, the laws, the
 * objective, the hold-out and the bootstrap. The window and the command line build the same
 * value for the same choices; {@code fit}, {@code compare}, {@code backtest}, {@code forecast},
 * {@code frontier}, {@code plot} and {@code report} all take it.
 *
 * @param data      which rows, columns and curves
 * @param laws      the laws to fit, in the order chosen
 * @param objective what every law minimizes on the fitted rows (with Huber's δ and the target offset)
 * @param holdOut   the rows not fitted but scored as extrapolation ({@link HoldOutSplit#NONE} for none)
 * @param bootstrap resamples and seed of the bootstrap intervals
 */
public record FitRequest(DataSelection data, List<LawSpec> laws, Objective objective, HoldOutSplit holdOut,
        Resampling bootstrap) {

    public FitRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(holdOut, "holdOut");
        Objects.requireNonNull(bootstrap, "bootstrap");
        laws = List.copyOf(laws);
    }

    /** The laws of {@code laws} fitted to every row of {@code data} with the default objective, no hold-out, no bootstrap. */
    public static FitRequest of(DataSelection data, List<LawSpec> laws) {
        return new FitRequest(data, laws, Objective.logLeastSquares(), HoldOutSplit.NONE, Resampling.NONE);
    }

    public FitRequest withData(DataSelection d) {
        return new FitRequest(d, laws, objective, holdOut, bootstrap);
    }

    public FitRequest withLaws(List<LawSpec> l) {
        return new FitRequest(data, l, objective, holdOut, bootstrap);
    }

    public FitRequest withObjective(Objective o) {
        return new FitRequest(data, laws, o, holdOut, bootstrap);
    }

    public FitRequest withHoldOut(HoldOutSplit h) {
        return new FitRequest(data, laws, objective, h, bootstrap);
    }

    public FitRequest withBootstrap(Resampling b) {
        return new FitRequest(data, laws, objective, holdOut, b);
    }
}
