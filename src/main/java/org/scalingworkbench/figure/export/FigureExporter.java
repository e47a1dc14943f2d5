package org.scalingworkbench.figure.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.scalingworkbench.figure.Figure;

/**
 * Writes a figure to PNG, SVG or PDF through one drawing call, so the three files and the window
 * show the same thing. Works with {@code java.awt.headless=true}.
 */
public final class FigureExporter {

    /**
     * Writes {@code figure} to {@code file} in the format its extension names. The figure is
     * written to a temporary file beside it and moved into place, so a failure (a PNG past the
     * pixel limits, a full disk) leaves no partial or empty file and an older file untouched.
     */
    public void write(Figure figure, FigureSize size, Path file) throws IOException {
        ExportFormat format = ExportFormat.of(file);
        if (format == ExportFormat.PNG) {
            size.checkRaster();
        }
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(figure, size, format, out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
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
