package org.scalingworkbench.ui.fit;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.scalingworkbench.app.compare.HeadToHead;
import org.scalingworkbench.app.compare.LawSummary;
import org.scalingworkbench.app.compare.LeaderboardSummary;

/**
 * The summary across curves under the leaderboard, shown while the latest fit has two or more
 * curves: per law the curves scored, failed and refused, the mean and median of the measure the
 * boards rank by, wins and mean rank, with law against law (n of m curves and the sign test's p)
 * in the row's tooltip. The numbers are {@link FitViewModel#curveSummary()}'s, which
 * {@code compare --group-by} prints for the same choices.
 */
final class CurveSummaryView {

    private final VBox root = new VBox(2);
    private final Label heading = new Label();
    private final TableView<LawSummary> table = new TableView<>();
    private LeaderboardSummary shown;

    CurveSummaryView(FitViewModel fits, LeaderboardView board) {
        table.setId("curve-summary-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(22);
        table.getColumns().add(column("Law", LawSummary::lawId, 50));
        table.getColumns().add(column("Scored", s -> Integer.toString(s.scored()), 50));
        table.getColumns().add(column("Failed", s -> Integer.toString(s.failed()), 46));
        table.getColumns().add(column("Diverged", s -> Integer.toString(s.diverged()), 60));
        table.getColumns().add(column("Refused", s -> Integer.toString(s.refused()), 56));
        table.getColumns().add(column("Mean", s -> number(s.mean()), 70));
        table.getColumns().add(column("Median", s -> number(s.median()), 70));
        table.getColumns().add(column("Wins", s -> Integer.toString(s.wins()), 40));
        table.getColumns().add(column("Rank", s -> number(s.meanRank()), 44));
        table.setRowFactory(t -> headToHeadTooltip());
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(heading, table);
        fits.curves().addListener((ListChangeListener<CurveRow>) c -> {
            shown = fits.curveSummary();
            if (shown == null) {
                board.showSummary(null);
                return;
            }
            heading.setText(shown.curves() + " curves by " + shown.measure().label() + "; rank = mean rank; hover a law for law against law");
            heading.setTooltip(new Tooltip(heading.getText()));
            table.setItems(FXCollections.observableArrayList(shown.laws()));
            board.showSummary(root);
        });
    }

    private javafx.scene.control.TableRow<LawSummary> headToHeadTooltip() {
        javafx.scene.control.TableRow<LawSummary> row = new javafx.scene.control.TableRow<>();
        row.itemProperty().addListener((o, old, now) -> {
            if (now == null || shown == null) {
                row.setTooltip(null);
                return;
            }
            StringBuilder text = new StringBuilder();
            for (LawSummary other : shown.laws()) {
                if (!other.lawId().equals(now.lawId())) {
                    HeadToHead h = shown.pair(now.lawId(), other.lawId());
                    text.append(now.lawId()).append(" beats ").append(other.lawId()).append(" on ").append(h.wins()).append(" of ")
                            .append(h.decided()).append(" curves (sign test p = ").append(number(h.pValue())).append(")\n");
                }
            }
            row.setTooltip(new Tooltip(text.toString().strip()));
        });
        return row;
    }

    private static TableColumn<LawSummary, String> column(String title, Function<LawSummary, String> value, double width) {
        TableColumn<LawSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "—";
    }
}
