package org.scalingworkbench.ui.fit;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The bottom panel: with a curve key, the curve chooser ({@link CurveChooserView}) above the laws
 * ranked by held-out RMSLE (of the curve chosen) and the place of the summary across curves below
 * them; and
 * the best law's read-offs (with a law of N and D, those along its compute-optimal frontier below),
 * scrolling when the panel is short.
 */
public final class LeaderboardView {

    private final HBox root = new HBox(10);
    private final StackPane summary = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Tab summaryTab = new Tab("Summary across curves");

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
        table.getColumns().add(FitPanelView.column("Notes", LeaderboardView::notes));
        table.setRowFactory(t -> notesAsTooltip());
        summary.setId("curve-summary");
        summary.setVisible(false);
        summary.setManaged(false);
        Tab curveTab = new Tab("This curve", table);
        curveTab.setClosable(false);
        summaryTab.setContent(summary);
        summaryTab.setClosable(false);
        summaryTab.setDisable(true);
        tabs.getTabs().addAll(curveTab, summaryTab);
        tabs.setId("leaderboard-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox board = new VBox(4, new CurveChooserView(fits).node(), tabs);
        HBox.setHgrow(board, Priority.ALWAYS);
        root.getChildren().addAll(board, readOffs(readOffs));
        new CurveSummaryView(fits, this);
    }

    /**
     * Puts {@code table} (the summary across curves: per law the mean and median held-out RMSLE,
     * wins, mean rank, curves scored and refused) under the leaderboard; null hides the place.
     * The summary's numbers come from the compare use case's report, not from this view.
     */
    public void showSummary(Node table) {
        summary.getChildren().setAll(table == null ? java.util.List.of() : java.util.List.of(table));
        summary.setVisible(table != null);
        summary.setManaged(table != null);
        summaryTab.setDisable(table == null);
        if (table == null) {
            tabs.getSelectionModel().selectFirst();
        }
    }

    /** The notes column: the detail, led by "diverged" when the fit ran off (it is ranked last for that). */
    static String notes(LeaderboardEntry e) {
        return e.status() == org.scalingworkbench.analysis.FitStatus.DIVERGED ? "diverged: " + e.detail() : e.detail();
    }

    /** A row whose tooltip is its notes (what the law was fitted on, warnings), which the narrow column cuts. */
    private static TableRow<LeaderboardEntry> notesAsTooltip() {
        TableRow<LeaderboardEntry> row = new TableRow<>();
        Tooltip tip = new Tooltip();
        row.itemProperty().addListener((o, old, now) -> {
            tip.setText(now == null ? "" : now.lawId() + ": " + notes(now));
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
        Label limit = new Label();
        limit.setId("limit");
        limit.textProperty().bind(m.limitProperty());
        limit.setWrapText(true);
        g.add(limit, 0, 0, 2, 1);
        g.addRow(1, fixed("Reducible loss at x ="), field(m.atXProperty(), "e.g. 1e4"));
        g.add(bound(m.reducibleProperty()), 0, 2, 2, 1);
        g.addRow(3, fixed("x needed for y ="), field(m.targetLossProperty(), "e.g. 0.06"));
        g.addRow(4, fixed("x needed for L − L∞ ="), field(m.targetReducibleProperty(), "e.g. 0.01"));
        Label forecast = bound(m.forecastProperty());
        forecast.setId("forecast");
        forecast.setWrapText(true);
        g.add(forecast, 0, 5, 2, 1);
        g.addRow(6, fixed("y at x ="), field(m.yAtXProperty(), "e.g. 1e23"));
        Label valueAt = bound(m.valueAtProperty());
        valueAt.setId("value-at");
        g.add(valueAt, 0, 7, 2, 1);
        Label warnings = bound(m.warningsProperty());
        warnings.setId("read-off-warnings");
        warnings.setStyle("-fx-text-fill: #b35900");
        g.add(warnings, 0, 8, 2, 1);
        VBox both = new VBox(8, g, computeOptimal(m.computeOptimal()));
        both.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = new ScrollPane(both);
        scroll.setId("read-offs");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(400);
        scroll.setMinWidth(300);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The compute-optimal read-offs, shown while a law of N and D with a frontier is on the board. */
    private static Node computeOptimal(ComputeOptimalViewModel m) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.visibleProperty().bind(m.availableProperty());
        g.managedProperty().bind(m.availableProperty());
        Label heading = bound(m.headingProperty());
        heading.setStyle("-fx-font-weight: bold");
        g.add(heading, 0, 0, 2, 1);
        TextField budget = field(m.budgetProperty(), "");
        budget.setId("frontier-budget-at");
        budget.promptTextProperty().bind(m.budgetPromptProperty());
        budget.setTooltip(new Tooltip("Empty: the largest C in the file"));
        g.addRow(1, fixed("at C (FLOPs) ="), budget);
        Label problem = bound(m.problemProperty());
        problem.visibleProperty().bind(m.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        g.add(problem, 0, 2, 2, 1);
        Label a = bound(m.aProperty());
        a.setId("frontier-a");
        g.addRow(3, fixed("a, N_opt ∝ C^a"), a);
        g.addRow(4, fixed("b, D_opt ∝ C^b"), bound(m.bProperty()));
        g.addRow(5, fixed("N_opt (parameters)"), bound(m.optimalParametersProperty()));
        g.addRow(6, fixed("D_opt (tokens)"), bound(m.optimalTokensProperty()));
        g.addRow(7, fixed("D_opt / N_opt"), bound(m.tokensPerParameterProperty()));
        g.addRow(8, fixed("Loss at the optimum"), bound(m.optimalLossProperty()));
        g.addRow(9, fixed("C (FLOPs) for loss ="), field(m.targetLossProperty(), "e.g. 2.0"));
        Label compute = bound(m.computeProperty());
        compute.setId("frontier-compute");
        g.add(compute, 1, 10);
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
