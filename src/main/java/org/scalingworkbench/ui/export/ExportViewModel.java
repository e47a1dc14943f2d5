package org.scalingworkbench.ui.export;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PlotZoom;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.ui.common.DialogService;

/**
 * File &gt; Export figure: format, size in inches (or a preset), PNG resolution, figure theme and
 * file, checked as they are typed, with a preview rendered off the FX thread at the chosen size
 * and theme (latest wins), and the write itself off the FX thread. The file holds the chart's plot
 * with the bootstrap bands and, below, the residual panel, as {@code plot} writes it. When the chart is zoomed, the
 * export shows the zoomed ranges, as on screen, unless the user asks for the full extent. The last
 * choices (except the zoom, which follows the chart) are kept in the preferences.
 */
public final class ExportViewModel {

    /** The figure themes an export may use. */
    public static final List<String> THEMES = List.of("paper", "dark");

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<ScalingPlotSpec> spec;
    private final Supplier<Optional<PlotZoom>> zoom;
    private final ExportPreferences prefs;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.SVG);
    private final ObjectProperty<SizePreset> preset = new SimpleObjectProperty<>(SizePreset.CUSTOM);
    private final StringProperty width = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");
    private final StringProperty dpi = new SimpleStringProperty("300");
    private final StringProperty theme = new SimpleStringProperty("paper");
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dpiEnabled = new ReadOnlyBooleanWrapper();
    private final BooleanProperty useZoom = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper();
    private final PreviewRenderer preview;
    private final ObservableList<String> facetChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> facet = new SimpleObjectProperty<>();
    private Function<String, FacetedPlotSpec> facets = column -> null;
    private boolean settingPreset;

    /**
     * @param tasks    writes off the FX thread
     * @param previews renders previews off the FX thread (its own runner, so previews do not fill
     *                 the status bar)
     * @param dialogs  asks for the file
     * @param prefs    where the last choices are kept (a node of its own)
     * @param spec     the plot on screen, or null when nothing is loaded
     * @param zoom     the ranges the chart is zoomed to, empty when it shows the full extent
     */
    public ExportViewModel(TaskRunner tasks, TaskRunner previews, DialogService dialogs, Preferences prefs,
            Supplier<ScalingPlotSpec> spec, Supplier<Optional<PlotZoom>> zoom) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.spec = spec;
        this.zoom = zoom;
        this.prefs = new ExportPreferences(prefs);
        this.preview = new PreviewRenderer(previews);
        this.prefs.restore(format, width, height, dpi, theme, path);
        preset.set(presetOf(width.get(), height.get()));
        initListeners();
        check();
    }

    private void initListeners() {
        preset.addListener((o, old, now) -> applyPreset(now));
        width.addListener((o, old, now) -> sizeEdited());
        height.addListener((o, old, now) -> sizeEdited());
        format.addListener((o, old, now) -> path.set(withExtension(path.get(), now)));
        for (Observable field : List.of(format, width, height, dpi, theme, path)) {
            field.addListener(o -> check());
        }
        for (Observable field : List.of(width, height, theme, useZoom, facet)) {
            field.addListener(o -> refreshPreview());
        }
    }

    /**
     * Gets ready to show the dialog: true when there is a plot to export (and starts its preview),
     * false with a message otherwise. The view starts as shown on screen (the chart's zoom).
     */
    public boolean prepare() {
        message.set("");
        if (exported() == null) {
            message.set("Nothing to export: load a file first");
            return false;
        }
        zoomed.set(zoom.get().isPresent());
        useZoom.set(true);
        preview.activate();
        refreshPreview();
        return true;
    }

    /** Stops rendering previews (the dialog closed). */
    public void close() {
        preview.deactivate();
    }

    /** Asks for the file through the dialog service, starting from the current one. */
    public void browse() {
        Path current = path.get().isBlank() ? null : Path.of(path.get().trim());
        dialogs.chooseExportFile(format.get(), current).ifPresent(p -> path.set(withExtension(p.toString(), format.get())));
    }

    /**
     * Writes the figure in the background when the fields are valid and a file is chosen; returns
     * false, with the reason in {@link #errorProperty()}, and writes nothing otherwise.
     */
    public boolean export() {
        ExportedPlot plot = exported();
        ExportInput input = check();
        if (plot == null) {
            error.set("Nothing to export: load a file first");
            return false;
        }
        if (input == null || input.path() == null) {
            error.set(input == null ? error.get() : "Choose the file to write");
            return false;
        }
        prefs.remember(input, width.get(), height.get(), dpi.get());
        Optional<PlotZoom> view = shownZoom();
        tasks.run("Exporting " + input.path().getFileName(), ctx -> write(plot, view, input), p -> message.set("Wrote " + p
                + " (" + input.summary() + ")"), e -> message.set("Could not export: " + e.getMessage()));
        return true;
    }

    /**
     * The figure to write: the chart's plot (built by {@code app.plot.ScalingPlots}, with the bands
     * of the laws bootstrapped) with its residual panel, as {@code plot} writes it; null when
     * nothing is loaded.
     */
    private ExportedPlot exported() {
        ScalingPlotSpec shown = spec.get();
        if (shown == null) {
            return null;
        }
        FacetedPlotSpec panels = facet.get() == null ? null : facets.apply(facet.get());
        return panels != null ? ExportedPlot.of(panels) : ExportedPlot.of(shown.withResiduals(true));
    }

    /**
     * Offers small multiples: one panel per value of a column of {@code key} (the curve key; one
     * column gives one panel per curve), laid out by {@code panels} (null when there is no fit of
     * every curve to lay out).
     */
    public void offerFacets(ObservableList<String> key, Function<String, FacetedPlotSpec> panels) {
        this.facets = panels;
        Runnable offer = () -> {
            List<String> now = new java.util.ArrayList<>();
            now.add(null);
            now.addAll(key);
            facetChoices.setAll(key.isEmpty() ? List.of() : now);
            if (!facetChoices.contains(facet.get())) {
                facet.set(null);
            }
        };
        key.addListener((javafx.collections.ListChangeListener<String>) c -> offer.run());
        offer.run();
    }

    /** The layouts offered: null (one panel) and each curve-key column; empty without a curve key. */
    public ObservableList<String> facetChoices() {
        return facetChoices;
    }

    /** The column whose values become panels, or null for one panel (the chart as shown). */
    public ObjectProperty<String> facetProperty() {
        return facet;
    }

    /** The chart's zoom when the export is to show it, else empty (the full extent). */
    private Optional<PlotZoom> shownZoom() {
        Optional<PlotZoom> now = zoom.get();
        zoomed.set(now.isPresent());
        return useZoom.get() ? now : Optional.empty();
    }

    private static Path write(ExportedPlot plot, Optional<PlotZoom> view, ExportInput input) throws java.io.IOException {
        var figure = plot.build(FigureTheme.named(input.theme()), view);
        try (OutputStream out = Files.newOutputStream(input.path())) {
            new FigureExporter().write(figure, input.size(), input.format(), out);
        }
        return input.path();
    }

    /** Validates the fields, updating the error and summary lines; the input, or null when invalid. */
    private ExportInput check() {
        dpiEnabled.set(format.get() == ExportFormat.PNG);
        try {
            ExportInput input = ExportInput.parse(format.get(), width.get(), height.get(), dpi.get(), theme.get(), path.get());
            error.set("");
            summary.set(input.summary());
            return input;
        } catch (ExportInput.Invalid e) {
            error.set(e.getMessage());
            summary.set("");
            return null;
        }
    }

    private void refreshPreview() {
        ExportedPlot plot = exported();
        try {
            ExportInput input = ExportInput.parse(ExportFormat.SVG, width.get(), height.get(), "300", theme.get(), "");
            if (plot != null) {
                preview.request(plot, shownZoom(), FigureTheme.named(input.theme()), input.size());
            }
        } catch (ExportInput.Invalid e) {
            // the error line says what is wrong; the last good preview stays
        }
    }

    private void applyPreset(SizePreset chosen) {
        if (chosen != SizePreset.CUSTOM && !settingPreset) {
            settingPreset = true;
            width.set(ExportInput.inches(chosen.widthInches()));
            height.set(ExportInput.inches(chosen.heightInches()));
            settingPreset = false;
        }
    }

    private void sizeEdited() {
        if (!settingPreset) {
            settingPreset = true;
            preset.set(presetOf(width.get(), height.get()));
            settingPreset = false;
        }
    }

    private static SizePreset presetOf(String w, String h) {
        try {
            return SizePreset.of(Double.parseDouble(w.trim()), Double.parseDouble(h.trim())).orElse(SizePreset.CUSTOM);
        } catch (NumberFormatException e) {
            return SizePreset.CUSTOM;
        }
    }

    /** {@code file} with its png/svg/pdf extension swapped for the format's (other names untouched). */
    static String withExtension(String file, ExportFormat f) {
        String ext = ExportInput.extension(file.trim());
        if (!List.of("png", "svg", "pdf").contains(ext)) {
            return file;
        }
        String t = file.trim();
        return t.substring(0, t.length() - ext.length()) + ExportInput.suffix(f);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<SizePreset> presetProperty() {
        return preset;
    }

    /** Width in inches, as typed. */
    public StringProperty widthProperty() {
        return width;
    }

    /** Height in inches, as typed. */
    public StringProperty heightProperty() {
        return height;
    }

    /** PNG resolution in dots per inch, as typed. */
    public StringProperty dpiProperty() {
        return dpi;
    }

    /** "paper" or "dark", one of {@link #THEMES}. */
    public StringProperty themeProperty() {
        return theme;
    }

    /**
     * Whether the export shows the chart's zoom (true, the default: what is seen) or the full
     * extent; it matters only while the chart is zoomed.
     */
    public BooleanProperty useZoomProperty() {
        return useZoom;
    }

    /** Whether the chart was zoomed when the dialog was prepared (the zoom choice applies). */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** The file to write, as typed or chosen. */
    public StringProperty pathProperty() {
        return path;
    }

    /** What is wrong with the fields, or "" when export can go ahead. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What will be written, for example "1950 × 1560 px PNG, 300 dpi"; "" while a field is wrong. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The outcome of the last export, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the DPI applies (PNG only). */
    public ReadOnlyBooleanProperty dpiEnabledProperty() {
        return dpiEnabled.getReadOnlyProperty();
    }

    /** The latest preview: the figure as it will be written, scaled to fit the preview box. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.imageProperty();
    }

    /** Sets the preview box in pixels; the preview fits inside it keeping the figure's aspect. */
    public void setPreviewBox(double widthPixels, double heightPixels) {
        preview.setBox(widthPixels, heightPixels);
    }
}
