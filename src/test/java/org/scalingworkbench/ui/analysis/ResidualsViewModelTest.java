package org.scalingworkbench.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;

class ResidualsViewModelTest {

    @TempDir
    Path dir;

    private ChartViewModel chart;
    private FitViewModel fits;

    @BeforeEach
    void setUp() throws Exception {
        chart = new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory());
        fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc") || c.law().id().equals("pl")));
        fits.show(PowerLawSweep.write(dir));
    }

    @Test
    void residualsOfTheTrueLawAreZeroOnNoiselessDataAndThoseOfAPurePowerLawAreNot() {
        ResidualsViewModel model = new ResidualsViewModel(chart);
        fits.fit();
        ResidualRow plc = model.rows().stream().filter(r -> r.law().equals("plc")).findFirst().orElseThrow();
        ResidualRow pl = model.rows().stream().filter(r -> r.law().equals("pl")).findFirst().orElseThrow();
        assertThat(plc.fitRmsle()).isLessThan(1e-6);
        assertThat(plc.heldOutRmsle()).isLessThan(1e-6);
        assertThat(plc.maxAbsHeldOut()).isLessThan(1e-6);
        assertThat(pl.heldOutRmsle()).isGreaterThan(1e-3);
        assertThat(pl.maxAbsHeldOut()).isGreaterThanOrEqualTo(pl.heldOutRmsle());
        assertThat(model.specProperty().get().residuals()).isTrue();
        assertThat(model.specProperty().get().curves()).hasSize(2);
        assertThat(model.specProperty().get().cutOff()).isEqualTo(chart.cutOffProperty().get());
        assertThat(model.placeholderProperty().get()).isEmpty();
    }

    @Test
    void lawsOfNAndDGetResidualsAlongEachGroupAndTheBoardsErrors() throws Exception {
        ChartViewModel c = new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory());
        FitViewModel f = new FitViewModel(new CurrentThreadTaskRunner(), c);
        f.show(new org.scalingworkbench.data.SweepImporter().importFile(java.nio.file.Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv")));
        f.laws().forEach(l -> l.selectedProperty().set(l.law().id().equals("chinchilla")));
        ResidualsViewModel model = new ResidualsViewModel(c);
        f.fit();
        assertThat(model.placeholderProperty().get()).isEmpty();
        ResidualRow row = model.rows().get(0);
        assertThat(row.law()).isEqualTo("chinchilla");
        assertThat(row.fitRmsle()).isEqualTo(c.boardProperty().get().entries().get(0).train().rmsle());
        // the sample carries 1% noise in the loss: residuals of the simulating law's fit are of that size
        assertThat(row.fitRmsle()).isBetween(0.002, 0.03);
        assertThat(model.specProperty().get().curves()).allMatch(curve -> curve.grouped());
        assertThat(model.specProperty().get().points()).noneMatch(p -> p.state() == PointState.EXCLUDED);
    }

    @Test
    void beforeAnyFitThePlaceholderAsksForOne() {
        ResidualsViewModel model = new ResidualsViewModel(chart);
        assertThat(model.specProperty().get()).isNull();
        assertThat(model.placeholderProperty().get()).contains("No laws fitted yet", "press Fit");
    }

    @Test
    void movingTheCutOffRedrawsTheResidualsAtOnce() {
        ResidualsViewModel model = new ResidualsViewModel(chart);
        fits.fit();
        chart.cutOffProperty().set(1e8);
        assertThat(model.specProperty().get().cutOff()).isEqualTo(1e8);
    }
}
