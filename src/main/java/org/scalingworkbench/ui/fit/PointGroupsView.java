package org.scalingworkbench.ui.fit;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.scalingworkbench.figure.FigureTheme;

/**
 * The point groups on the chart (compute budgets, model sizes, runs), each with its colour
 * swatch, point count and a tick: untick a group to leave all its points out of the fits (one
 * undoable edit), tick it to bring them back.
 */
public final class PointGroupsView {

    private final ChartViewModel chart;
    private final ObservableValue<FigureTheme> theme;
    private final ObservableList<ChartViewModel.PointGroup> groups = FXCollections.observableArrayList();
    private final VBox root = new VBox(2);

    public PointGroupsView(ChartViewModel chart, ObservableValue<FigureTheme> theme) {
        this.chart = chart;
        this.theme = theme;
        createView();
        chart.specProperty().addListener((o, old, now) -> groups.setAll(chart.groups()));
        theme.addListener((o, old, now) -> groups.setAll(chart.groups()));
    }

    public Node node() {
        return root;
    }

    private void createView() {
        ListView<ChartViewModel.PointGroup> list = new ListView<>(groups);
        list.setId("point-groups");
        list.setPlaceholder(new Label("No points shown"));
        list.setCellFactory(l -> new GroupCell());
        list.setPrefHeight(150);
        Label heading = new Label("  Points on the chart");
        root.setPadding(new Insets(4, 0, 0, 0));
        root.getChildren().addAll(heading, list);
    }

    /** A group: tick, swatch in the chart's colour, name and counts. */
    private final class GroupCell extends ListCell<ChartViewModel.PointGroup> {

        private final CheckBox tick = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label text = new Label();
        private final HBox row = new HBox(6, tick, swatch, text);

        GroupCell() {
            tick.setOnAction(e -> chart.setGroupIncluded(getItem().name(), tick.isSelected()));
        }

        @Override
        protected void updateItem(ChartViewModel.PointGroup g, boolean empty) {
            super.updateItem(g, empty);
            if (empty || g == null) {
                setGraphic(null);
                return;
            }
            tick.setIndeterminate(g.excluded() > 0 && !g.allExcluded());
            tick.setSelected(g.excluded() == 0);
            java.awt.Color c = theme.getValue().groupColour(getIndex(), getListView().getItems().size());
            swatch.setFill(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            text.setText(g.name() + "  (" + g.points() + (g.excluded() > 0 ? ", " + g.excluded() + " excluded)" : ")"));
            setGraphic(row);
        }
    }
}
