package org.scalingworkbench.ui.fit;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.ui.WindowNumbers;

/** The bottom panel: the laws ranked by held-out RMSLE, and the best law's read-offs. */
public final class LeaderboardView {

    private final HBox root = new HBox(10);

    public LeaderboardView(FitViewModel fits, ReadOffsViewModel readOffs) {
        root.setPadding(new Insets(6));
        root.setPrefHeight(190);
        TableView<LeaderboardEntry> table = new TableView<>(fits.ranking());
        table.setId("leaderboard");
        table.setPlaceholder(new Label("Fit some laws to rank them by held-out RMSLE"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(sized(FitPanelView.column("#", e -> Integer.toString(fits.ranking().indexOf(e) + 1)), 30));
        table.getColumns().add(sized(FitPanelView.column("Law", LeaderboardEntry::lawId), 70));
        table.getColumns().add(sized(FitPanelView.column("k", e -> Integer.toString(e.parameterCount())), 30));
        table.getColumns().add(sized(FitPanelView.column("Held-out RMSLE", e -> number(e.heldOut().rmsle())), 115));
        table.getColumns().add(sized(FitPanelView.column("Fit RMSLE", e -> number(e.train().rmsle())), 85));
        table.getColumns().add(sized(FitPanelView.column("AIC", e -> number(e.aic())), 70));
        table.getColumns().add(sized(FitPanelView.column("Start", e -> e.warmStarted() ? "warm" : "cold"), 50));
        table.getColumns().add(FitPanelView.column("Notes", LeaderboardEntry::detail));
        table.setRowFactory(t -> notesAsTooltip());
        HBox.setHgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(table, readOffs(readOffs));
    }

    /** A row whose tooltip is its notes (what the law was fitted on, warnings), which the narrow column cuts. */
    private static TableRow<LeaderboardEntry> notesAsTooltip() {
        TableRow<LeaderboardEntry> row = new TableRow<>();
        Tooltip tip = new Tooltip();
        row.itemProperty().addListener((o, old, now) -> {
            tip.setText(now == null ? "" : now.lawId() + ": " + now.detail());
            row.setTooltip(now == null || now.detail().isEmpty() ? null : tip);
        });
        return row;
    }

    public Node node() {
        return root;
    }

    private static <R> TableColumn<R, String> sized(TableColumn<R, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    private static Node readOffs(ReadOffsViewModel m) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.setPrefWidth(400);
        g.setMinWidth(300);
        Label limit = new Label();
        limit.setId("limit");
        limit.textProperty().bind(m.limitProperty());
        limit.setWrapText(true);
        g.add(limit, 0, 0, 2, 1);
        g.addRow(1, fixed("Reducible loss at x ="), field(m.atXProperty(), "e.g. 1e4"));
        g.add(bound(m.reducibleProperty()), 0, 2, 2, 1);
        g.addRow(3, fixed("x needed for loss ="), field(m.targetLossProperty(), "e.g. 0.06"));
        g.addRow(4, fixed("x needed for L − L∞ ="), field(m.targetReducibleProperty(), "e.g. 0.01"));
        Label forecast = bound(m.forecastProperty());
        forecast.setId("forecast");
        forecast.setWrapText(true);
        g.add(forecast, 0, 5, 2, 1);
        return g;
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setPrefColumnCount(9);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label bound(javafx.beans.property.ReadOnlyStringProperty p) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(p);
        return l;
    }

    private static String number(double v) {
        return WindowNumbers.format(v);
    }
}
