package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;

/**
 * Besiroglu et al. 2024's Chinchilla fit (DESIGN.md section 5) reproduced the way a user does it in
 * the window: open Epoch's points, remove the hold-out, click away the 5 highest-loss points, pick
 * the Huber objective, tick Chinchilla and fit. D is the importer's D = C/(6N). The bottom panel then
 * reads off Besiroglu et al.'s frontier: a = 0.514 and D/N = 17.9 at C = 5.76e23.
 */
class EpochChinchillaWindowTest {

    @Test
    void windowReproducesBesirogluHuberFitOnEpochsPoints() throws Exception {
        Path file = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "analyzing-chinchilla",
                "svg_extracted_data.csv");
        assumeTrue(Files.isRegularFile(file), "shared data " + file + " absent: skipping");
        ChartViewModel chart = new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory());
        FitViewModel model = new FitViewModel(new CurrentThreadTaskRunner(), chart);
        ComputeOptimalViewModel frontier = new ReadOffsViewModel(model, new CurrentThreadTaskRunner()).computeOptimal();
        frontier.budgetProperty().set("5.76e23");
        model.show(new SweepImporter().importFile(file));
        assertThat(model.xColumnProperty().get()).isEqualTo("Model Size");
        assertThat(model.yColumnProperty().get()).isEqualTo("loss");

        chart.cutOffProperty().set(Double.NaN);
        Curve curve = chart.curveProperty().get();
        IntStream.range(0, curve.size()).boxed().sorted(Comparator.comparingDouble(curve::yAt).reversed()).limit(5)
                .forEach(chart::toggle);
        model.objectiveProperty().set(Objective.logHuber(Objective.DEFAULT_DELTA));
        model.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("chinchilla")));
        model.fit();

        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(240);
        FitResult fit = chart.boardProperty().get().entry("chinchilla").orElseThrow().fit();
        assertThat(fit.value("A")).isCloseTo(477.8, withinPercentage(0.1));
        assertThat(fit.value("B")).isCloseTo(2143, withinPercentage(0.1));
        assertThat(fit.value("E")).isCloseTo(1.8172, withinPercentage(0.1));
        assertThat(fit.value("alpha")).isCloseTo(0.3473, withinPercentage(0.1));
        assertThat(fit.value("beta")).isCloseTo(0.3672, withinPercentage(0.1));
        assertThat(fit.objectiveValue()).isCloseTo(0.00101827, within(0.000000005));
        FrontierEstimate e = frontier.resultProperty().get().frontier();
        assertThat(e.a()).isCloseTo(0.514, within(5e-4));
        assertThat(e.tokensPerParameter()).isCloseTo(17.9, within(0.05));
    }
}
