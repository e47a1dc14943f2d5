package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;

class ReadOffsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void readOffsOfTheBestLawMatchTheGeneratingPowerLaw() throws Exception {
        FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory()));
        ReadOffsViewModel model = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner());
        fits.show(Synthetic.sweep(dir));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        fits.fit();

        assertThat(model.limitProperty().get()).isEqualTo(String.format("plc: L∞ = %.4g nats = %.4g bits", Synthetic.E,
                Synthetic.E / Math.log(2)));
        model.atXProperty().set("1e8");
        assertThat(model.reducibleProperty().get()).endsWith(String.format("%.4g", Synthetic.A * Math.pow(1e8, -Synthetic.ALPHA)));
        model.targetLossProperty().set("2.1");
        assertThat(model.forecastProperty().get()).contains(String.format("x for L = 2.1: %.4g",
                Math.pow(Synthetic.A / 0.1, 1 / Synthetic.ALPHA)));
        model.targetLossProperty().set("two");
        assertThat(model.forecastProperty().get()).contains("'two' is not a number");
    }
}
