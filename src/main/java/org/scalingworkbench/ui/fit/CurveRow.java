package org.scalingworkbench.ui.fit;

import java.util.Optional;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * One curve of a fit with a curve key, as the curve chooser lists it: its name, its points, and
 * either its fit or why it was not fitted.
 *
 * @param name   the curve's name ("Task = arc, Model = 262M")
 * @param points the curve's points after exclusions
 * @param curve  the curve's points, as selected for the fit
 * @param fit    the laws fitted to it, or null when it was not fitted
 * @param reason why it was not fitted; empty when it was
 */
public record CurveRow(String name, int points, SelectedCurve curve, CurveFit fit, String reason) {

    /** A fitted curve; one on whose board every law failed counts as not fitted, with the best law's failure. */
    static CurveRow of(CurveFit fit) {
        LeaderboardEntry best = fit.board().entries().isEmpty() ? null : fit.board().entries().get(0);
        String name = fit.curve().name();
        int points = fit.curve().keptCount();
        if (best == null || best.status() == FitStatus.FAILED) {
            return new CurveRow(name, points, fit.curve(), null, best == null ? "no law to fit" : "no law could be fitted (" + best.lawId()
                    + ": " + best.detail() + ")");
        }
        return new CurveRow(name, points, fit.curve(), fit, "");
    }

    /** A curve the fit use case refused ({@code curve}), with its reason. */
    static CurveRow of(RefusedCurve refused, SelectedCurve curve) {
        return new CurveRow(refused.name(), refused.points(), curve, null, refused.reason());
    }

    /** Whether the curve was fitted. */
    public boolean fitted() {
        return fit != null;
    }

    /** The best law's entry (first on the board), empty when the curve was not fitted. */
    public Optional<LeaderboardEntry> best() {
        return fitted() ? Optional.of(fit.board().entries().get(0)) : Optional.empty();
    }

    /** What the chooser says of the fit: the best law and its held-out RMSLE, or "not fitted: why". */
    public String outcome() {
        return best().map(e -> e.lawId() + (Double.isNaN(e.heldOut().rmsle()) ? "" : ", held-out RMSLE "
                + WindowNumbers.format(e.heldOut().rmsle()))).orElse("not fitted: " + reason);
    }
}
