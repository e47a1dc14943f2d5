package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.figure.FigureTheme;

/** A session saved with the window's own chart theme (light or dark) opens with that theme and no complaint. */
class SessionScreenThemeTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-screen-theme-test-" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theLightAndDarkWindowThemesSavedInASessionAreRestored() throws Exception {
        Path data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 12);
        for (FigureTheme saved : new FigureTheme[] {FigureTheme.screen(), FigureTheme.screenDark()}) {
            TestWindow first = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
            first.load(data);
            first.theme.set(saved);
            first.dialogs.sessionToSave = dir.resolve(saved.name() + ".swb.json");
            first.session.saveAs();

            TestWindow second = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
            second.session.open(dir.resolve(saved.name() + ".swb.json"));
            assertThat(second.session.messageProperty().get()).doesNotContain("unknown");
            assertThat(second.theme.get().name()).isEqualTo(saved.name());
        }
    }
}
