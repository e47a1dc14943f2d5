package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.fit.RestoredBoard;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.ui.HeldTaskRunner;
import org.scalingworkbench.ui.fit.LawSettings;
import org.scalingworkbench.ui.fit.ParameterSetting;

/** Window state → Session → JSON → Session → a fresh window: every field comes back. */
class SessionViewModelTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private Path a;
    private Path b;

    @BeforeEach
    void files() throws Exception {
        prefs = Preferences.userRoot().node("scalingworkbench-session-test-" + System.nanoTime());
        a = SweepFiles.write(dir.resolve("a.csv"), "tokens", 10);
        b = SweepFiles.write(dir.resolve("b.csv"), "flops", 16);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void savedWindowOpensIntoAFreshWindowWithEveryFieldAndTheResultsAsSavedWithoutRefitting() throws Exception {
        TestWindow first = shaped(0);
        Session before = first.session.capture(dir);
        assertThat(before.laws().get(0).settings().bounds().get("alpha").upper()).isEqualTo(0.9);
        assertThat(before.laws().get(1).settings().fixed()).containsEntry("E", 1.5);
        Session read = new SessionCodec().read(new SessionCodec().write(before), "round-trip");
        assertThat(read).isEqualTo(before);
        first.dialogs.sessionToSave = dir.resolve("work");
        first.session.saveAs();
        Path saved = dir.resolve("work.swb.json");
        assertThat(saved).exists();
        assertThat(first.session.titleProperty().get()).isEqualTo("work.swb.json — Scaling Workbench");

        TestWindow second = window();
        second.session.open(saved);
        assertThat(second.session.capture(dir)).isEqualTo(before);
        assertSameView(first, second);
        assertThat(second.fits.messageProperty().get()).contains("not refitted");
        assertThat(second.fits.chart().boardProperty().get().entries().get(0).aic())
                .isCloseTo(first.fits.chart().boardProperty().get().entries().get(0).aic(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(second.session.dirtyProperty().get()).isFalse();
    }

    @Test
    void resultsWithBootstrapIntervalsAreRefittedOnOpeningAndSaySo() throws Exception {
        TestWindow first = shaped(30);
        Session before = first.session.capture(dir);
        assertThat(before.laws().get(0).result().intervals()).isNotEmpty();
        first.dialogs.sessionToSave = dir.resolve("boot.swb.json");
        first.session.saveAs();

        TestWindow second = window();
        second.session.open(dir.resolve("boot.swb.json"));
        assertThat(second.session.messageProperty().get()).contains("refitting");
        assertThat(second.session.capture(dir)).isEqualTo(before);
        assertSameView(first, second);
    }

    @Test
    void aChinchillaFitOfTheIsoFlopSampleOpensAsSavedWithItsWarningsAndNothingIsFitted() throws Exception {
        TestWindow first = window();
        first.load(Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv").toAbsolutePath());
        first.fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("chinchilla")));
        first.fits.objectiveProperty().set(Objective.logHuber(Objective.DEFAULT_DELTA));
        double[] x = java.util.stream.IntStream.range(0, first.fits.chart().curveProperty().get().size())
                .mapToDouble(first.fits.chart().curveProperty().get()::xAt).sorted().toArray();
        first.fits.chart().cutOffProperty().set(x[x.length - 12]);
        LawSettings chinchilla = first.fits.parameters().editable().stream().filter(t -> t.law().id().equals("chinchilla")).findFirst().orElseThrow();
        first.fits.parameters().edit(chinchilla, chinchilla.row("alpha").orElseThrow(), ParameterSetting.Field.UPPER, "0.2");
        first.fits.fit();
        LeaderboardEntry fitted = first.fits.chart().boardProperty().get().entries().get(0);
        assertThat(fitted.fit().warnings()).extracting(w -> w.kind()).contains(FitWarning.Kind.AT_BOUND);
        assertThat(fitted.heldOut().rmsle()).isPositive();
        Session before = first.session.capture(dir);
        first.dialogs.sessionToSave = dir.resolve("iso.swb.json");
        first.session.saveAs();

        HeldTaskRunner fitRunner = new HeldTaskRunner();
        TestWindow second = new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs, fitRunner);
        second.session.open(dir.resolve("iso.swb.json"));
        assertThat(fitRunner.started()).isZero();
        LeaderboardEntry restored = second.fits.chart().boardProperty().get().entries().get(0);
        assertThat(restored.lawId()).isEqualTo("chinchilla");
        assertThat(restored.fit().values()).containsExactly(fitted.fit().values());
        assertThat(restored.heldOut().rmsle()).isCloseTo(fitted.heldOut().rmsle(), within(1e-12));
        assertThat(restored.train().rmsle()).isCloseTo(fitted.train().rmsle(), within(1e-12));
        assertThat(restored.aic()).isCloseTo(fitted.aic(), within(1e-9));
        assertThat(restored.bic()).isCloseTo(fitted.bic(), within(1e-9));
        assertThat(restored.status()).isEqualTo(FitStatus.WARNINGS);
        assertThat(restored.fit().warnings()).isEqualTo(fitted.fit().warnings());
        assertThat(restored.detail()).startsWith(fitted.detail()).endsWith(RestoredBoard.DETAIL);
        assertThat(second.session.messageProperty().get()).doesNotContain("refitting");
        assertThat(second.session.capture(dir)).isEqualTo(before);
        assertThat(second.session.dirtyProperty().get()).isFalse();
    }

    @Test
    void huberDeltaAndTargetOffsetSurviveASessionRoundTrip() throws Exception {
        TestWindow first = window();
        first.load(b);
        first.fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        Objective chosen = Objective.logHuber(0.01).withTargetOffset(1);
        first.fits.objectiveProperty().set(chosen);
        first.fits.bootstrapProperty().set(new Resampling(0, 7));
        first.dialogs.sessionToSave = dir.resolve("huber");
        first.session.saveAs();

        TestWindow second = window();
        second.session.open(dir.resolve("huber.swb.json"));
        assertThat(second.fits.objectiveProperty().get()).isEqualTo(chosen);
        assertThat(second.fits.currentRequest().objective()).isEqualTo(chosen);
        assertThat(second.fits.objectives()).contains(chosen);
        assertThat(second.fits.bootstrapProperty().get().seed()).isEqualTo(7);
    }

    @Test
    void changesMarkTheTitleAndSavingClearsTheMark() {
        TestWindow w = window();
        assertThat(w.session.titleProperty().get()).isEqualTo("Untitled.swb.json — Scaling Workbench");
        w.load(b);
        assertThat(w.session.titleProperty().get()).isEqualTo("*Untitled.swb.json — Scaling Workbench");
        w.dialogs.sessionToSave = dir.resolve("t.swb.json");
        w.session.save();
        assertThat(w.session.dirtyProperty().get()).isFalse();
        w.fits.chart().toggle(2);
        assertThat(w.session.titleProperty().get()).startsWith("*t.swb.json");
    }

    /** A window with both files shown together (opened at once), roles changed in each, exclusions, a cut-off, two laws fitted, dark theme, zoomed. */
    private TestWindow shaped(int resamples) {
        TestWindow w = window();
        w.load(a, b);
        ImportedSweep first = w.sweeps.files().get(0);
        w.sweeps.selectedProperty().set(first);
        w.sweeps.changeRole("tokens", ColumnRole.OTHER);
        w.sweeps.selectedProperty().set(w.sweeps.files().get(1));
        w.sweeps.changeRole("flops", ColumnRole.OTHER);
        w.fits.xColumnProperty().set("params");
        w.fits.yColumnProperty().set("loss");
        w.fits.chart().toggle(1);
        w.fits.chart().toggle(5);
        w.fits.chart().cutOffProperty().set(2e9);
        w.fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        w.fits.formulaProperty().set("E + A*x^(-a)");
        w.fits.objectiveProperty().set(Objective.logLeastSquares());
        w.fits.bootstrapProperty().set(Resampling.of(resamples));
        LawSettings plc = w.fits.parameters().editable().stream().filter(t -> t.law().id().equals("plc")).findFirst().orElseThrow();
        w.fits.parameters().edit(plc, plc.row("alpha").orElseThrow(), ParameterSetting.Field.UPPER, "0.9");
        LawSettings custom = w.fits.parameters().editable().stream().filter(t -> t.law().id().equals("custom")).findFirst().orElseThrow();
        w.fits.parameters().edit(custom, custom.row("E").orElseThrow(), ParameterSetting.Field.VALUE, "1.5");
        w.fits.parameters().setFixed(custom, custom.row("E").orElseThrow(), true);
        w.fits.fit();
        w.theme.set(FigureTheme.dark());
        w.view.showX(3e6, 5e9);
        w.session.embedDataProperty().set(true);
        return w;
    }

    private void assertSameView(TestWindow first, TestWindow second) {
        assertThat(second.sweeps.files()).hasSize(2);
        assertThat(second.sweeps.selectedProperty().get().sweep().sourceName()).isEqualTo("b.csv");
        assertThat(second.sweeps.files().get(0).sweep().column("tokens").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(second.sweeps.files().get(1).sweep().column("flops").orElseThrow().role()).isEqualTo(ColumnRole.OTHER);
        assertThat(second.fits.chart().excludedRows()).isEqualTo(first.fits.chart().excludedRows()).hasSize(2);
        assertThat(second.fits.chart().cutOffProperty().get()).isEqualTo(2e9);
        assertThat(second.fits.laws().stream().filter(c -> c.selectedProperty().get()).map(c -> c.law().id()).toList())
                .isEqualTo(List.of("plc"));
        assertThat(second.fits.formulaProperty().get()).isEqualTo("E + A*x^(-a)");
        assertThat(second.fits.objectiveProperty().get()).isEqualTo(first.fits.objectiveProperty().get());
        assertThat(second.fits.bootstrapProperty().get()).isEqualTo(first.fits.bootstrapProperty().get());
        assertThat(second.fits.results()).isEqualTo(first.fits.results());
        assertThat(second.fits.ranking()).extracting(e -> e.lawId()).isEqualTo(first.fits.ranking().stream().map(e -> e.lawId()).toList());
        assertThat(second.theme.get().name()).isEqualTo("dark");
        assertThat(second.view.range).containsExactly(3e6, 5e9);
    }

    private TestWindow window() {
        return new TestWindow(dir.resolve("recovery"), new FakeDialogs(), prefs);
    }
}
