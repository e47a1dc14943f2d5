package org.scalingworkbench.figure;

/** What a plotted run is to the fit: fitted (filled), held out for testing (hollow) or excluded (grey). */
public enum PointState {
    FITTED, HELD_OUT, EXCLUDED,
    /** A point of another curve than the one shown with its fit (the window's curve chooser): drawn dimmed. */
    OTHER_CURVE;

    /** Whether the point is drawn dimmed, in the theme's colour for points left out of the fit. */
    public boolean dimmed() {
        return this == EXCLUDED || this == OTHER_CURVE;
    }
}
