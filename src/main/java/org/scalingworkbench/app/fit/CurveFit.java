package org.scalingworkbench.app.fit;

import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The laws of a request fitted to one curve: the rows fitted and held out, the board that ranks
 * the laws by held-out RMSLE (AIC without a hold-out), and each law's bootstrap.
 *
 * @param curve      the curve's points and exclusions
 * @param held       held[k]: whether point k of the curve is held out
 * @param data       the fitted and held-out rows, with every variable the points carry
 * @param board      the ranked fits
 * @param laws       the laws by id
 * @param options    each law's fit options by id (objective, fixed values, bounds)
 * @param bootstraps each law's bootstrap by id, where one was asked for and ran
 */
public record CurveFit(SelectedCurve curve, boolean[] held, FitData data, Leaderboard board, Map<String, ScalingLaw> laws,
        Map<String, FitOptions> options, Map<String, BootstrapResult> bootstraps) {

    public CurveFit {
        held = held.clone();
        laws = Map.copyOf(laws);
        options = Map.copyOf(options);
        bootstraps = Map.copyOf(bootstraps);
    }

    @Override
    public boolean[] held() {
        return held.clone();
    }

    /** The board's entry of law {@code id}. */
    public Optional<LeaderboardEntry> entry(String id) {
        return board.entry(id);
    }

    /** The bootstrap of law {@code id}, if one ran. */
    public Optional<BootstrapResult> bootstrap(String id) {
        return Optional.ofNullable(bootstraps.get(id));
    }
}
