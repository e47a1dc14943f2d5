package org.scalingworkbench.ui.sweep;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;

/**
 * The loaded files on top, each with a tick for "on the chart"; below, the selected file's columns with their roles (the
 * role cell is a drop-down the user can change) and its import report; an error banner on top.
 */
public final class SweepOverviewView {

    private final SweepOverviewViewModel model;
    private final BorderPane root = new BorderPane();

    public SweepOverviewView(SweepOverviewViewModel model) {
        this.model = model;
        createView();
    }

    public BorderPane node() {
        return root;
    }

    private void createView() {
        ListView<ImportedSweep> files = fileList();
        files.setPrefHeight(120);

        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        summary.setWrapText(true);

        ListView<String> notes = new ListView<>(model.notes());
        notes.setId("notes");
        notes.setPrefHeight(110);

        VBox detail = new VBox(8, summary, columnTable(), new Label("Import report"), notes);
        VBox.setVgrow(detail.getChildren().get(1), Priority.ALWAYS);
        detail.setPadding(new Insets(6));

        Label hint = new Label("  Loaded files (ticked: on the chart)");
        hint.setTooltip(new Tooltip("Tick files to show them together on one chart; click a file to see its columns"));
        SplitPane split = new SplitPane(new VBox(hint, files), detail);
        VBox.setVgrow(files, Priority.ALWAYS);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.25);
        root.setTop(errorBanner());
        root.setCenter(split);
    }

    /**
     * The files, each with a tick for "on the chart" that follows the view-model's shown files;
     * clicking a file selects it (its columns below). (ControlsFX's CheckListView lost the tick of
     * a file added while ticked, so the cells are plain ones with a check box.)
     */
    private ListView<ImportedSweep> fileList() {
        ListView<ImportedSweep> files = new ListView<>(model.files());
        files.setId("files");
        files.setCellFactory(list -> new FileCell(model));
        files.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> files.getSelectionModel().select(now));
        model.shown().addListener((ListChangeListener<ImportedSweep>) c -> files.refresh());
        return files;
    }

    private TableView<ColumnRow> columnTable() {
        TableView<ColumnRow> table = new TableView<>(model.columns());
        table.setId("columns");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ColumnRow, ColumnRole> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        role.setCellFactory(ComboBoxTableCell.forTableColumn(new RoleLabel(), ColumnRole.values()));
        role.setOnEditCommit(e -> model.changeRole(e.getRowValue().name(), e.getNewValue()));
        role.setPrefWidth(150);
        // name and role first: the pane is narrow, the rest is a scroll away
        table.getColumns().add(text("Column", ColumnRow::name, 110));
        table.getColumns().add(role);
        table.getColumns().add(text("Range", ColumnRow::range, 150));
        table.getColumns().add(unitColumn());
        table.getColumns().add(text("Kind", ColumnRow::kind, 110));
        table.getColumns().add(text("Values", r -> String.format("%,d", r.present()), 70));
        table.getColumns().add(text("Why this role", ColumnRow::reason, 300));
        return table;
    }

    /**
     * The unit the header names and the factor applied, with a tick "in base units" for a column
     * whose header names a factor: untick to keep the values as read.
     */
    private TableColumn<ColumnRow, ColumnRow> unitColumn() {
        TableColumn<ColumnRow, ColumnRow> unit = new TableColumn<>("Unit");
        unit.setId("unit");
        unit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        unit.setCellFactory(c -> new UnitCell(model));
        unit.setPrefWidth(130);
        return unit;
    }

    private static TableColumn<ColumnRow, String> text(String title, java.util.function.Function<ColumnRow, String> value, double width) {
        TableColumn<ColumnRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private HBox errorBanner() {
        Label message = new Label();
        message.setId("error");
        message.textProperty().bind(model.errorProperty());
        message.setWrapText(true);
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> model.dismissError());
        HBox banner = new HBox(12, message, dismiss);
        HBox.setHgrow(message, Priority.ALWAYS);
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.getStyleClass().add("error-banner");
        banner.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** How a role reads in the table: its symbol and what it means. */
    private static final class RoleLabel extends StringConverter<ColumnRole> {
        @Override
        public String toString(ColumnRole role) {
            return switch (role) {
                case PARAMETERS -> "N (parameters)";
                case DATA -> "D (tokens, examples)";
                case COMPUTE -> "C (FLOPs)";
                case SPLIT -> "split (hold-out)";
                default -> role.symbol();
            };
        }

        @Override
        public ColumnRole fromString(String text) {
            for (ColumnRole role : ColumnRole.values()) {
                if (toString(role).equals(text)) {
                    return role;
                }
            }
            return ColumnRole.OTHER;
        }
    }

    /** A column's unit; a tick converts it to base units (ticked) or keeps the values as read. */
    private static final class UnitCell extends javafx.scene.control.TableCell<ColumnRow, ColumnRow> {
        private final CheckBox tick = new CheckBox();

        UnitCell(SweepOverviewViewModel model) {
            tick.setOnAction(e -> model.convertUnit(getItem().name(), tick.isSelected()));
            tick.setTooltip(new Tooltip("Ticked: values converted to base units as the header says; unticked: kept as read"));
        }

        @Override
        protected void updateItem(ColumnRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            setText(none ? null : item.unit());
            setGraphic(none || !item.convertible() ? null : tick);
            tick.setSelected(!none && item.converted());
        }
    }

    /** A file with its row count, and its tick for "on the chart". */
    private static final class FileCell extends ListCell<ImportedSweep> {
        private final CheckBox tick = new CheckBox();
        private final SweepOverviewViewModel model;

        FileCell(SweepOverviewViewModel model) {
            this.model = model;
            tick.setOnAction(e -> model.setShown(getItem(), tick.isSelected()));
            tick.setTooltip(new Tooltip("Show this file on the chart, together with the other ticked files"));
        }

        @Override
        protected void updateItem(ImportedSweep item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            setText(none ? null : String.format("%s  (%,d rows)", item.sweep().sourceName(), item.sweep().rowCount()));
            setGraphic(none ? null : tick);
            tick.setSelected(!none && model.shown().contains(item));
        }
    }
}
