package org.scalingworkbench.ui.fit;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;

/**
 * The "curves by" picker: a menu of the columns that can split the rows into curves, any number
 * ticked (none: one curve), which stays open while they are ticked. The button names the columns ticked; ticks follow the model both ways.
 */
final class CurveKeyPicker {

    private static final String HINT = "Columns whose values split the rows into curves; each curve gets its own fit and leaderboard";

    private final MenuButton button = new MenuButton();
    private final ObservableList<String> offered;
    private final ObservableList<String> key;
    private boolean syncing;

    CurveKeyPicker(ObservableList<String> offered, ObservableList<String> key) {
        this.offered = offered;
        this.key = key;
        button.setId("curves-by");
        button.setPrefWidth(170);
        button.setMaxWidth(220);
        button.setTooltip(new Tooltip(HINT));
        offered.addListener((ListChangeListener<String>) c -> rebuild());
        key.addListener((ListChangeListener<String>) c -> tick());
        rebuild();
    }

    Node node() {
        return button;
    }

    private void rebuild() {
        button.getItems().clear();
        for (String column : offered) {
            CheckBox tick = new CheckBox(column);
            tick.setId("curves-by-" + column);
            tick.selectedProperty().addListener((o, was, now) -> picked());
            CustomMenuItem item = new CustomMenuItem(tick, false); // the menu stays open to tick several
            button.getItems().add(item);
        }
        button.setDisable(offered.isEmpty());
        tick();
    }

    /** The user ticked or unticked a column: the key is the ticked columns, in the file's order. */
    private void picked() {
        if (syncing) {
            return;
        }
        List<String> ticked = ticks().stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        if (!ticked.equals(key)) {
            key.setAll(ticked);
        }
    }

    private List<CheckBox> ticks() {
        return button.getItems().stream().map(i -> (CheckBox) ((CustomMenuItem) i).getContent()).toList();
    }

    /** The model's key changed (a file, a session): the ticks and the button's text follow. */
    private void tick() {
        syncing = true;
        ticks().forEach(t -> t.setSelected(key.contains(t.getText())));
        syncing = false;
        button.setText(key.isEmpty() ? "none (one curve)" : String.join(", ", key));
        button.getTooltip().setText(key.isEmpty() ? HINT : "Curves by " + String.join(", ", key) + ". " + HINT);
    }
}
