package org.scalingworkbench.ui.analysis;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.ResidualFigure;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.ui.common.WindowNumbers;

/** The Residuals tab: the residual plot of every fitted law above a small table of its errors. */
public final class ResidualsView {

    private final ResidualsViewModel model;
    private final FigureCanvas plot;
    private final TableView<ResidualRow> table = new TableView<>();
    private final SplitPane root = new SplitPane();

    public ResidualsView(ResidualsViewModel model, ObservableValue<FigureTheme> theme) {
        this.model = model;
        this.plot = new FigureCanvas("residuals", theme);
        createView();
        initListeners();
    }

    public Node node() {
        return root;
    }

    private void createView() {
        table.setId("residual-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No fitted laws"));
        table.getColumns().add(column("law", ResidualRow::law));
        table.getColumns().add(column("fit RMSLE (ln)", r -> WindowNumbers.format(r.fitRmsle())));
        table.getColumns().add(column("held-out RMSLE (ln)", r -> WindowNumbers.format(r.heldOutRmsle())));
        table.getColumns().add(column("max |ln y − ln f| held out", r -> WindowNumbers.format(r.maxAbsHeldOut())));
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(plot.node(), table);
        root.setDividerPositions(0.75);
    }

    private void initListeners() {
        model.specProperty().addListener((o, old, now) -> redraw());
        model.placeholderProperty().addListener((o, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        ScalingPlotSpec spec = model.specProperty().get();
        plot.show(spec == null ? null : t -> new ResidualFigure(t).build(spec), model.placeholderProperty().get());
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        c.setMinWidth(70);
        return c;
    }
}
