package org.scalingworkbench.ui.session;

import java.util.Optional;

/** The chart's visible x range, read and set by sessions (the chart view implements it). */
public interface ViewPort {

    /** The x range in view {lower, upper} in the x column's units; empty before a curve is shown. */
    Optional<double[]> viewX();

    /** Shows the x range [lower, upper]; ignored before a curve is shown. */
    void showX(double lower, double upper);
}
