package org.scalingworkbench.figure.export;

import java.util.Locale;

/**
 * The size of an exported figure: width and height in points (1/72 in) and the resolution of a
 * PNG in dots per inch (ignored by SVG and PDF, which keep the size in points).
 *
 * @param widthPoints  width in points
 * @param heightPoints height in points
 * @param dpi          PNG resolution in pixels per inch
 */
public record FigureSize(double widthPoints, double heightPoints, double dpi) {

    /** Single-column width of two-column papers: 3.25 in. */
    public static final double SINGLE_COLUMN_INCHES = 3.25;
    /** Double-column (full) width: 6.75 in. */
    public static final double DOUBLE_COLUMN_INCHES = 6.75;
    /** Longest side of an exported figure, in inches (the export dialog's limit too). */
    public static final double MAX_INCHES = 40;
    /** Highest PNG resolution, in dots per inch (the export dialog's limit too). */
    public static final double MAX_DPI = 1200;
    /** Longest side of a PNG, in pixels. */
    public static final int MAX_PIXELS_PER_SIDE = 20_000;
    /** Most pixels in a PNG (200 million, 800 MB as RGB in memory). */
    public static final long MAX_PIXELS = 200_000_000L;

    public FigureSize {
        if (!(widthPoints > 0) || !(heightPoints > 0) || !(dpi > 0)) {
            throw new IllegalArgumentException("figure width, height and DPI must be positive, got "
                    + widthPoints + " pt × " + heightPoints + " pt at " + dpi + " dpi");
        }
    }

    /** The size from lengths such as "3.25in", "800px", "8cm", "90mm", "234pt" (px count at {@code dpi}). */
    public static FigureSize parse(String width, String height, double dpi) {
        return new FigureSize(points(width, dpi), points(height, dpi), dpi);
    }

    /** A length in points; a bare number is inches. */
    public static double points(String length, double dpi) {
        String s = length.trim().toLowerCase(Locale.ROOT);
        String[][] units = {{"in", "72"}, {"px", Double.toString(72.0 / dpi)}, {"pt", "1"}, {"cm", Double.toString(72 / 2.54)},
            {"mm", Double.toString(72 / 25.4)}};
        try {
            for (String[] u : units) {
                if (s.endsWith(u[0])) {
                    return Double.parseDouble(s.substring(0, s.length() - 2).trim()) * Double.parseDouble(u[1]);
                }
            }
            return Double.parseDouble(s) * 72;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + length + "' is not a length such as 3.25in, 800px, 8cm or 234pt");
        }
    }

    /**
     * {@code points} if it is a side an export may have: more than 0 and at most {@link #MAX_INCHES}.
     *
     * @throws IllegalArgumentException naming the length in inches otherwise
     */
    public static double side(double points) {
        if (!(points > 0 && points <= MAX_INCHES * 72)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a side must be more than 0 and at most %.0f in, got %s in",
                    MAX_INCHES, Double.isFinite(points) ? String.format(Locale.ROOT, "%.4g", points / 72) : Double.toString(points)));
        }
        return points;
    }

    /**
     * {@code dpi} if it is a resolution an export may have: more than 0 and at most {@link #MAX_DPI}.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static double resolution(double dpi) {
        if (!(dpi > 0 && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "resolution must be more than 0 and at most %.0f dpi, got %s",
                    MAX_DPI, dpi));
        }
        return dpi;
    }

    /**
     * This size if its PNG has at least one pixel a side, at most {@link #MAX_PIXELS_PER_SIDE} a side
     * and at most {@link #MAX_PIXELS} in all; checked before any pixel is allocated.
     *
     * @throws IllegalArgumentException naming the pixel size otherwise
     */
    public FigureSize checkRaster() {
        double w = Math.rint(widthPoints / 72 * dpi);
        double h = Math.rint(heightPoints / 72 * dpi);
        if (w < 1 || h < 1 || w > MAX_PIXELS_PER_SIDE || h > MAX_PIXELS_PER_SIDE || w * h > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a PNG of %.0f × %.0f px is outside the limits (1 to %,d px a side, at most %,d million pixels)",
                    w, h, MAX_PIXELS_PER_SIDE, MAX_PIXELS / 1_000_000));
        }
        return this;
    }

    /** PNG width in pixels. */
    public int widthPixels() {
        return (int) Math.round(widthPoints / 72 * dpi);
    }

    /** PNG height in pixels. */
    public int heightPixels() {
        return (int) Math.round(heightPoints / 72 * dpi);
    }
}
