package org.scalingworkbench.ui.theme;

import org.scalingworkbench.figure.FigureTheme;

/** The window's look: modena as it is (light) or modena under dark.css, each with its chart theme. */
public enum WindowTheme {
    LIGHT("Light", null),
    DARK("Dark", "dark.css");

    private final String label;
    private final String stylesheet;

    WindowTheme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The menu label. */
    public String label() {
        return label;
    }

    /** The chart's theme: screen-sized type in this look's colours. */
    public FigureTheme figureTheme() {
        return this == DARK ? FigureTheme.screenDark() : FigureTheme.screen();
    }

    /** The stylesheet's URL to add over modena, or null for none. */
    public String stylesheetUrl() {
        return stylesheet == null ? null : WindowTheme.class.getResource(stylesheet).toExternalForm();
    }
}
