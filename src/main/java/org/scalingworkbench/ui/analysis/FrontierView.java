package org.scalingworkbench.ui.analysis;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.FrontierFigure;
import org.scalingworkbench.figure.FrontierPlotSpec;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * The Frontier tab: the budget, bootstrap and parametric-fit settings in a row on top, the frontier
 * figure, and a table of the exponents and N_opt, D_opt and D/N at the budget per approach.
 */
public final class FrontierView {

    private final FrontierViewModel model;
    private final FigureCanvas plot = new FigureCanvas("frontier");
    private final TableView<FrontierRow> table = new TableView<>();
    private final TextField budget = new TextField();
    private final BorderPane root = new BorderPane();

    public FrontierView(FrontierViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public Node node() {
        return root;
    }

    private void createView() {
        table.setId("frontier-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No frontier"));
        table.getColumns().add(ResidualsView.column("approach", FrontierRow::approach));
        table.getColumns().add(ResidualsView.column("a (N_opt ∝ C^a)", FrontierRow::a));
        table.getColumns().add(ResidualsView.column("b (D_opt ∝ C^b)", FrontierRow::b));
        table.getColumns().add(ResidualsView.column("N_opt (parameters)", FrontierRow::nOpt));
        table.getColumns().add(ResidualsView.column("D_opt (tokens)", FrontierRow::dOpt));
        table.getColumns().add(ResidualsView.column("D/N (tokens per parameter)", FrontierRow::tokensPerParameter));
        Label notes = new Label();
        notes.setId("frontier-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(model.notesProperty());
        notes.setStyle("-fx-text-fill: #555;");
        VBox below = new VBox(4, table, notes);
        below.setPadding(new Insets(0, 0, 4, 0));
        SplitPane split = new SplitPane(plot.node(), below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        root.setTop(settings());
        root.setCenter(split);
    }

    private HBox settings() {
        budget.setId("frontier-budget");
        budget.setPromptText("largest C in the file");
        budget.setPrefColumnCount(10);
        Spinner<Integer> resamples = new Spinner<>(0, 10_000, model.resamplesProperty().get(), 100);
        resamples.setId("frontier-resamples");
        resamples.setEditable(true);
        resamples.setPrefWidth(90);
        resamples.valueProperty().addListener((o, old, now) -> model.resamplesProperty().set(now));
        Spinner<Integer> excluded = new Spinner<>(0, 100, model.excludeTopProperty().get(), 1);
        excluded.setPrefWidth(70);
        excluded.valueProperty().addListener((o, old, now) -> model.excludeTopProperty().set(now));
        ComboBox<String> objective = new ComboBox<>();
        objective.getItems().setAll(FitViewModel.OBJECTIVES);
        objective.valueProperty().bindBidirectional(model.objectiveProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label used = new Label();
        used.textProperty().bind(model.budgetUsedProperty().map(t -> t.isEmpty() ? "" : "read-offs at C = " + t + " FLOPs"));
        HBox row = new HBox(6, new Label("Budget C (FLOPs)"), budget, new Label("Bootstrap resamples"), resamples,
                new Label("Parametric fit:"), objective, new Label("leave out highest-loss rows"), excluded, busy, used);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        return row;
    }

    private void initListeners() {
        budget.setOnAction(e -> model.budgetProperty().set(budget.getText()));
        budget.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.budgetProperty().set(budget.getText());
            }
        });
        model.budgetProperty().addListener((o, old, now) -> budget.setText(now));
        model.specProperty().addListener((o, old, now) -> redraw());
        model.placeholderProperty().addListener((o, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        FrontierPlotSpec spec = model.specProperty().get();
        plot.show(spec == null ? null : new FrontierFigure(FigureTheme.paper()).build(spec), model.placeholderProperty().get());
    }
}
