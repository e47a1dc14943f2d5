package org.scalingworkbench.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.HeldTaskRunner;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;

class BacktestViewModelTest {

    @TempDir
    Path dir;

    private FitViewModel fits;

    @BeforeEach
    void setUp() throws Exception {
        fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory()));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc") || c.law().id().equals("pl")));
        fits.show(PowerLawSweep.write(dir));
    }

    @Test
    void nothingRunsUntilAskedAndThePlaceholderSaysHow() {
        BacktestViewModel model = new BacktestViewModel(new CurrentThreadTaskRunner(), fits);
        fits.fit();
        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("Press Run backtest");
    }

    @Test
    void theTrueLawExtrapolatesBetterThanAPurePowerLawAtEveryDistance() {
        BacktestViewModel model = new BacktestViewModel(new CurrentThreadTaskRunner(), fits);
        model.maxRunsProperty().set(4);
        model.run();
        assertThat(model.laws()).containsExactlyInAnyOrder("plc", "pl");
        assertThat(model.rows()).extracting(BacktestRow::k).containsExactly(1, 2, 3, 4);
        assertThat(model.rows()).allSatisfy(r -> {
            assertThat(r.error("plc")).isLessThan(1e-4);
            assertThat(r.error("pl")).isGreaterThan(10 * r.error("plc"));
        });
        assertThat(model.rows()).extracting(BacktestRow::orders).isSorted();
        assertThat(model.specProperty().get().series()).extracting(s -> s.law()).contains("pl");
        assertThat(model.placeholderProperty().get()).isEmpty();
    }

    @Test
    void untickingALawDropsTheResultWithANote() {
        BacktestViewModel model = new BacktestViewModel(new CurrentThreadTaskRunner(), fits);
        model.maxRunsProperty().set(2);
        model.run();
        assertThat(model.rows()).hasSize(2);
        fits.laws().stream().filter(c -> c.law().id().equals("pl")).findFirst().orElseThrow().selectedProperty().set(false);
        assertThat(model.rows()).isEmpty();
        assertThat(model.specProperty().get()).isNull();
        assertThat(model.placeholderProperty().get()).contains("ticked laws", "changed since the last backtest");
    }

    @Test
    void aFitDuringTheBacktestDoesNotStopIt() {
        HeldTaskRunner held = new HeldTaskRunner();
        BacktestViewModel model = new BacktestViewModel(held, fits);
        model.maxRunsProperty().set(2);
        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        fits.fit();
        held.finish(0);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void lawsOfNAndDAreLeftOutByNameAndTheLawsOfXAreBacktested() throws Exception {
        fits.show(new SweepImporter().importFile(Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv")));
        fits.laws().forEach(c -> c.selectedProperty().set(List.of("plc", "chinchilla").contains(c.law().id())));
        BacktestViewModel model = new BacktestViewModel(new CurrentThreadTaskRunner(), fits);
        model.maxRunsProperty().set(2);
        model.run();
        assertThat(model.leftOutProperty().get()).startsWith("chinchilla left out of the backtest").contains("several variables");
        assertThat(model.laws()).containsExactly("plc");
        assertThat(model.rows()).isNotEmpty();
    }

    @Test
    void withOnlyLawsOfNAndDTickedNothingRunsAndTheTabSaysWhy() throws Exception {
        fits.show(new SweepImporter().importFile(Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv")));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("chinchilla")));
        HeldTaskRunner held = new HeldTaskRunner();
        BacktestViewModel model = new BacktestViewModel(held, fits);
        model.run();
        assertThat(held.started()).isZero();
        assertThat(model.leftOutProperty().get()).startsWith("chinchilla left out of the backtest");
        assertThat(model.placeholderProperty().get()).contains("laws of x alone; tick one");
    }
}
