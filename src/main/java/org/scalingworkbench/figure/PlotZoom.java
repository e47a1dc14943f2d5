package org.scalingworkbench.figure;

/**
 * The x and y ranges a user zoomed a figure to, in the axes' data units (not log10 on a log axis);
 * an axis with NaN bounds was not zoomed and shows its full extent. Applied to a freshly built
 * figure, it shows what the window showed.
 *
 * @param xLower the lower x bound, or NaN when x was not zoomed
 * @param xUpper the upper x bound, or NaN when x was not zoomed
 * @param yLower the lower y bound of the main plot, or NaN when y was not zoomed
 * @param yUpper the upper y bound of the main plot, or NaN when y was not zoomed
 */
public record PlotZoom(double xLower, double xUpper, double yLower, double yUpper) {

    public PlotZoom {
        if (!valid(xLower, xUpper) || !valid(yLower, yUpper)) {
            throw new IllegalArgumentException("zoom ranges must be NaN or lower < upper, got x [" + xLower + ", " + xUpper
                    + "], y [" + yLower + ", " + yUpper + "]");
        }
    }

    /** A zoom of x only, y at its full extent. */
    public static PlotZoom ofX(double lower, double upper) {
        return new PlotZoom(lower, upper, Double.NaN, Double.NaN);
    }

    /** Whether x was zoomed. */
    public boolean hasX() {
        return !Double.isNaN(xLower);
    }

    /** Whether y was zoomed. */
    public boolean hasY() {
        return !Double.isNaN(yLower);
    }

    /** Sets the zoomed ranges on {@code figure}, leaving the others at their full extent. */
    public void applyTo(Figure figure) {
        if (hasX()) {
            figure.zoomX(xLower, xUpper);
        }
        if (hasY()) {
            figure.zoomY(yLower, yUpper);
        }
    }

    private static boolean valid(double lower, double upper) {
        return Double.isNaN(lower) && Double.isNaN(upper) || Double.isFinite(lower) && Double.isFinite(upper) && upper > lower;
    }
}
