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
import org.scalingworkbench.session.Session;
import org.scalingworkbench.session.SessionCodec;

/** The "curves by" columns are saved with the session and picked again, every curve refitted, when it is opened. */
class SessionCurveKeyTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private Path file;

    @BeforeEach
    void twoTasks() throws Exception {
        prefs = Preferences.userRoot().node("scalingworkbench-curve-key-test-" + System.nanoTime());
        StringBuilder csv = new StringBuilder("Task,params,loss\n");
        for (String task : new String[] {"arc", "mmlu"}) {
            double e = task.equals("arc") ? 2.0 : 1.5;
            for (int i = 0; i < 10; i++) {
                double n = 1e6 * Math.pow(3, i);
                csv.append(task).append(',').append(n).append(',').append(e + 40 * Math.pow(n, -0.3)).append('\n');
            }
        }
        file = Files.writeString(dir.resolve("tasks.csv"), csv.toString());
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }

    @Test
    void theCurveKeyComesBackWhenTheSessionIsOpenedAndEveryCurveIsRefitted() throws Exception {
        TestWindow first = window();
        first.load(file);
        first.fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        first.fits.curveKey().setAll("Task");
        first.fits.fit();
        Session before = first.session.capture(dir);
        assertThat(before.curveKey()).containsExactly("Task");
        assertThat(new SessionCodec().read(new SessionCodec().write(before), "round-trip").curveKey()).containsExactly("Task");
        first.dialogs.sessionToSave = dir.resolve("keyed");
        first.session.saveAs();

        TestWindow second = window();
        second.session.open(dir.resolve("keyed.swb.json"));
        assertThat(second.fits.curveKey()).containsExactly("Task");
        assertThat(second.fits.curves()).extracting(r -> r.name()).containsExactly("Task = arc", "Task = mmlu");
        assertThat(second.fits.curves()).allMatch(r -> r.fitted());
        assertThat(second.session.dirtyProperty().get()).isFalse();
    }

    @Test
    void aSessionOfOneCurveIsWrittenWithoutACurveKey() throws Exception {
        TestWindow w = window();
        w.load(file);
        Session one = w.session.capture(dir);
        assertThat(one.curveKey()).isEmpty();
        assertThat(new String(new SessionCodec().write(one), StandardCharsets.UTF_8)).doesNotContain("curveKey");
    }
}
