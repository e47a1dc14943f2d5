package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a window opens by itself are not a change; what the user does with them is. */
class UnsavedChangesTest {

    private static final Path SAMPLE = Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private Preferences prefs;

    @BeforeEach
    void prefs() {
        prefs = Preferences.userRoot().node("scalingworkbench-unsaved-test-" + System.nanoTime());
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aWindowShowingOnlyTheSampleItOpenedAtStartQuitsWithoutAQuestion() {
        TestWindow w = window();
        w.session.openAtStart(List.of(SAMPLE), w::loadAll);
        assertThat(w.sweeps.files()).hasSize(1);
        assertThat(w.fits.chart().curveProperty().get()).isNotNull();
        assertThat(w.session.dirtyProperty().get()).isFalse();
        assertThat(w.session.titleProperty().get()).isEqualTo("Untitled.swb.json — Scaling Workbench");
        assertThat(w.session.requestClose(() -> { })).isTrue();
        assertThat(w.dialogs.asked).isEmpty();
    }

    @Test
    void excludingAPointTickingALawOrFittingAfterwardsIsAChange() {
        TestWindow excluded = startedWithSample();
        excluded.fits.chart().toggle(0);
        assertThat(excluded.session.dirtyProperty().get()).isTrue();

        TestWindow ticked = startedWithSample();
        ticked.fits.laws().get(0).selectedProperty().set(!ticked.fits.laws().get(0).selectedProperty().get());
        assertThat(ticked.session.dirtyProperty().get()).isTrue();
        assertThat(ticked.session.requestClose(() -> { })).isFalse();
        assertThat(ticked.dialogs.asked).containsExactly("unsaved Untitled.swb.json");

        TestWindow fitted = startedWithSample();
        fitted.fits.fit();
        assertThat(fitted.fits.chart().boardProperty().get()).isNotNull();
        assertThat(fitted.session.dirtyProperty().get()).isTrue();
    }

    @Test
    void aStartFileThatFailsToLoadLeavesTheWindowChangedAndALaterFileIsAChange() throws Exception {
        Path good = SweepFiles.write(dir.resolve("good.csv"), "flops", 8);
        TestWindow w = window();
        w.session.openAtStart(List.of(good, dir.resolve("missing.csv")), w::loadAll);
        assertThat(w.sweeps.errorProperty().get()).isNotEmpty();
        assertThat(w.session.dirtyProperty().get()).isTrue();
        w.dialogs.sessionToSave = dir.resolve("s.swb.json");
        w.session.save();
        w.load(SAMPLE);
        assertThat(w.session.dirtyProperty().get()).isTrue();
    }

    private TestWindow startedWithSample() {
        TestWindow w = window();
        w.session.openAtStart(List.of(SAMPLE), w::loadAll);
        assertThat(w.session.dirtyProperty().get()).isFalse();
        return w;
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }
}
