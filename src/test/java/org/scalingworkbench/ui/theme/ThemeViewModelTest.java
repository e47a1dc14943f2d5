package org.scalingworkbench.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeViewModelTest {

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-theme-test");

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void lightFirstThenTheLastChoiceIsRemembered() {
        ThemeViewModel first = new ThemeViewModel(prefs);
        assertThat(first.getTheme()).isEqualTo(WindowTheme.LIGHT);
        first.setTheme(WindowTheme.DARK);
        assertThat(new ThemeViewModel(prefs).getTheme()).isEqualTo(WindowTheme.DARK);
    }

    @Test
    void anUnknownRememberedNameFallsBackToLight() {
        prefs.put(ThemeViewModel.KEY, "SEPIA");
        assertThat(new ThemeViewModel(prefs).getTheme()).isEqualTo(WindowTheme.LIGHT);
    }

    @Test
    void eachThemeDrawsTheChartAtScreenSizeInItsColours() {
        assertThat(WindowTheme.LIGHT.figureTheme().name()).isEqualTo("screen");
        assertThat(WindowTheme.DARK.figureTheme().name()).isEqualTo("screen-dark");
        assertThat(WindowTheme.LIGHT.stylesheetUrl()).isNull();
        assertThat(WindowTheme.DARK.stylesheetUrl()).endsWith("/dark.css");
    }
}
