package org.scalingworkbench.ui.export;

import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PlotZoom;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;

/**
 * Renders export previews in the background, one at a time, latest wins: a request made while one
 * renders waits, replacing any older waiting request, and only the newest result is shown. The
 * preview is the figure laid out at the export's size in points, rasterized at the resolution that
 * fits the preview box, so it is the file's layout, only smaller.
 */
final class PreviewRenderer {

    private record Request(ExportedPlot spec, Optional<PlotZoom> zoom, FigureTheme theme, FigureSize size) {
    }

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<BufferedImage> image = new ReadOnlyObjectWrapper<>();
    private double boxWidth = 480;
    private double boxHeight = 360;
    private boolean active;
    private boolean running;
    private Request waiting;

    PreviewRenderer(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void activate() {
        active = true;
    }

    /** Drops waiting requests and results still to come. */
    void deactivate() {
        active = false;
        waiting = null;
    }

    void setBox(double width, double height) {
        boxWidth = width;
        boxHeight = height;
    }

    /**
     * Asks for a preview of {@code spec}, zoomed to {@code zoom} if any, at {@code size} in
     * {@code theme}; ignored unless active.
     */
    void request(ExportedPlot spec, Optional<PlotZoom> zoom, FigureTheme theme, FigureSize size) {
        if (!active) {
            return;
        }
        FigureSize fitted = new FigureSize(size.widthPoints(), size.heightPoints(),
                Math.min(boxWidth / size.widthPoints(), boxHeight / size.heightPoints()) * 72);
        waiting = new Request(spec, zoom, theme, fitted);
        if (!running) {
            startNext();
        }
    }

    private void startNext() {
        Request next = waiting;
        waiting = null;
        running = next != null && active;
        if (running) {
            tasks.run("Rendering preview", ctx -> render(next), this::finished, e -> startNext());
        }
    }

    private void finished(BufferedImage rendered) {
        if (waiting == null && active) {
            image.set(rendered);
        }
        startNext();
    }

    private static BufferedImage render(Request r) {
        Figure figure = r.spec().build(r.theme(), r.zoom());
        return new FigureExporter().rasterize(figure, r.size());
    }

    ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image.getReadOnlyProperty();
    }
}
