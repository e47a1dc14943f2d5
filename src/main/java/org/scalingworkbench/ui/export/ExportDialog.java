package org.scalingworkbench.ui.export;

import java.util.List;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.scalingworkbench.figure.export.ExportFormat;

/**
 * File &gt; Export figure: the fields of an {@link ExportViewModel} on the left, the preview of
 * exactly what will be written on the right, the file, the result line and any error below.
 * Non-blocking: {@link #show()} returns at once; Export starts the write and closes the dialog.
 */
public final class ExportDialog {

    private static final double PREVIEW_WIDTH = 480;
    private static final double PREVIEW_HEIGHT = 340;
    private static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final ExportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImageView preview = new ImageView();
    private final Label summary = line("export-summary");
    private final Label error = line("export-error");

    /**
     * @param model  the export's state and commands
     * @param owner  the window the dialog belongs to
     * @param styler puts the window's theme on the dialog's scene
     */
    public ExportDialog(ExportViewModel model, Window owner, Consumer<Scene> styler) {
        this.model = model;
        createView(owner);
        initListeners();
        styler.accept(dialog.getDialogPane().getScene());
    }

    /** Opens the dialog when there is a plot; otherwise the model says why not. */
    public void show() {
        if (model.prepare() && !dialog.isShowing()) {
            dialog.show();
        }
    }

    private void createView(Window owner) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Export figure");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(EXPORT).setId("export-write");
        HBox top = new HBox(16, fields(), previewBox());
        VBox content = new VBox(10, top, fileRow(), summary, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        model.setPreviewBox(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), formatButtons());
        ComboBox<SizePreset> presets = new ComboBox<>();
        presets.setId("export-preset");
        presets.getItems().setAll(SizePreset.values());
        presets.valueProperty().bindBidirectional(model.presetProperty());
        presets.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(1, new Label("Size"), presets);
        grid.addRow(2, new Label("Width"), withUnit(number("export-width", model.widthProperty()), "in"));
        grid.addRow(3, new Label("Height"), withUnit(number("export-height", model.heightProperty()), "in"));
        TextField dpi = number("export-dpi", model.dpiProperty());
        dpi.disableProperty().bind(model.dpiEnabledProperty().not());
        Label dpiLabel = new Label("DPI");
        dpiLabel.disableProperty().bind(dpi.disableProperty());
        grid.addRow(4, dpiLabel, withUnit(dpi, "dots per inch (PNG)"));
        grid.addRow(5, new Label("Theme"), themeButtons());
        SegmentedButton view = viewButtons();
        Label viewLabel = new Label("View");
        viewLabel.disableProperty().bind(view.disableProperty());
        grid.addRow(6, viewLabel, view);
        ComboBox<String> panels = new ComboBox<>(model.facetChoices());
        panels.setId("export-panels");
        panels.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null ? "one panel (the chart)" : model.facetChoices().size() == 2
                        ? "one panel per curve (" + column + ")" : "one panel per " + column;
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        panels.valueProperty().bindBidirectional(model.facetProperty());
        Label panelsLabel = new Label("Panels");
        for (javafx.scene.Node n : List.of(panels, panelsLabel)) {
            n.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.facetChoices()));
            n.managedProperty().bind(n.visibleProperty());
        }
        grid.addRow(7, panelsLabel, panels);
        return grid;
    }

    /** "Use the chart's zoom" or "Full extent", offered while the chart is zoomed. */
    private SegmentedButton viewButtons() {
        ToggleButton zoom = new ToggleButton("Use the chart's zoom");
        zoom.setId("export-view-zoom");
        ToggleButton full = new ToggleButton("Full extent");
        full.setId("export-view-full");
        SegmentedButton buttons = new SegmentedButton(zoom, full);
        for (ToggleButton b : buttons.getButtons()) {
            b.getStyleClass().add("export-choice");
        }
        zoom.setSelected(model.useZoomProperty().get());
        full.setSelected(!model.useZoomProperty().get());
        zoom.selectedProperty().addListener((o, was, now) -> model.useZoomProperty().set(now));
        model.useZoomProperty().addListener((o, was, now) -> (now ? zoom : full).setSelected(true));
        keepOneSelected(buttons);
        buttons.disableProperty().bind(model.zoomedProperty().not());
        return buttons;
    }

    private SegmentedButton formatButtons() {
        SegmentedButton buttons = new SegmentedButton();
        for (ExportFormat f : ExportFormat.values()) {
            ToggleButton b = new ToggleButton(f.name());
            b.setId("format-" + ExportInput.suffix(f));
            b.getStyleClass().add("export-choice");
            b.setSelected(model.formatProperty().get() == f);
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.formatProperty().set(f);
                }
            });
            buttons.getButtons().add(b);
        }
        model.formatProperty().addListener((o, old, now) -> buttons.getButtons().get(now.ordinal()).setSelected(true));
        keepOneSelected(buttons);
        return buttons;
    }

    private SegmentedButton themeButtons() {
        SegmentedButton buttons = new SegmentedButton();
        for (String t : ExportViewModel.THEMES) {
            ToggleButton b = new ToggleButton(t);
            b.setId("export-theme-" + t);
            b.getStyleClass().add("export-choice");
            b.setSelected(t.equals(model.themeProperty().get()));
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.themeProperty().set(t);
                }
            });
            buttons.getButtons().add(b);
        }
        model.themeProperty().addListener((o, old, now) ->
                buttons.getButtons().get(ExportViewModel.THEMES.indexOf(now)).setSelected(true));
        keepOneSelected(buttons);
        return buttons;
    }

    /** A click on the selected segment would unselect it; select it again. */
    private static void keepOneSelected(SegmentedButton buttons) {
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static HBox withUnit(Node field, String unit) {
        HBox row = new HBox(6, field, new Label(unit));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node previewBox() {
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        StackPane box = new StackPane(preview);
        box.setMinSize(PREVIEW_WIDTH + 2, PREVIEW_HEIGHT + 2);
        box.setPrefSize(PREVIEW_WIDTH + 2, PREVIEW_HEIGHT + 2);
        box.setStyle("-fx-background-color: -fx-control-inner-background-alt; -fx-border-color: -fx-box-border;");
        return box;
    }

    private HBox fileRow() {
        TextField path = new TextField();
        path.setId("export-path");
        path.textProperty().bindBidirectional(model.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("export-browse");
        browse.setOnAction(e -> model.browse());
        HBox row = new HBox(8, new Label("File"), path, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("export-error");
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Node export = dialog.getDialogPane().lookupButton(EXPORT);
        export.disableProperty().bind(model.errorProperty().isNotEmpty());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.export()) {
                e.consume();
            }
        });
        model.previewProperty().addListener((o, old, now) ->
                preview.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        dialog.setOnHidden(e -> model.close());
    }
}
