package org.scalingworkbench.ui.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;

/**
 * The window's fits with a curve key, off the FX thread, through the fit use case as {@code fit}
 * and {@code compare --group-by} run it: a cold fit of every curve ({@link SweepFitting#fit}), and
 * the cut-off drag's warm re-rank of every curve from its own previous board
 * ({@link SweepFitting#fitCurve}). Either way one row per curve of the selection, in its order,
 * a curve that could not be fitted listed with its reason.
 */
final class CurveFits {

    /**
     * The curves of one fit: a row per curve for the chooser, and the use case's outcome (every fit
     * with the selection it was made on) for the "all curves" view and the faceted export.
     */
    record Fitted(List<CurveRow> rows, FitOutcome outcome) {
    }

    private CurveFits() {
    }

    /** Every curve fitted from cold. */
    static Fitted cold(SweepFitting fitting, FitRequest request, Sweep sweep, TaskContext context) {
        FitOutcome outcome = fitting.fit(request, sweep, context);
        Map<String, CurveRow> byName = new LinkedHashMap<>();
        outcome.curves().forEach(f -> byName.put(f.curve().name(), CurveRow.of(f)));
        Map<String, RefusedCurve> refused = new LinkedHashMap<>();
        outcome.refused().forEach(r -> refused.put(r.name(), r));
        for (SelectedCurve c : outcome.selection().curves()) {
            if (refused.containsKey(c.name())) {
                byName.put(c.name(), CurveRow.of(refused.get(c.name()), c));
            }
        }
        return new Fitted(inOrder(outcome.selection(), byName), outcome);
    }

    /**
     * Every curve re-ranked warm from {@code previous} (its board by curve name; a curve without one
     * from cold); a curve the use case cannot fit now is listed with the reason it gives.
     */
    static Fitted warm(SweepFitting fitting, FitRequest request, Sweep sweep, Map<String, Leaderboard> previous,
            TaskContext context) {
        Selection selection = fitting.select(request, sweep);
        Map<String, CurveRow> byName = new LinkedHashMap<>();
        List<CurveFit> fits = new ArrayList<>();
        List<RefusedCurve> refused = new ArrayList<>();
        for (SelectedCurve curve : selection.curves()) {
            context.checkCancelled();
            if (curve.points().curve().size() == 0) {
                continue;
            }
            try {
                CurveFit fit = fitting.fitCurve(request, curve, previous.get(curve.name()), context);
                byName.put(curve.name(), CurveRow.of(fit));
                fits.add(fit);
            } catch (IllegalArgumentException e) {
                RefusedCurve why = new RefusedCurve(curve.name(), curve.keptCount(), e.getMessage());
                byName.put(curve.name(), CurveRow.of(why, curve));
                refused.add(why);
            }
        }
        return new Fitted(inOrder(selection, byName), new FitOutcome(selection.sweep().sourceName(), selection, fits, refused));
    }

    /** The rows in the selection's order; a curve with no usable point is listed as such. */
    private static List<CurveRow> inOrder(Selection selection, Map<String, CurveRow> byName) {
        List<CurveRow> out = new ArrayList<>();
        for (SelectedCurve c : selection.curves()) {
            CurveRow row = byName.get(c.name());
            out.add(row != null ? row : new CurveRow(c.name(), c.keptCount(), c, null,
                    "no row with " + c.points().curve().x().name() + " and " + c.points().curve().y().name()
                            + " both present and positive"));
        }
        return out;
    }
}
