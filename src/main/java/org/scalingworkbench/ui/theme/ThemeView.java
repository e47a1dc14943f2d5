package org.scalingworkbench.ui.theme;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.scalingworkbench.figure.FigureTheme;

/**
 * Puts the chosen {@link WindowTheme} on screen: its stylesheet on the scenes (the window's and
 * its dialogs'), its figure theme on the chart, and a View &gt; Theme menu to choose it.
 */
public final class ThemeView {

    private final ThemeViewModel model;

    public ThemeView(ThemeViewModel model) {
        this.model = model;
    }

    /** Keeps {@code scene}'s stylesheet in step with the theme, now and on every change. */
    public void style(Scene scene) {
        apply(scene, null, model.getTheme());
        model.themeProperty().addListener((o, old, now) -> apply(scene, old, now));
    }

    /** Keeps {@code chartTheme} at the theme's figure theme. */
    public void style(ObjectProperty<FigureTheme> chartTheme) {
        chartTheme.set(model.getTheme().figureTheme());
        model.themeProperty().addListener((o, old, now) -> chartTheme.set(now.figureTheme()));
    }

    /** View &gt; Theme: one radio item per theme. */
    public Menu menu() {
        Menu menu = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (WindowTheme t : WindowTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == model.getTheme());
            item.setOnAction(e -> model.setTheme(t));
            menu.getItems().add(item);
        }
        model.themeProperty().addListener((o, old, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
        return menu;
    }

    private static void apply(Scene scene, WindowTheme old, WindowTheme now) {
        if (old != null && old.stylesheetUrl() != null) {
            scene.getStylesheets().remove(old.stylesheetUrl());
        }
        if (now.stylesheetUrl() != null) {
            scene.getStylesheets().add(now.stylesheetUrl());
        }
    }
}
