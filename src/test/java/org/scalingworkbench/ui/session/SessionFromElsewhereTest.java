package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session not saved or opened on this machine before (a colleague's, a download) shows the data
 * paths it will read before any is read; one saved here opens without asking.
 */
class SessionFromElsewhereTest {

    @TempDir
    Path dir;

    private Preferences here;
    private Preferences elsewhere;
    private Path data;
    private Path saved;

    @BeforeEach
    void saveASessionHere() throws Exception {
        here = Preferences.userRoot().node("scalingworkbench-elsewhere-test-" + System.nanoTime());
        elsewhere = Preferences.userRoot().node("scalingworkbench-elsewhere-test-other-" + System.nanoTime());
        data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 16);
        TestWindow w = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), here);
        w.load(data);
        w.fits.chart().toggle(3);
        w.dialogs.sessionToSave = dir.resolve("s.swb.json");
        w.session.saveAs();
        saved = dir.resolve("s.swb.json");
    }

    @AfterEach
    void forget() throws Exception {
        here.removeNode();
        elsewhere.removeNode();
    }

    @Test
    void aSessionSavedHereOpensWithoutAskingAboutItsPaths() throws Exception {
        TestWindow w = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), here);
        w.session.open(saved);
        assertThat(w.dialogs.asked).noneMatch(q -> q.startsWith("read "));
        assertThat(w.sweeps.files()).hasSize(1);
    }

    @Test
    void aSessionFromElsewhereShowsThePathsItWillReadAndReadsThemWhenTheUserAgrees() throws Exception {
        TestWindow w = new TestWindow(dir.resolve("recovery-2"), new FakeDialogs(), elsewhere);
        w.session.open(saved);
        assertThat(w.dialogs.asked).contains("read s.swb.json [" + data.toAbsolutePath().normalize() + "]");
        assertThat(w.sweeps.files()).hasSize(1);
        assertThat(w.fits.chart().excludedRows()).containsExactly(3);

        TestWindow again = new TestWindow(dir.resolve("recovery-2"), new FakeDialogs(), elsewhere);
        again.session.open(saved);
        assertThat(again.dialogs.asked).as("opened here once, it is known").noneMatch(q -> q.startsWith("read "));
    }

    @Test
    void refusingToReadThePathsLeavesTheWindowAsItWasAndReadsNothing() throws Exception {
        TestWindow w = new TestWindow(dir.resolve("recovery-2"), new FakeDialogs(), elsewhere);
        Path other = SweepFiles.write(dir.resolve("other.csv"), "tokens", 12);
        w.load(other);
        w.dialogs.readFromElsewhere = false;
        w.session.open(saved);
        assertThat(w.sweeps.files()).extracting(f -> f.sweep().sourceName()).containsExactly("other.csv");
        assertThat(w.session.messageProperty().get()).contains("cancelled; nothing changed");
    }

    @Test
    void aSessionFromElsewhereThatReadsOnlyItsEmbeddedCopiesAsksNothing() throws Exception {
        TestWindow maker = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), here);
        maker.load(data);
        maker.session.embedDataProperty().set(true);
        maker.dialogs.sessionToSave = dir.resolve("embedded.swb.json");
        maker.session.saveAs();
        Files.delete(data);

        TestWindow w = new TestWindow(dir.resolve("recovery-2"), new FakeDialogs(), elsewhere);
        w.dialogs.sourceChoices.add(org.scalingworkbench.ui.common.DialogService.SourceChoice.USE_EMBEDDED);
        w.session.open(dir.resolve("embedded.swb.json"));
        assertThat(w.dialogs.asked).noneMatch(q -> q.startsWith("read "));
        assertThat(w.sweeps.files()).hasSize(1);
    }
}
