package org.scalingworkbench.ui.analysis;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scalingworkbench.app.compare.LawSummary;
import org.scalingworkbench.app.compare.LeaderboardSummary;

/**
 * The Backtest tab's summary across curves (with a curve key): per law the curves scored, failed
 * and refused, the mean and median held-out RMSLE with each curve's largest run held out, wins and
 * mean rank ({@link BacktestViewModel#summaryProperty()}).
 */
final class BacktestSummaryView {

    private final VBox root = new VBox(2);
    private final Label heading = new Label();
    private final TableView<LawSummary> table = new TableView<>();

    BacktestSummaryView(BacktestViewModel model) {
        table.setId("backtest-summary-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Law", LawSummary::lawId));
        table.getColumns().add(column("Scored", s -> Integer.toString(s.scored())));
        table.getColumns().add(column("Failed", s -> Integer.toString(s.failed())));
        table.getColumns().add(column("Refused", s -> Integer.toString(s.refused())));
        table.getColumns().add(column("Mean", s -> number(s.mean())));
        table.getColumns().add(column("Median", s -> number(s.median())));
        table.getColumns().add(column("Wins", s -> Integer.toString(s.wins())));
        table.getColumns().add(column("Rank", s -> number(s.meanRank())));
        table.setPlaceholder(new Label("Run the backtest with a curve key (Curves by) to sum it up across curves"));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(heading, table);
        model.summaryProperty().addListener((o, old, now) -> show(now));
    }

    Node node() {
        return root;
    }

    private void show(LeaderboardSummary s) {
        table.getItems().setAll(s == null ? java.util.List.of() : s.laws());
        heading.setText(s == null ? "" : s.curves() + " curves, with each curve's largest run held out: " + s.measure().label()
                + " (mean, median), wins and mean rank");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static TableColumn<LawSummary, String> column(String title, Function<LawSummary, String> text) {
        TableColumn<LawSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
