package org.scalingworkbench.figure.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalingworkbench.figure.Figure;

/**
 * Writes a figure to PNG, SVG or PDF through one drawing call, so the three files and the window
 * show the same thing. Works with {@code java.awt.headless=true}.
 */
public final class FigureExporter {

    /** Writes {@code figure} to {@code file} in the format its extension names. */
    public void write(Figure figure, FigureSize size, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(figure, size, ExportFormat.of(file), out);
        }
    }

    /**
     * The figure drawn as the PNG would be, {@code size}'s width and height in points at its DPI:
     * for previews, which want the export's layout at a smaller resolution.
     */
    public BufferedImage rasterize(Figure figure, FigureSize size) {
        return PngWriter.rasterize(figure, size);
    }

    /** Writes {@code figure} to a stream in {@code format}. */
    public void write(Figure figure, FigureSize size, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> new PngWriter().write(figure, size, out);
            case SVG -> new SvgWriter().write(figure, size, out);
            case PDF -> new PdfWriter().write(figure, size, out);
        }
    }
}
