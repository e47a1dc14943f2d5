package org.scalingworkbench.ui.fit;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;

/**
 * The "curves by" picker: a menu of the columns that can split the rows into curves, any number
 * ticked (none: one curve). The button names the columns ticked; ticks follow the model both ways.
 */
final class CurveKeyPicker {

    private final MenuButton button = new MenuButton();
    private final ObservableList<String> offered;
    private final ObservableList<String> key;
    private boolean syncing;

    CurveKeyPicker(ObservableList<String> offered, ObservableList<String> key) {
        this.offered = offered;
        this.key = key;
        button.setId("curves-by");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip("Columns whose values split the rows into curves; each curve gets its own fit and leaderboard"));
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
            CheckMenuItem item = new CheckMenuItem(column);
            item.setId("curves-by-" + column);
            item.selectedProperty().addListener((o, was, now) -> picked());
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
        List<String> ticked = button.getItems().stream().map(i -> (CheckMenuItem) i).filter(CheckMenuItem::isSelected)
                .map(CheckMenuItem::getText).toList();
        if (!ticked.equals(key)) {
            key.setAll(ticked);
        }
    }

    /** The model's key changed (a file, a session): the ticks and the button's text follow. */
    private void tick() {
        syncing = true;
        button.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(key.contains(i.getText())));
        syncing = false;
        button.setText(key.isEmpty() ? "none (one curve)" : String.join(", ", key));
    }
}
