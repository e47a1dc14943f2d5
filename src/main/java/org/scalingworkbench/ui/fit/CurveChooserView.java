package org.scalingworkbench.ui.fit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The curve chooser above the leaderboard, shown while a curve key is picked: a list of every curve
 * with its points and best law (or why it was not fitted, in the problem colour); the fit message
 * says how many were fitted. Choosing one shows its board, parameters and read-offs and highlights it on the chart;
 * "Draw all curves" draws every curve with its own fit instead.
 */
final class CurveChooserView {

    private final HBox root = new HBox(6);
    private final FitViewModel model;

    CurveChooserView(FitViewModel model) {
        this.model = model;
        ComboBox<CurveRow> curves = new ComboBox<>(model.curves());
        curves.setId("curves");
        curves.setMaxWidth(Double.MAX_VALUE);
        curves.setVisibleRowCount(16);
        curves.setPromptText("Fit to list the curves");
        curves.setCellFactory(l -> new CurveCell(true));
        curves.setButtonCell(new CurveCell(false));
        curves.valueProperty().bindBidirectional(model.chosenCurveProperty());
        HBox.setHgrow(curves, Priority.ALWAYS);
        Label label = new Label("Curve");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setStyle("-fx-font-weight: bold;");
        Tooltip count = new Tooltip();
        count.textProperty().bind(Bindings.createStringBinding(this::count, model.curves()));
        label.setTooltip(count);
        javafx.scene.control.CheckBox all = new javafx.scene.control.CheckBox("Draw all curves");
        all.setId("all-curves");
        all.setMinWidth(Label.USE_PREF_SIZE);
        all.selectedProperty().bindBidirectional(model.chart().allCurvesProperty());
        all.setTooltip(new Tooltip("Every curve with its own fit, in its own colour (as plot --group-by draws it);"
                + " untick to show the chosen curve with the others dimmed"));
        root.getChildren().addAll(label, curves, all);
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.visibleProperty().bind(Bindings.isNotEmpty(model.curveKey()));
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }

    private String count() {
        long fitted = model.curves().stream().filter(CurveRow::fitted).count();
        int all = model.curves().size();
        return all == 0 ? "" : all + " curves, " + fitted + " fitted" + (fitted < all ? ", " + (all - fitted) + " not" : "");
    }

    /** A curve's key values (the column names are the picker's), its points and its outcome. */
    private String line(CurveRow row) {
        return shortName(row.name(), model.curveKey()) + "  ·  " + row.points() + " pts  ·  " + row.outcome();
    }

    /** "Domain = NMT, Task = bleu" with key [Domain, Task] as "NMT, bleu". */
    static String shortName(String name, List<String> key) {
        String out = name;
        for (String column : key) {
            out = out.replace(column + " = ", "");
        }
        return out;
    }

    /** A curve in the list (whole line as tooltip) or on the button; a curve not fitted in the problem style. */
    private final class CurveCell extends ListCell<CurveRow> {

        private final boolean inList;

        CurveCell(boolean inList) {
            this.inList = inList;
        }

        @Override
        protected void updateItem(CurveRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("problem");
            if (empty || row == null) {
                setText(inList ? null : "Fit to list the curves");
                setTooltip(null);
                return;
            }
            setText(inList ? line(row) : shortName(row.name(), model.curveKey()) + "  ·  " + row.points() + " pts");
            setTooltip(new Tooltip(row.name() + ", " + row.points() + " points: " + row.outcome()));
            if (!row.fitted()) {
                getStyleClass().add("problem");
            }
        }
    }
}
