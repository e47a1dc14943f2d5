package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.session.FileDigest;
import org.scalingworkbench.ui.common.DialogService.SourceChoice;

/** Opening a session whose data file moved or changed, or a session that cannot be read. */
class SessionSourcesTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private Path data;
    private Path saved;

    @BeforeEach
    void saveASession() throws Exception {
        prefs = Preferences.userRoot().node("scalingworkbench-sources-test-" + System.nanoTime());
        data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 16);
        TestWindow w = window();
        w.load(data);
        w.fits.chart().toggle(3);
        w.session.embedDataProperty().set(true);
        w.dialogs.sessionToSave = dir.resolve("s.swb.json");
        w.session.saveAs();
        saved = dir.resolve("s.swb.json");
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void twoFilesOfTheSameNameInTwoFoldersAreSavedEachWithTheDigestOfItsOwnBytes() throws Exception {
        Path one = SweepFiles.write(Files.createDirectories(dir.resolve("one")).resolve("runs.csv"), "flops", 10);
        Path two = SweepFiles.write(Files.createDirectories(dir.resolve("two")).resolve("runs.csv"), "tokens", 12);
        TestWindow w = window();
        w.load(one, two);
        org.scalingworkbench.session.Session session = w.session.capture(dir);
        assertThat(session.sources()).extracting(d -> d.path()).containsExactly(
                Path.of("one", "runs.csv").toString(), Path.of("two", "runs.csv").toString());
        assertThat(session.sources()).extracting(d -> d.sha256()).containsExactly(FileDigest.sha256(one), FileDigest.sha256(two));
        assertThat(FileDigest.sha256(one)).isNotEqualTo(FileDigest.sha256(two));
    }

    @Test
    void aFileEditedAfterLoadingIsSavedWithTheDigestOfTheDataLoadedSaidOnSavingAndAskedAboutOnOpening() throws Exception {
        Path file = SweepFiles.write(dir.resolve("edited.csv"), "flops", 16);
        String loaded = FileDigest.sha256(file);
        TestWindow first = window();
        first.load(file);
        Files.writeString(file, "1e11,2e12,2.01\n", StandardOpenOption.APPEND);
        first.dialogs.sessionToSave = dir.resolve("edited.swb.json");
        first.session.saveAs();
        assertThat(first.session.messageProperty().get()).startsWith("Saved edited.swb.json; edited.csv changed on disk since loaded");
        assertThat(first.session.capture(dir).sources().get(0).sha256()).isEqualTo(loaded);

        TestWindow second = window();
        second.session.open(dir.resolve("edited.swb.json"));
        assertThat(second.dialogs.asked).anyMatch(q -> q.startsWith("source Data file edited.csv changed"));
        assertThat(second.sweeps.files()).isEmpty();
    }

    @Test
    void movedFileIsReportedAndReadFromWhereTheUserLocatesIt() throws Exception {
        Path moved = Files.move(data, Files.createDirectories(dir.resolve("elsewhere")).resolve("runs.csv"));
        TestWindow w = window();
        w.dialogs.sourceChoices.add(SourceChoice.LOCATE);
        w.dialogs.located = moved;
        w.session.open(saved);
        assertThat(w.dialogs.asked).anyMatch(q -> q.startsWith("source Data file runs.csv was moved or deleted") && q.endsWith("[embedded]"));
        assertThat(w.sweeps.files()).hasSize(1);
        assertThat(w.paths.originOf(w.sweeps.files().get(0)).orElseThrow().path()).isEqualTo(moved.toAbsolutePath());
        assertThat(w.fits.chart().excludedRows()).containsExactly(3);
        assertThat(w.session.messageProperty().get()).contains("runs.csv read from " + moved);
    }

    @Test
    void changedFileIsReportedAndTheEmbeddedCopyGivesTheDataAsSaved() throws Exception {
        Files.writeString(data, "1e11,2e12,2.01\n", StandardOpenOption.APPEND);
        TestWindow w = window();
        w.dialogs.sourceChoices.add(SourceChoice.USE_EMBEDDED);
        w.session.open(saved);
        assertThat(w.dialogs.asked).anyMatch(q -> q.contains("changed: it is not the data the session was made from"));
        assertThat(w.sweeps.files().get(0).sweep().rowCount()).isEqualTo(16);
        assertThat(w.fits.chart().excludedRows()).containsExactly(3);
        assertThat(w.session.messageProperty().get()).contains("read from the copy in the session");
    }

    @Test
    void cancellingOverAMissingFileLeavesTheWindowAsItWas() throws Exception {
        Files.delete(data);
        TestWindow w = window();
        Path other = SweepFiles.write(dir.resolve("other.csv"), "tokens", 12);
        w.load(other);
        w.session.open(saved);
        assertThat(w.sweeps.files()).hasSize(1);
        assertThat(w.sweeps.files().get(0).sweep().sourceName()).isEqualTo("other.csv");
        assertThat(w.session.messageProperty().get()).contains("cancelled; nothing changed");
    }

    @Test
    void newerVersionAndCorruptedSessionsAreRefusedWithTheCodecsMessageAndNothingIsLost() throws Exception {
        String json = Files.readString(saved);
        Path newer = Files.writeString(dir.resolve("newer.swb.json"), json.replace("\"version\" : 2", "\"version\" : 7"));
        Path cut = Files.writeString(dir.resolve("cut.swb.json"), json.substring(0, json.length() / 2));
        TestWindow w = window();
        Path other = SweepFiles.write(dir.resolve("other.csv"), "tokens", 12);
        w.load(other);
        w.session.open(newer);
        w.session.open(cut);
        assertThat(w.dialogs.errors).hasSize(2);
        assertThat(w.dialogs.errors.get(0)).contains("newer Scaling Workbench (version 7)");
        assertThat(w.dialogs.errors.get(1)).startsWith("Cannot open cut.swb.json: cut.swb.json, line ");
        assertThat(w.sweeps.files()).extracting(f -> f.sweep().sourceName()).containsExactly("other.csv");
        assertThat(w.session.fileProperty().get()).isNull();
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }
}
