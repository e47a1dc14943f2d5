package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.scalingworkbench.figure.BacktestFigure;
import org.scalingworkbench.figure.BacktestPlotSpec;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The Backtest tab: Run and Cancel with the most runs to hold out and a progress bar on top, the
 * error-against-distance figure, and a table with one row per number of runs held out and one
 * held-out RMSLE column per law.
 */
public final class BacktestView {

    private final BacktestViewModel model;
    private final FigureCanvas plot;
    private final TableView<BacktestRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public BacktestView(BacktestViewModel model, ObservableValue<FigureTheme> theme) {
        this.model = model;
        this.plot = new FigureCanvas("backtest", theme);
        createView();
        initListeners();
    }

    public Node node() {
        return root;
    }

    private void createView() {
        table.setId("backtest-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No backtest yet"));
        SplitPane split = new SplitPane(plot.node(), table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        Label curve = new Label();
        curve.setId("backtest-curve");
        curve.textProperty().bind(model.curveShownProperty());
        curve.visibleProperty().bind(model.curveShownProperty().isNotEmpty());
        curve.managedProperty().bind(curve.visibleProperty());
        javafx.scene.control.Tab one = new javafx.scene.control.Tab("This curve", new javafx.scene.layout.VBox(2, curve, split));
        javafx.scene.layout.VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Tab all = new javafx.scene.control.Tab("Summary across curves", new BacktestSummaryView(model).node());
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(one, all);
        tabs.setId("backtest-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(controls());
        root.setCenter(tabs);
    }

    private HBox controls() {
        Button run = new Button("Run backtest");
        run.setId("run-backtest");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-backtest");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        Spinner<Integer> runs = new Spinner<>(1, 50, model.maxRunsProperty().get(), 1);
        runs.setPrefWidth(70);
        runs.setEditable(true);
        runs.valueProperty().addListener((o, old, now) -> model.maxRunsProperty().set(now));
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.runningProperty());
        Label leftOut = new Label();
        leftOut.setId("backtest-left-out");
        leftOut.textProperty().bind(model.leftOutProperty());
        HBox row = new HBox(6, run, cancel, new Label("hold out up to"), runs, new Label("largest runs"), progress, leftOut);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        return row;
    }

    private void initListeners() {
        model.specProperty().addListener((o, old, now) -> redraw());
        model.placeholderProperty().addListener((o, old, now) -> redraw());
        model.laws().addListener((javafx.collections.ListChangeListener<String>) c -> columns());
        redraw();
    }

    private void columns() {
        List<TableColumn<BacktestRow, String>> columns = new ArrayList<>();
        columns.add(ResidualsView.column("runs held out", r -> Integer.toString(r.k())));
        columns.add(ResidualsView.column("points held out", r -> Integer.toString(r.heldOut())));
        columns.add(ResidualsView.column("orders of magnitude", r -> WindowNumbers.format(r.orders())));
        for (String law : model.laws()) {
            columns.add(ResidualsView.column(law + " RMSLE (ln)", r -> WindowNumbers.format(r.error(law))));
        }
        columns.forEach(c -> c.setPrefWidth(110));
        table.getColumns().setAll(columns);
    }

    private void redraw() {
        BacktestPlotSpec spec = model.specProperty().get();
        plot.show(spec == null ? null : t -> new BacktestFigure(t).build(spec), model.placeholderProperty().get());
    }
}
