package org.scalingworkbench.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.FrontierFigure;
import org.scalingworkbench.figure.FrontierPlotSpec;

/**
 * The Frontier tab: the budget, bootstrap and parametric-fit settings in a row on top, the frontier
 * figure, and a table of the exponents and N_opt, D_opt and D/N at the budget per approach.
 */
public final class FrontierView {

    private final FrontierViewModel model;
    private final FigureCanvas plot;
    private final TableView<FrontierRow> table = new TableView<>();
    private final TextField budget = new TextField();
    private final BorderPane root = new BorderPane();

    public FrontierView(FrontierViewModel model, ObservableValue<FigureTheme> theme) {
        this.model = model;
        this.plot = new FigureCanvas("frontier", theme);
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
        table.getColumns().add(ResidualsView.column("approach", r -> r.approach().replace(" (", "\n(")));
        table.getColumns().add(ResidualsView.column("a\n(N_opt ∝ C^a)", FrontierRow::a));
        table.getColumns().add(ResidualsView.column("b\n(D_opt ∝ C^b)", FrontierRow::b));
        table.getColumns().add(ResidualsView.column("N_opt\n(parameters)", FrontierRow::nOpt));
        table.getColumns().add(ResidualsView.column("D_opt\n(tokens)", FrontierRow::dOpt));
        table.getColumns().add(ResidualsView.column("D/N\n(tokens per param.)", FrontierRow::tokensPerParameter));
        table.getColumns().forEach(c -> c.setPrefWidth(c == table.getColumns().get(0) ? 95 : 120));
        TextArea notes = new TextArea();
        notes.setId("frontier-notes");
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bind(model.notesProperty());
        VBox below = new VBox(4, table, notes);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(plot.node(), below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setTop(settings());
        root.setCenter(split);
    }

    private FlowPane settings() {
        budget.setId("frontier-budget");
        budget.setPromptText("largest C in the file");
        budget.setPrefColumnCount(11);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label used = label("");
        used.textProperty().bind(Bindings.createStringBinding(() -> model.budgetUsedProperty().get().isEmpty() ? ""
                : "read-offs of " + model.lossUsedProperty().get() + " at C = " + model.budgetUsedProperty().get() + " FLOPs",
                model.budgetUsedProperty(), model.lossUsedProperty()));
        Label from = label("Chinchilla fit: the fit panel's objective, excluded points, cut-off and bootstrap");
        from.setId("frontier-request");
        Label curve = label("");
        curve.setId("frontier-curve");
        curve.textProperty().bind(Bindings.createStringBinding(() -> model.curveShownProperty().get().isEmpty() ? ""
                : "curve " + model.curveShownProperty().get() + " (chosen in the curve list)", model.curveShownProperty()));
        FlowPane row = new FlowPane(6, 4, group(label("Budget C (FLOPs)"), budget), group(from), group(busy, used), group(curve));
        row.setPadding(new Insets(4, 6, 4, 6));
        return row;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Controls that belong together stay on one line when the row wraps. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 10, 0, 0));
        return box;
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
        plot.show(spec == null ? null : t -> new FrontierFigure(t).build(spec), model.placeholderProperty().get());
    }
}
