package org.scalingworkbench.ui.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * The curves of the latest fit with a curve key, as the curve chooser lists them, and the one
 * chosen (whose leaderboard, parameters and read-offs the window shows). A new fit keeps the
 * curve chosen by name when it is still there; else the first fitted curve is chosen.
 */
final class CurveChoice {

    private final ObservableList<CurveRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CurveRow> chosen = new SimpleObjectProperty<>();

    /** Lists {@code fitted}, keeping the curve chosen by name. */
    void show(List<CurveRow> fitted) {
        String keep = chosen.get() == null ? null : chosen.get().name();
        rows.setAll(fitted);
        CurveRow next = fitted.stream().filter(r -> r.name().equals(keep)).findFirst()
                .or(() -> fitted.stream().filter(CurveRow::fitted).findFirst())
                .orElse(fitted.isEmpty() ? null : fitted.get(0));
        chosen.set(next);
    }

    /** Lists no curve. */
    void clear() {
        chosen.set(null);
        rows.clear();
    }

    /** Each fitted curve's board, by name (what the cut-off drag warms each curve from). */
    Map<String, Leaderboard> boards() {
        Map<String, Leaderboard> out = new LinkedHashMap<>();
        rows.stream().filter(CurveRow::fitted).forEach(r -> out.put(r.name(), r.fit().board()));
        return out;
    }

    /**
     * The summary across the curves listed (the compare use case's {@link LeaderboardSummary}, from
     * each fitted curve's board and each curve not fitted with its reason), or null with fewer than
     * two curves.
     */
    LeaderboardSummary summary() {
        if (rows.size() < 2) {
            return null;
        }
        List<Leaderboard> boards = rows.stream().filter(CurveRow::fitted).map(r -> r.fit().board()).toList();
        List<RefusedCurve> refused = rows.stream().filter(r -> !r.fitted())
                .map(r -> new RefusedCurve(r.name(), r.points(), r.reason())).toList();
        return LeaderboardSummary.of(boards, refused);
    }

    /** Whether any curve is fitted. */
    boolean anyFitted() {
        return rows.stream().anyMatch(CurveRow::fitted);
    }

    ObservableList<CurveRow> rows() {
        return rows;
    }

    ObjectProperty<CurveRow> chosenProperty() {
        return chosen;
    }
}
