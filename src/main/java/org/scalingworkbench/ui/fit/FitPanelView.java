package org.scalingworkbench.ui.fit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The right panel: target, variable and "curves by" pickers, the laws to fit, the custom formula with its live
 * check, objective and bootstrap, Fit and Cancel, and the fitted parameters.
 */
public final class FitPanelView {

    private final FitViewModel model;
    private final VBox root = new VBox(8);

    public FitPanelView(FitViewModel model) {
        this.model = model;
        createView();
    }

    public Node node() {
        return root;
    }

    private void createView() {
        root.setPadding(new Insets(8));
        root.setPrefWidth(460);
        Label formulaHeading = heading("");
        formulaHeading.textProperty().bind(model.offer().formulaHeadingProperty());
        root.getChildren().addAll(pickers(), heading("Laws"), laws(), formulaHeading, formula(),
                new ParameterTableView(model.parameters()).node(), options(), buttons(), heading("Fitted parameters"), results());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Node pickers() {
        ComboBox<String> y = new ComboBox<>(model.columns());
        y.setId("target");
        y.valueProperty().bindBidirectional(model.yColumnProperty());
        ComboBox<String> x = new ComboBox<>(model.columns());
        x.setId("variable");
        x.valueProperty().bindBidirectional(model.xColumnProperty());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, fixed("Target (y)"), y, fixed("Curves by"), new CurveKeyPicker(model.curveKeyColumns(), model.curveKey()).node());
        g.addRow(1, fixed("Scale (x)"), x);
        return g;
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Node laws() {
        VBox box = new VBox(2);
        for (LawChoice c : model.laws()) {
            CheckBox tick = new CheckBox(c.toString());
            tick.setId("law-" + c.law().id());
            tick.selectedProperty().bindBidirectional(c.selectedProperty());
            tick.visibleProperty().bind(c.availableProperty());
            tick.managedProperty().bind(c.availableProperty());
            box.getChildren().add(tick);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setPrefHeight(150);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node formula() {
        TextField field = new TextField();
        field.setId("formula");
        field.promptTextProperty().bind(model.offer().formulaExampleProperty());
        field.textProperty().bindBidirectional(model.formulaProperty());
        Label error = new Label();
        error.setId("formula-error");
        error.setWrapText(true);
        error.getStyleClass().add("problem");
        error.textProperty().bind(model.formulaErrorProperty());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(field, false, (Control c, String text) -> {
            String problem = model.formulaProblem(text);
            return ValidationResult.fromErrorIf(c, problem, !problem.isEmpty());
        });
        return new VBox(2, field, error);
    }

    private Node options() {
        ComboBox<Objective> objective = new ComboBox<>(model.objectives());
        objective.setId("objective");
        objective.setConverter(new ObjectiveConverter(model.objectives()));
        objective.valueProperty().bindBidirectional(model.objectiveProperty());
        Spinner<Integer> resamples = new Spinner<>(0, 2000, model.bootstrapProperty().get().resamples(), 50);
        resamples.setEditable(true);
        resamples.setPrefWidth(90);
        resamples.valueProperty().addListener((o, a, b) -> model.bootstrapProperty().set(model.bootstrapProperty().get().withResamples(b)));
        model.bootstrapProperty().addListener((o, a, b) -> resamples.getValueFactory().setValue(b.resamples()));
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label("Objective"), objective);
        g.addRow(1, new Label("Bootstrap resamples"), resamples);
        g.addRow(2, new Label("Hold out"), holdOut());
        return g;
    }

    /**
     * The hold-out: right of the chart's cut-off line, or per curve (each curve's last K points,
     * or its points beyond F% of its own largest x), with K or F beside the choice.
     */
    private Node holdOut() {
        HoldOutChoice choice = model.holdOut();
        ComboBox<HoldOutChoice.Form> form = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                HoldOutChoice.Form.values()));
        form.setId("hold-out");
        form.valueProperty().bindBidirectional(choice.formProperty());
        form.setTooltip(new javafx.scene.control.Tooltip("With many curves one cut-off can hold out every point of the"
                + " short ones: hold out each curve's own last points instead"));
        Spinner<Integer> last = new Spinner<>(1, 1000, choice.lastProperty().get());
        last.setId("hold-out-last");
        last.setEditable(true);
        last.setPrefWidth(75);
        last.valueProperty().addListener((o, a, b) -> choice.lastProperty().set(b));
        choice.lastProperty().addListener((o, a, b) -> last.getValueFactory().setValue(b.intValue()));
        Spinner<Double> percent = new Spinner<>(1.0, 99.0, choice.percentProperty().get(), 5.0);
        percent.setId("hold-out-percent");
        percent.setEditable(true);
        percent.setPrefWidth(75);
        percent.valueProperty().addListener((o, a, b) -> choice.percentProperty().set(b));
        choice.percentProperty().addListener((o, a, b) -> percent.getValueFactory().setValue(b.doubleValue()));
        last.visibleProperty().bind(choice.formProperty().isEqualTo(HoldOutChoice.Form.LAST_POINTS));
        last.managedProperty().bind(last.visibleProperty());
        percent.visibleProperty().bind(choice.formProperty().isEqualTo(HoldOutChoice.Form.UP_TO));
        percent.managedProperty().bind(percent.visibleProperty());
        Label unit = new Label("%");
        unit.visibleProperty().bind(percent.visibleProperty());
        unit.managedProperty().bind(percent.visibleProperty());
        HBox row = new HBox(4, form, last, percent, unit);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Node buttons() {
        Button fit = new Button("Fit");
        fit.setId("fit");
        fit.setDefaultButton(true);
        fit.disableProperty().bind(model.runningProperty());
        fit.setOnAction(e -> model.fit());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(20, 20);
        spin.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("fit-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox row = new HBox(6, fit, cancel, spin);
        return new VBox(4, row, message);
    }

    /**
     * The fitted parameters: a note until the first fit ends, then the table, made only then, which
     * keeps its skin out of the window's first CSS and layout pass.
     */
    private Node results() {
        StackPane slot = new StackPane(new Label("Fit a law to see its parameters here"));
        slot.setPrefHeight(400); // a table's own, so the panel keeps its shape when the table comes
        VBox.setVgrow(slot, Priority.ALWAYS);
        ListChangeListener<ParameterRow> firstResults = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ParameterRow> change) {
                if (!model.results().isEmpty()) {
                    model.results().removeListener(this);
                    slot.getChildren().setAll(resultsTable());
                }
            }
        };
        model.results().addListener(firstResults);
        return slot;
    }

    private TableView<ParameterRow> resultsTable() {
        TableView<ParameterRow> table = new TableView<>(model.results());
        table.setId("results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Law", ParameterRow::law));
        table.getColumns().add(column("Param", ParameterRow::parameter));
        table.getColumns().add(column("Value", r -> WindowNumbers.format(r.value())));
        table.getColumns().add(column("± s.e.", r -> WindowNumbers.format(r.standardError())));
        table.getColumns().add(column("95% bootstrap", ParameterRow::interval));
        return table;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
