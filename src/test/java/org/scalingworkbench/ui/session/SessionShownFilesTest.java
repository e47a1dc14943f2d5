package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.session.DataSource;
import org.scalingworkbench.session.ExcludedPoint;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.ui.sweep.ShownFiles;

/** Several files on one chart: a session keeps which ones, and each file's exclusions as rows of its own. */
class SessionShownFilesTest {

    @TempDir
    Path dir;

    private Preferences prefs;

    @BeforeEach
    void prefs() {
        prefs = Preferences.userRoot().node("scalingworkbench-shown-test-" + System.nanoTime());
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void twoFilesOnTheChartComeBackTogetherWithTheirOwnExclusionsAndTheThirdOffTheChart() throws Exception {
        TestWindow first = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
        first.load(SweepFiles.write(dir.resolve("c.csv"), "tokens", 6));
        first.load(SweepFiles.write(dir.resolve("a.csv"), "tokens", 10), SweepFiles.write(dir.resolve("b.csv"), "tokens", 12));
        first.fits.xColumnProperty().set("params");
        first.fits.yColumnProperty().set("loss");
        ShownFiles shown = first.sweeps.chartedProperty().get();
        assertThat(shown.files()).extracting(f -> f.sweep().sourceName()).containsExactly("a.csv", "b.csv");
        Curve curve = first.fits.chart().curveProperty().get();
        assertThat(curve.size()).isEqualTo(22);
        int inA = pointOfRow(curve, shown.unionRow(shown.files().get(0), 3));
        int inB = pointOfRow(curve, shown.unionRow(shown.files().get(1), 7));
        first.fits.chart().toggle(inA);
        first.fits.chart().toggle(inB);
        assertThat(first.fits.history().undoLabelProperty().get()).isEqualTo("Undo exclude b.csv line 9");
        assertThat(first.fits.chart().describe(inA)).startsWith("a.csv line 5: params = ");

        Session saved = first.session.capture(dir);
        assertThat(saved.sources()).extracting(DataSource::shown).containsExactly(false, true, true);
        assertThat(saved.sources().get(1).excluded()).containsExactly(new ExcludedPoint(3, 5));
        assertThat(saved.sources().get(2).excluded()).containsExactly(new ExcludedPoint(7, 9));
        first.dialogs.sessionToSave = dir.resolve("two");
        first.session.saveAs();

        TestWindow second = new TestWindow(dir.resolve("recovery2"), new FakeDialogs(), prefs);
        second.session.open(dir.resolve("two.swb.json"));
        assertThat(second.sweeps.files()).extracting(f -> f.sweep().sourceName()).containsExactly("c.csv", "a.csv", "b.csv");
        assertThat(second.sweeps.shown()).extracting(f -> f.sweep().sourceName()).containsExactly("a.csv", "b.csv");
        assertThat(second.fits.chart().excludedRows()).containsExactlyElementsOf(first.fits.chart().excludedRows());
        assertThat(second.session.capture(dir)).isEqualTo(saved);
    }

    @Test
    void tickingOrUntickingAnotherFileKeepsThePointsLeftOutOfTheFilesStillShown() throws Exception {
        TestWindow w = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
        w.load(SweepFiles.write(dir.resolve("a.csv"), "tokens", 10), SweepFiles.write(dir.resolve("b.csv"), "tokens", 12));
        ShownFiles both = w.sweeps.chartedProperty().get();
        var a = both.files().get(0);
        var b = both.files().get(1);
        w.fits.chart().toggle(pointOfRow(w.fits.chart().curveProperty().get(), both.unionRow(a, 3)));
        w.fits.chart().toggle(pointOfRow(w.fits.chart().curveProperty().get(), both.unionRow(b, 7)));

        w.sweeps.setShown(a, false);
        assertThat(w.fits.chart().excludedRows()).as("b alone: its own row 7").containsExactly(7);
        w.sweeps.setShown(a, true);
        ShownFiles again = w.sweeps.chartedProperty().get();
        assertThat(w.fits.chart().excludedRows()).containsExactly(again.unionRow(b, 7));
    }

    private static int pointOfRow(Curve curve, int row) {
        for (int k = 0; k < curve.size(); k++) {
            if (curve.rowAt(k) == row) {
                return k;
            }
        }
        throw new AssertionError("row " + row + " is not on the chart");
    }

    @Test
    void noFileOnTheChartIsSavedAsSuch() throws Exception {
        TestWindow w = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
        w.load(SweepFiles.write(dir.resolve("a.csv"), "tokens", 4));
        w.sweeps.setShown(w.sweeps.files().get(0), false);
        assertThat(w.fits.chart().curveProperty().get()).isNull();
        assertThat(w.session.capture(dir).sources()).extracting(DataSource::shown).containsExactly(false);
        assertThat(List.of(w.session.capture(dir).sources().get(0).excluded())).containsExactly(List.of());
    }
}
