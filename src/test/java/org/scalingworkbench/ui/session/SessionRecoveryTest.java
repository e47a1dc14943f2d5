package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.ui.common.DialogService.UnsavedChoice;

/** Autosave to the recovery file, the offer to restore it at the next start, and quitting. */
class SessionRecoveryTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private Path data;

    @BeforeEach
    void setUp() throws Exception {
        prefs = Preferences.userRoot().node("scalingworkbench-recovery-test-" + System.nanoTime());
        data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 16);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void fitAutosavesAnUntitledSessionAndTheNextStartOffersToRestoreIt() throws Exception {
        TestWindow crashed = window();
        crashed.load(data);
        crashed.fits.chart().toggle(4);
        crashed.fits.fit();
        assertThat(recoveries()).hasSize(1);

        TestWindow next = window();
        next.dialogs.restore = true;
        assertThat(next.session.offerRecovery()).isTrue();
        assertThat(next.dialogs.asked.get(0)).startsWith("recovery Scaling Workbench did not quit cleanly").contains("an untitled session");
        assertThat(next.fits.chart().excludedRows()).containsExactly(4);
        assertThat(next.fits.results()).isEqualTo(crashed.fits.results());
        assertThat(next.session.dirtyProperty().get()).isTrue();
        assertThat(next.session.titleProperty().get()).startsWith("*Untitled");
    }

    @Test
    void recoveryOfASavedSessionIsOfferedOnlyWhenNewerAndDecliningDeletesIt() throws Exception {
        TestWindow first = window();
        first.load(data);
        first.dialogs.sessionToSave = dir.resolve("s.swb.json");
        first.session.save();
        assertThat(window().session.offerRecovery()).isFalse();

        first.fits.chart().toggle(2);
        first.session.autosave();
        assertThat(recoveries()).hasSize(1);
        TestWindow next = window();
        assertThat(next.session.offerRecovery()).isFalse();
        assertThat(next.dialogs.asked).anyMatch(q -> q.contains("Unsaved work on s.swb.json"));
        assertThat(recoveries()).isEmpty();
    }

    @Test
    void autosaveWritesOnlyWhenSomethingChangedSinceTheLastWrite() throws Exception {
        TestWindow w = window();
        w.session.autosave();
        assertThat(recoveries()).isEmpty();
        w.load(data);
        w.session.autosave();
        Path recovery = recoveries()[0];
        Files.delete(recovery);
        w.session.autosave();
        assertThat(recoveries()).isEmpty();
    }

    @Test
    void quitAsksAboutUnsavedChangesAndACleanQuitDeletesTheRecovery() throws Exception {
        TestWindow w = window();
        assertThat(w.session.requestClose(() -> { })).isTrue();
        w.load(data);
        w.session.autosave();
        w.dialogs.unsaved = UnsavedChoice.CANCEL;
        assertThat(w.session.requestClose(() -> { })).isFalse();
        assertThat(recoveries()).hasSize(1);

        w.dialogs.unsaved = UnsavedChoice.SAVE;
        w.dialogs.sessionToSave = dir.resolve("kept.swb.json");
        boolean[] closed = {false};
        assertThat(w.session.requestClose(() -> closed[0] = true)).isFalse();
        assertThat(closed[0]).isTrue();
        assertThat(dir.resolve("kept.swb.json")).exists();
        assertThat(recoveries()).isEmpty();

        w.fits.chart().toggle(1);
        w.session.autosave();
        w.dialogs.unsaved = UnsavedChoice.DISCARD;
        assertThat(w.session.requestClose(() -> { })).isTrue();
        assertThat(recoveries()).isEmpty();
        assertThat(window().session.offerRecovery()).isFalse();
    }

    private Path[] recoveries() throws Exception {
        Path folder = dir.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return new Path[0];
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toArray(Path[]::new);
        }
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }
}
