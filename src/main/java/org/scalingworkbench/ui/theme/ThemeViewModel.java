package org.scalingworkbench.ui.theme;

import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The chosen window theme, remembered in the preferences under {@value #KEY}. */
public final class ThemeViewModel {

    /** Preference key holding the theme's name. */
    public static final String KEY = "window.theme";

    private final ObjectProperty<WindowTheme> theme = new SimpleObjectProperty<>();

    /** Starts with the remembered theme (light the first time) and remembers every change. */
    public ThemeViewModel(Preferences prefs) {
        theme.set(parse(prefs.get(KEY, WindowTheme.LIGHT.name())));
        theme.addListener((o, old, now) -> prefs.put(KEY, now.name()));
    }

    private static WindowTheme parse(String name) {
        try {
            return WindowTheme.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return WindowTheme.LIGHT;
        }
    }

    public WindowTheme getTheme() {
        return theme.get();
    }

    public void setTheme(WindowTheme value) {
        theme.set(value);
    }

    public ObjectProperty<WindowTheme> themeProperty() {
        return theme;
    }
}
