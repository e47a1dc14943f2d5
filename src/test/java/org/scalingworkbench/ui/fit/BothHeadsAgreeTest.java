package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.analysis.FrontierRow;
import org.scalingworkbench.ui.analysis.FrontierViewModel;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The "done when": the window and the command line, given the same choices, give the same
 * numbers. On Epoch's Chinchilla points (Huber δ = 1e-3, the 5 highest-loss points clicked away in
 * the window, {@code --exclude-top-loss 5} on the command line): the fit, the fit panel's
 * compute-optimal read-off, the Frontier tab and {@code frontier}; on the BNSL sample: the leaderboard
 * of plc and bnsl1 with the window's hold-out and {@code compare}.
 */
class BothHeadsAgreeTest {

    private static final Path EPOCH = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "analyzing-chinchilla",
            "svg_extracted_data.csv");
    private static final Path BNSL = Path.of("sample-runs", "bnsl-four-digit-addition", "four_digit_addition_like.csv");
    private static final String BUDGET = "5.76e23";

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
    private final SimpleObjectProperty<ImportedSweep> shown = new SimpleObjectProperty<>();

    {
        shown.addListener((o, old, now) -> fits.show(now));
    }

    /** Epoch's points in the window as Besiroglu et al. fit them: no hold-out, 5 highest losses excluded, Huber, Chinchilla. */
    private void epochInTheWindow() throws IOException {
        assumeTrue(Files.isRegularFile(EPOCH), "shared data " + EPOCH + " absent: skipping the cross-head Epoch checks");
        shown.set(new SweepImporter().importFile(EPOCH));
        chart.cutOffProperty().set(Double.NaN);
        Curve curve = chart.curveProperty().get();
        IntStream.range(0, curve.size()).boxed().sorted(Comparator.comparingDouble(curve::yAt).reversed()).limit(5)
                .forEach(chart::toggle);
        fits.objectiveProperty().set(Objective.logHuber(1e-3));
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("chinchilla")));
    }

    @Test
    void epochChinchillaFitInTheFitPanelPrintsAsTheFitCommand() throws IOException {
        epochInTheWindow();
        fits.fit();
        FitResult window = chart.boardProperty().get().entry("chinchilla").orElseThrow().fit();
        CommandLineOutput cli = CommandLineOutput.run("fit", EPOCH.toString(), "--law", "chinchilla", "--objective", "huber",
                "--delta", "1e-3", "--exclude-top-loss", "5");
        for (String p : List.of("E", "A", "B", "alpha", "beta")) {
            assertThat(String.format(Locale.ROOT, "%.6g", window.value(p))).as(p).isEqualTo(cli.tableValue(p));
        }
        assertThat(window.value("alpha")).isCloseTo(0.3473, within(5e-5));
        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(240);
    }

    @Test
    void epochFrontierIsTheSameInTheFitPanelTheFrontierTabAndTheFrontierCommand() throws IOException {
        ComputeOptimalViewModel readOff = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner()).computeOptimal();
        readOff.budgetProperty().set(BUDGET);
        FrontierViewModel tab = new FrontierViewModel(new CurrentThreadTaskRunner(), shown, fits);
        tab.budgetProperty().set(BUDGET);
        epochInTheWindow();
        fits.fit();
        FrontierEstimate panel = readOff.resultProperty().get().frontier();
        FrontierEstimate frontierTab = tab.rows().stream().map(FrontierRow::estimate)
                .filter(e -> e.approach() == FrontierApproach.PARAMETRIC).findFirst().orElseThrow();
        CommandLineOutput cli = CommandLineOutput.run("frontier", EPOCH.toString(), "--approach", "parametric", "--budget", BUDGET,
                "--objective", "huber", "--exclude-top-loss", "5", "--json");

        assertThat(panel.a()).isCloseTo(0.514, within(5e-4));
        assertThat(panel.tokensPerParameter()).isCloseTo(17.9, within(0.05));
        for (FrontierEstimate e : List.of(panel, frontierTab)) {
            assertThat(e.a()).isCloseTo(cli.numbers("a").get(0), within(1e-9));
            assertThat(e.tokensPerParameter()).isCloseTo(cli.numbers("tokensPerParameter").get(0), within(1e-6));
            assertThat(e.optimalParameters() / cli.numbers("nOpt").get(0)).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void bnslSampleLeaderboardIsTheSameInTheWindowAndCompare() throws IOException {
        shown.set(new SweepImporter().importFile(BNSL));
        double cut = chart.cutOffProperty().get();
        assertThat(cut).as("the file's split column sets the window's cut-off").isFinite();
        fits.laws().forEach(c -> c.selectedProperty().set(List.of("plc", "bnsl1").contains(c.law().id())));
        fits.fit();
        Leaderboard window = chart.boardProperty().get();
        CommandLineOutput cli = CommandLineOutput.run("compare", BNSL.toString(), "--laws", "plc,bnsl1", "--holdout",
                "x>" + String.format(Locale.ROOT, "%.17g", cut), "--json");

        assertThat(window.entries()).extracting(LeaderboardEntry::lawId).containsExactly("bnsl1", "plc")
                .isEqualTo(cli.strings("law"));
        assertThat(window.heldOutPoints()).isEqualTo(5);
        List<Double> cliRmsle = cli.numbers("rmsle");
        for (int i = 0; i < window.entries().size(); i++) {
            LeaderboardEntry e = window.entries().get(i);
            assertThat(e.heldOut().rmsle()).as(e.lawId() + " held-out RMSLE").isCloseTo(cliRmsle.get(2 * i), within(1e-9));
            assertThat(e.train().rmsle()).as(e.lawId() + " train RMSLE").isCloseTo(cliRmsle.get(2 * i + 1), within(1e-9));
            assertThat(e.aic()).isCloseTo(cli.numbers("aic").get(i), within(1e-6));
        }
    }

    @Test
    void aFileWithRepeatedRowsIsFittedOnTheSameRowsInTheWindowAndByFit(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 12; i++) {
            double n = 1e6 * Math.pow(3, i);
            csv.append(String.format(Locale.ROOT, "%.6g,%.6g%n", n, 1.7 + Math.pow(4e7 / n, 0.3) * (1 + 0.01 * Math.sin(i))));
        }
        csv.append("1e6,3.9\n1e6,3.9\n1e6,3.9\n"); // one run logged three times: a point counted once
        Path file = Files.writeString(dir.resolve("repeats.csv"), csv);
        shown.set(new SweepImporter().importFile(file));
        chart.cutOffProperty().set(Double.NaN);
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        fits.fit();
        FitResult window = chart.boardProperty().get().entry("plc").orElseThrow().fit();
        CommandLineOutput cli = CommandLineOutput.run("fit", file.toString(), "--law", "plc");

        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(13);
        for (String p : List.of("Linf", "x0", "alpha")) {
            assertThat(String.format(Locale.ROOT, "%.6g", window.value(p))).as(p).isEqualTo(cli.tableValue(p));
        }
    }
}
