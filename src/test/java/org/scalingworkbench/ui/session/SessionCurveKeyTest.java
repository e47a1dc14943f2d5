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
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.ui.fit.HoldOutChoice;

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
    void aPerCurveHoldOutIsSavedInItsCommandLineFormAndComesBack() throws Exception {
        TestWindow first = window();
        first.load(file);
        first.fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        first.fits.curveKey().setAll("Task");
        assertThat(first.session.capture(dir).holdOut()).as("10-point curves keep 8 to fit").isEqualTo("last:2");
        first.fits.holdOut().percentProperty().set(40);
        first.fits.holdOut().formProperty().set(HoldOutChoice.Form.UP_TO);
        first.fits.fit();
        assertThat(first.session.capture(dir).holdOut()).isEqualTo("upto:40%");
        first.dialogs.sessionToSave = dir.resolve("upto");
        first.session.saveAs();

        TestWindow second = window();
        second.session.open(dir.resolve("upto.swb.json"));
        assertThat(second.fits.currentRequest().holdOut()).isEqualTo(new HoldOutSplit.UpTo(40));
        assertThat(second.fits.holdOut().formProperty().get()).isEqualTo(HoldOutChoice.Form.UP_TO);
        assertThat(second.fits.curves()).allMatch(r -> r.fitted() && r.fit().board().split().equals("upto:40%"));
    }

    @Test
    void aSessionWithACurveKeyAndACutOffStillHoldsOutByTheCutOff() throws Exception {
        TestWindow first = window();
        first.load(file);
        first.fits.curveKey().setAll("Task");
        first.fits.holdOut().formProperty().set(HoldOutChoice.Form.CUT_OFF);
        first.fits.chart().cutOffProperty().set(5e9);
        Session saved = first.session.capture(dir);
        assertThat(saved.holdOut()).isEqualTo("x>5.0E9");
        first.dialogs.sessionToSave = dir.resolve("cut");
        first.session.saveAs();

        TestWindow second = window();
        second.session.open(dir.resolve("cut.swb.json"));
        assertThat(second.fits.holdOut().formProperty().get()).isEqualTo(HoldOutChoice.Form.CUT_OFF);
        assertThat(second.fits.currentRequest().holdOut()).isEqualTo(new HoldOutSplit.CutOff(5e9));
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
