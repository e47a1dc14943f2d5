package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.laws.SigmoidScoreLaw;

/** The window's read-offs of a rising accuracy: stated as a score, in fractions, never in nats; y at any x. */
class ScoreReadOffsViewModelTest {

    private static final double[] SCORE = {0.25, 0.85, 0.9, Math.log(1e21)};

    @TempDir
    Path dir;

    @Test
    void aScoresReadOffsAreFractionsWithItsCeilingAndYAtX() throws Exception {
        StringBuilder csv = new StringBuilder("FLOPs,accuracy\n");
        for (int i = 0; i < 16; i++) {
            double c = Math.pow(10, 18 + 6.0 * i / 15);
            csv.append(c).append(',').append(new SigmoidScoreLaw().valueAt(c, SCORE)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("acc.csv"), csv);
        FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(),
                new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory()));
        ReadOffsViewModel model = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner());
        fits.show(new SweepImporter().importFile(file));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("sig")));
        fits.fit();

        assertThat(model.limitProperty().get()).contains("metric 'accuracy' rises with x (from its name)")
                .contains("sig: limit as x grows, ceil = 0.85").contains("(fraction)").doesNotContain("nats").doesNotContain("L∞");
        model.yAtXProperty().set("1e21");
        assertThat(model.valueAtProperty().get()).isEqualTo("y at x = 1e21: 0.5500 (fraction)");
        model.targetLossProperty().set("0.95");
        assertThat(model.forecastProperty().get()).isEqualTo("x for y = 0.95: never reached");
    }
}
