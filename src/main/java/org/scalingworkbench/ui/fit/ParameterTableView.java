package org.scalingworkbench.ui.fit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The parameter table of one law at a time (chosen in a combo box among the laws to fit): each
 * parameter's last fitted value, whether it is fixed and at what value, and bounds tighter than the
 * law's own. Cells are text fields that commit on Enter or when focus leaves them; every edit goes
 * through {@link ParameterTableModel}, which records it for undo.
 */
final class ParameterTableView {

    private final ParameterTableModel model;
    private final TableView<ParameterSetting> table = new TableView<>();
    private final VBox root = new VBox(4);

    ParameterTableView(ParameterTableModel model) {
        this.model = model;
        createView();
    }

    Node node() {
        return root;
    }

    private void createView() {
        ComboBox<LawSettings> law = new ComboBox<>(model.editable());
        law.setId("parameter-law");
        law.valueProperty().bindBidirectional(model.shownProperty());
        law.setPromptText("tick a law");
        table.setId("parameters");
        table.setEditable(true);
        table.setPrefHeight(170);
        table.setMinHeight(120);
        table.setPlaceholder(new Label("Tick a law to set its parameters"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.itemsProperty().bind(Bindings.createObjectBinding(() -> model.shownProperty().get() == null
                ? FXCollections.observableArrayList() : FXCollections.observableArrayList(model.shownProperty().get().rows()),
                model.shownProperty()));
        TableColumn<ParameterSetting, String> name = FitPanelView.column("Param", ParameterSetting::name);
        name.setMinWidth(60);
        TableColumn<ParameterSetting, String> fitted = readOnly("Fitted", ParameterSetting::fittedProperty);
        fitted.setMinWidth(80);
        table.getColumns().add(name);
        table.getColumns().add(fitted);
        table.getColumns().add(fixedColumn());
        table.getColumns().add(textColumn("Value", ParameterSetting.Field.VALUE));
        table.getColumns().add(textColumn("Lower", ParameterSetting.Field.LOWER));
        table.getColumns().add(textColumn("Upper", ParameterSetting.Field.UPPER));
        Label problem = new Label();
        problem.setId("parameter-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        showProblemOf(model.shownProperty().get(), problem);
        model.shownProperty().addListener((o, was, now) -> showProblemOf(now, problem));
        HBox pick = new HBox(6, new Label("Parameters of"), law);
        root.getChildren().addAll(pick, table, problem);
    }

    private static void showProblemOf(LawSettings law, Label problem) {
        problem.textProperty().unbind();
        if (law == null) {
            problem.setText("");
        } else {
            problem.textProperty().bind(law.problemProperty());
        }
    }

    private static TableColumn<ParameterSetting, String> readOnly(String title,
            java.util.function.Function<ParameterSetting, ObservableValue<String>> value) {
        TableColumn<ParameterSetting, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> value.apply(d.getValue()));
        c.setSortable(false);
        c.setEditable(false);
        return c;
    }

    private TableColumn<ParameterSetting, Boolean> fixedColumn() {
        TableColumn<ParameterSetting, Boolean> c = new TableColumn<>("Fixed");
        c.setSortable(false);
        c.setMinWidth(50);
        c.setMaxWidth(60);
        c.setCellValueFactory(d -> d.getValue().fixedProperty());
        c.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> model.setFixed(model.shownProperty().get(), getTableRow().getItem(), box.isSelected()));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(Boolean fixed, boolean empty) {
                super.updateItem(fixed, empty);
                setGraphic(empty || fixed == null ? null : box);
                box.setSelected(fixed != null && fixed);
            }
        });
        return c;
    }

    private TableColumn<ParameterSetting, String> textColumn(String title, ParameterSetting.Field field) {
        TableColumn<ParameterSetting, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(d -> d.getValue().field(field));
        c.setCellFactory(col -> new EditCell(field));
        return c;
    }

    /** A cell that is always a text field, committing on Enter or on losing focus. */
    private final class EditCell extends TableCell<ParameterSetting, String> {

        private final TextField field = new TextField();
        private final ParameterSetting.Field which;

        EditCell(ParameterSetting.Field which) {
            this.which = which;
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit();
                }
            });
        }

        private void commit() {
            ParameterSetting row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                model.edit(model.shownProperty().get(), row, which, field.getText());
            }
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            ParameterSetting row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setGraphic(row == null ? null : field);
            if (row != null) {
                field.setText(text);
                field.setPromptText(which == ParameterSetting.Field.VALUE ? "" : row.lawRange());
                field.disableProperty().unbind();
                field.disableProperty().bind(which == ParameterSetting.Field.VALUE ? row.fixedProperty().not()
                        : row.fixedProperty());
            }
        }
    }

}
