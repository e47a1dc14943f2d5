package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.session.FileDigest;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.ui.common.DialogService.SourceChoice;

/** Opening a session from its embedded copy: the copy is checked against its digest, and odd stored paths still restore. */
class EmbeddedCopyCheckTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private Path data;
    private String savedJson;

    @BeforeEach
    void saveASessionWithItsDataEmbedded() throws Exception {
        prefs = Preferences.userRoot().node("scalingworkbench-embedded-test-" + System.nanoTime());
        data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 16);
        TestWindow w = window();
        w.load(data);
        w.session.embedDataProperty().set(true);
        w.dialogs.sessionToSave = dir.resolve("s.swb.json");
        w.session.saveAs();
        savedJson = Files.readString(dir.resolve("s.swb.json"));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aCopyThatIsNotTheSavedDataIsSaidSoAndTheReportNamesTheDigestOfTheBytesUsed() throws Exception {
        String stored = FileDigest.sha256(data);
        Files.delete(data);
        Path edited = Files.writeString(dir.resolve("edited.swb.json"), savedJson.replace("loss\\n1000000.0,", "loss\\n1000001.0,"));
        String copy = new SessionCodec().read(Files.readAllBytes(edited), "edited").sources().get(0).embedded().csv();
        TestWindow w = window();
        w.dialogs.sourceChoices.add(SourceChoice.USE_EMBEDDED);
        w.session.open(edited);
        assertThat(w.dialogs.errors).isEmpty();
        assertThat(w.session.messageProperty().get())
                .contains("the copy of runs.csv in the session is not the data the session was made from");
        DataSource reported = w.paths.reportSource(w.sweeps.files().get(0).sweep(), w.sweeps.files());
        assertThat(reported.sha256()).isEqualTo(FileDigest.sha256(copy.getBytes(StandardCharsets.UTF_8))).isNotEqualTo(stored);
    }

    @Test
    void aCopyThatIsTheSavedDataIsUsedWithoutAWarning() throws Exception {
        String stored = FileDigest.sha256(data);
        Files.delete(data);
        TestWindow w = window();
        w.dialogs.sourceChoices.add(SourceChoice.USE_EMBEDDED);
        w.session.open(dir.resolve("s.swb.json"));
        assertThat(w.session.messageProperty().get()).contains("read from the copy in the session").doesNotContain("not the data");
        assertThat(w.paths.reportSource(w.sweeps.files().get(0).sweep(), w.sweeps.files()).sha256()).isEqualTo(stored);
    }

    @Test
    void aSessionWhoseDataPathIsTheRootIsRestoredFromItsEmbeddedCopy() throws Exception {
        assertThat(savedJson).contains("\"path\" : \"runs.csv\"");
        Path root = Files.writeString(dir.resolve("root.swb.json"), savedJson.replace("\"path\" : \"runs.csv\"", "\"path\" : \"/\""));
        TestWindow w = window();
        w.dialogs.sourceChoices.add(SourceChoice.USE_EMBEDDED);
        w.session.open(root);
        assertThat(w.dialogs.errors).isEmpty();
        assertThat(w.sweeps.files()).hasSize(1);
        assertThat(w.sweeps.files().get(0).sweep().rowCount()).isEqualTo(16);
        assertThat(w.paths.reportSource(w.sweeps.files().get(0).sweep(), w.sweeps.files()).name()).isEqualTo(Path.of("/").toAbsolutePath().toString());
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }
}
