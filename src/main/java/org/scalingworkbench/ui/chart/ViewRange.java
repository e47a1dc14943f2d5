package org.scalingworkbench.ui.chart;

import org.scalingworkbench.figure.PlotZoom;

/**
 * The x and y ranges the user zoomed to, in data units, kept across figure rebuilds; an unset
 * range shows everything on that axis.
 */
final class ViewRange {

    private double[] x;
    private double[] y;

    /** Zooms x to [lo, hi] in either order; an empty or non-finite range is ignored. */
    void setX(double lo, double hi) {
        double[] r = ordered(lo, hi);
        x = r == null ? x : r;
    }

    /** Zooms y to [lo, hi] in either order; an empty or non-finite range is ignored. */
    void setY(double lo, double hi) {
        double[] r = ordered(lo, hi);
        y = r == null ? y : r;
    }

    /** The x range zoomed to, {lower, upper}, or null when x shows everything. */
    double[] x() {
        return x == null ? null : x.clone();
    }

    /** Whether the user zoomed y. */
    boolean hasY() {
        return y != null;
    }

    /** The zoom to give an export, or null when the user zoomed neither axis. */
    PlotZoom zoom() {
        if (x == null && y == null) {
            return null;
        }
        double nan = Double.NaN;
        return new PlotZoom(x == null ? nan : x[0], x == null ? nan : x[1], y == null ? nan : y[0], y == null ? nan : y[1]);
    }

    void reset() {
        x = null;
        y = null;
    }

    /** Applies the ranges that are set to {@code figure}. */
    void applyTo(org.scalingworkbench.figure.Figure figure) {
        if (x != null) {
            figure.zoomX(x[0], x[1]);
        }
        if (y != null) {
            figure.zoomY(y[0], y[1]);
        }
    }

    /** {lower, upper}, or null when the two are equal or not finite (nothing to zoom to). */
    private static double[] ordered(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return Double.isFinite(lo) && Double.isFinite(hi) && hi > lo ? new double[] {lo, hi} : null;
    }
}
