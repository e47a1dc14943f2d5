package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.sweep.ShownFiles;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/**
 * One IsoFLOP sweep of Chinchilla's law (Besiroglu et al.'s parameters, noiseless) split into two
 * files that name their columns differently, the second without a compute column (derived on import): shown together,
 * they are grouped by file and budget, and Chinchilla's law fitted to both recovers its parameters.
 */
class FileOverlayFitTest {

    @TempDir
    Path dir;

    @Test
    void twoFilesOfOneSweepFitTogetherToTheLawThatMadeThem() throws Exception {
        Path small = write("small-budgets.csv", "params,tokens,flops,loss", 0, 4, true);
        Path large = write("large-budgets.csv", "n_params,n_tokens,loss", 4, IsoFlopSynthetic.BUDGETS, false);
        SweepOverviewViewModel sweeps = new SweepOverviewViewModel(new SweepImporter()::importFile, new CurrentThreadTaskRunner());
        ChartViewModel chart = new ChartViewModel(new UndoHistory());
        FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
        sweeps.chartedProperty().addListener((o, old, now) -> ShownFiles.show(now, old, fits));
        sweeps.load(List.of(small, large));

        assertThat(chart.curveProperty().get().size()).isEqualTo(IsoFlopSynthetic.BUDGETS * IsoFlopSynthetic.SIZES);
        assertThat(chart.groups()).hasSize(IsoFlopSynthetic.BUDGETS);
        assertThat(chart.groups().get(0).name()).isEqualTo("small-budgets.csv · flops = 1e18");
        assertThat(chart.groups().get(4).name()).startsWith("large-budgets.csv · flops");
        assertThat(sweeps.chartedProperty().get().union().notes()).contains(
                "C is \"flops\" in small-budgets.csv but \"C\" in large-budgets.csv; shown together they are one column, \"flops\"");

        fits.xColumnProperty().set("flops");
        chart.cutOffProperty().set(Math.sqrt(IsoFlopSynthetic.budget(5) * IsoFlopSynthetic.budget(6)));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("chinchilla")));
        fits.fit();

        Leaderboard board = chart.boardProperty().get();
        assertThat(board.heldOutPoints()).isEqualTo(IsoFlopSynthetic.SIZES);
        assertThat(board.entries().get(0).heldOut().rmsle()).isLessThan(1e-5);
        assertThat(value(fits, "E")).isCloseTo(IsoFlopSynthetic.E, within(1e-4));
        assertThat(value(fits, "alpha")).isCloseTo(IsoFlopSynthetic.ALPHA, within(1e-4));
        assertThat(value(fits, "beta")).isCloseTo(IsoFlopSynthetic.BETA, within(1e-4));
    }

    /** Budgets [from, to) of {@link IsoFlopSynthetic}'s sweep, with or without the compute column. */
    private Path write(String name, String header, int from, int to, boolean withCompute) throws Exception {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int b = from; b < to; b++) {
            double c = IsoFlopSynthetic.budget(b);
            for (int s = 0; s < IsoFlopSynthetic.SIZES; s++) {
                double n = 1e8 * Math.sqrt(c / 1e18) * Math.pow(10, 0.25 * (s - 3) + 0.03 * b);
                double d = c / (6 * n);
                double loss = IsoFlopSynthetic.E + IsoFlopSynthetic.A * Math.pow(n, -IsoFlopSynthetic.ALPHA)
                        + IsoFlopSynthetic.B * Math.pow(d, -IsoFlopSynthetic.BETA);
                csv.append(withCompute ? String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g%n", n, d, c, loss)
                        : String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", n, d, loss));
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private static double value(FitViewModel fits, String parameter) {
        return fits.results().stream().filter(r -> r.law().equals("chinchilla") && r.parameter().equals(parameter)).findFirst()
                .orElseThrow().value();
    }
}
