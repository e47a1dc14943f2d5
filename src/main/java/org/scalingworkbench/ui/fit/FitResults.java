package org.scalingworkbench.ui.fit;

import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.fit.BootstrapResult;

/**
 * The results of the fit shown: the leaderboard's ranking and the results table's rows, which follow
 * the chart's board (cleared with it), and each law's bootstrap.
 */
final class FitResults {

    private final ObservableList<ParameterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardEntry> ranking = FXCollections.observableArrayList();
    private Map<String, BootstrapResult> bootstraps = Map.of();
    /** The results table's rows for the board shown next, made with it off the FX thread. */
    private List<ParameterRow> nextRows = List.of();

    FitResults(ChartViewModel chart) {
        chart.boardProperty().addListener((obs, old, now) -> show(now));
    }

    /** The bootstraps and table rows of the board about to be shown on the chart. */
    void prepare(Map<String, BootstrapResult> boots, List<ParameterRow> tableRows) {
        bootstraps = boots;
        nextRows = tableRows;
    }

    private void show(Leaderboard board) {
        ranking.setAll(board == null ? List.of() : board.entries());
        rows.setAll(board == null ? List.of() : nextRows);
    }

    ObservableList<ParameterRow> rows() {
        return rows;
    }

    ObservableList<LeaderboardEntry> ranking() {
        return ranking;
    }

    Map<String, BootstrapResult> bootstraps() {
        return bootstraps;
    }
}
