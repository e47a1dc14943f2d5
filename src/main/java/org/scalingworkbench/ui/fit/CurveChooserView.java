package org.scalingworkbench.ui.fit;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The curve chooser beside the leaderboard, shown while a curve key is picked: every curve with its
 * points and best law (or why it was not fitted, in the problem colour). Choosing one shows its
 * board, parameters and read-offs and highlights it on the chart.
 */
final class CurveChooserView {

    private final VBox root = new VBox(4);

    CurveChooserView(FitViewModel model) {
        TableView<CurveRow> table = new TableView<>(model.curves());
        table.setId("curves");
        table.setPlaceholder(new Label("Fit to list the curves"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CurveRow, String> name = FitPanelView.column("Curve", CurveRow::name);
        name.setPrefWidth(190);
        TableColumn<CurveRow, String> points = FitPanelView.column("Pts", (CurveRow r) -> Integer.toString(r.points()));
        points.setPrefWidth(40);
        points.setMinWidth(40);
        table.getColumns().add(name);
        table.getColumns().add(points);
        table.getColumns().add(FitPanelView.column("Best law", CurveRow::outcome));
        table.setRowFactory(t -> outcomeRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.chosenCurveProperty().get()) {
                model.chosenCurveProperty().set(now);
            }
        });
        model.chosenCurveProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
            if (now != null) {
                table.scrollTo(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label heading = new Label();
        heading.setStyle("-fx-font-weight: bold;");
        heading.textProperty().bind(Bindings.createStringBinding(() -> heading(model), model.curves()));
        root.getChildren().addAll(heading, table);
        root.setPrefWidth(430);
        root.setMinWidth(300);
        root.visibleProperty().bind(Bindings.isNotEmpty(model.curveKey()));
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }

    private static String heading(FitViewModel model) {
        long fitted = model.curves().stream().filter(CurveRow::fitted).count();
        int all = model.curves().size();
        return all == 0 ? "Curves" : "Curves: " + all + " (" + fitted + " fitted" + (fitted < all ? ", " + (all - fitted) + " not" : "") + ")";
    }

    /** A row whose tooltip is the whole outcome; a curve not fitted is drawn in the problem style. */
    private static TableRow<CurveRow> outcomeRow() {
        TableRow<CurveRow> row = new TableRow<>();
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(500);
        row.itemProperty().addListener((o, old, now) -> {
            tip.setText(now == null ? "" : now.name() + ", " + now.points() + " points: " + now.outcome());
            row.setTooltip(now == null ? null : tip);
            row.getStyleClass().remove("not-fitted");
            if (now != null && !now.fitted()) {
                row.getStyleClass().add("not-fitted");
            }
        });
        return row;
    }
}
