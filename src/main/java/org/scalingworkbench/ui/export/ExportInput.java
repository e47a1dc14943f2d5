package org.scalingworkbench.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.figure.export.FigureSize;

/**
 * What the export dialog's fields say, checked: a width and height in inches within
 * [{@value #MIN_INCHES}, {@value #MAX_INCHES}], a PNG resolution within [{@value #MIN_DPI},
 * {@value #MAX_DPI}] dots per inch whose pixels the PNG writer accepts ({@link FigureSize#checkRaster()}),
 * and a file whose extension, if any, names the format.
 *
 * @param format the format to write
 * @param size   the size in points, with the DPI (kept at the last valid value for SVG and PDF)
 * @param theme  "paper" or "dark"
 * @param path   the file, with the format's extension added when it had none; null when not chosen
 */
record ExportInput(ExportFormat format, FigureSize size, String theme, Path path) {

    static final double MIN_INCHES = 1;
    static final double MAX_INCHES = 40;
    static final int MIN_DPI = 72;
    static final int MAX_DPI = 1200;

    /** Thrown with a message for the user when a field is wrong. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Checks the fields' texts; {@code path} may be blank (then {@link #path()} is null). */
    static ExportInput parse(ExportFormat format, String width, String height, String dpi, String theme, String path)
            throws Invalid {
        double w = inchesIn("Width", width);
        double h = inchesIn("Height", height);
        double d = format == ExportFormat.PNG ? dpiIn(dpi) : lenientDpi(dpi);
        FigureSize size = new FigureSize(w * 72, h * 72, d);
        if (format == ExportFormat.PNG) {
            checkPixels(size);
        }
        return new ExportInput(format, size, theme, file(format, path));
    }

    /** The PNG writer's own limit on pixels, said in the dialog's terms before anything is drawn. */
    private static void checkPixels(FigureSize size) throws Invalid {
        try {
            size.checkRaster();
        } catch (IllegalArgumentException e) {
            throw new Invalid("At " + (long) size.dpi() + " dpi this is " + size.widthPixels() + " × " + size.heightPixels()
                    + " px, more than a PNG may have (" + String.format(Locale.ROOT, "%,d", FigureSize.MAX_PIXELS_PER_SIDE)
                    + " px a side, " + FigureSize.MAX_PIXELS / 1_000_000 + " million pixels): lower the DPI or the size,"
                    + " or choose SVG or PDF");
        }
    }

    private static double inchesIn(String what, String text) throws Invalid {
        double v = number(text, what + " must be a number of inches, such as 3.25");
        if (!(v >= MIN_INCHES && v <= MAX_INCHES)) {
            throw new Invalid(what + " must be between " + inches(MIN_INCHES) + " and " + inches(MAX_INCHES) + " in");
        }
        return v;
    }

    private static double dpiIn(String text) throws Invalid {
        String message = "DPI must be a whole number from " + MIN_DPI + " to " + MAX_DPI;
        double v = number(text, message);
        if (v != Math.rint(v) || v < MIN_DPI || v > MAX_DPI) {
            throw new Invalid(message);
        }
        return v;
    }

    /** SVG and PDF ignore the DPI: any text will do, 300 stands in for a bad one. */
    private static double lenientDpi(String text) {
        try {
            return dpiIn(text);
        } catch (Invalid e) {
            return 300;
        }
    }

    private static double number(String text, String message) throws Invalid {
        try {
            return Double.parseDouble(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new Invalid(message);
        }
    }

    private static Path file(ExportFormat format, String text) throws Invalid {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.trim();
        String ext = extension(name);
        if (ext.isEmpty()) {
            return Path.of(name + "." + suffix(format));
        }
        if (!ext.equals(suffix(format))) {
            throw new Invalid("The file name ends in ." + ext + " but the format is " + format + ": choose " + format
                    + " or end the name in ." + suffix(format));
        }
        return Path.of(name);
    }

    /** The lower-case extension after the file name's last dot, or "" for none. */
    static String extension(String fileName) {
        String name = Path.of(fileName).getFileName() == null ? "" : Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file extension of {@code format}, "png", "svg" or "pdf". */
    static String suffix(ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** What will be written, e.g. "1950 × 1560 px PNG, 300 dpi" or "3.25 × 2.6 in SVG (234 × 187 pt)". */
    String summary() {
        if (format == ExportFormat.PNG) {
            return size.widthPixels() + " × " + size.heightPixels() + " px PNG, " + (long) size.dpi() + " dpi";
        }
        return inches(size.widthPoints() / 72) + " × " + inches(size.heightPoints() / 72) + " in " + format + " ("
                + Math.round(size.widthPoints()) + " × " + Math.round(size.heightPoints()) + " pt)";
    }

    /** A length in inches without trailing zeros: 3.25, 10, 5.625. */
    static String inches(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
