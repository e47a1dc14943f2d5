package org.scalingworkbench.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.HeldTaskRunner;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;

class FrontierViewModelTest {

    /** a = β/(α+β) of the law the IsoFLOP sample was simulated from (Besiroglu et al.'s fit). */
    private static final double SIMULATED_A = 0.3672 / (0.3473 + 0.3672);

    @TempDir
    Path dir;

    private final ObjectProperty<ImportedSweep> selected = new SimpleObjectProperty<>();
    /** The fit panel, showing the selected file as the window's does; the frontier takes its request. */
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new UndoHistory()));

    {
        selected.addListener((o, old, now) -> fits.show(now));
    }

    private static ImportedSweep isoFlopSample() throws IOException {
        return new SweepImporter().importFile(Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv"));
    }

    private FrontierEstimate estimate(FrontierViewModel model, FrontierApproach approach) {
        return model.rows().stream().map(FrontierRow::estimate).filter(e -> e.approach() == approach).findFirst().orElseThrow();
    }

    @Test
    void isoFlopSampleGivesIsoFlopAndParametricExponentsNearTheSimulatingLawAtTheLargestBudget() throws IOException {
        FrontierViewModel model = new FrontierViewModel(new CurrentThreadTaskRunner(), selected, fits);
        fits.bootstrapProperty().set(Resampling.of(40));
        selected.set(isoFlopSample());
        assertThat(model.rows()).extracting(FrontierRow::approach)
                .containsExactly("IsoFLOP (approach 2)", "parametric (approach 3)");
        FrontierEstimate iso = estimate(model, FrontierApproach.ISOFLOP);
        FrontierEstimate parametric = estimate(model, FrontierApproach.PARAMETRIC);
        assertThat(iso.a()).isCloseTo(SIMULATED_A, within(0.03));
        // the sample carries 1% noise in the loss; its parametric fit lands within 0.02 of the law's a
        assertThat(parametric.a()).isCloseTo(SIMULATED_A, within(0.025));
        assertThat(iso.a() + iso.b()).isCloseTo(1.0, within(1e-6));
        assertThat(iso.budget()).isEqualTo(3e21, within(3e21 * 0.05));
        assertThat(iso.aInterval().contains(iso.a())).isTrue();
        assertThat(model.rows().get(0).a()).contains("[");
        assertThat(model.notesProperty().get()).contains("envelope (approach 1) not run: no step column");
        assertThat(model.specProperty().get().series()).hasSize(2);
        assertThat(model.placeholderProperty().get()).isEmpty();
    }

    @Test
    void aFrontierOffScreenIsOnlyMarkedStaleAndComputedWhenShown() throws IOException {
        int[] runs = new int[1];
        org.scalingworkbench.app.TaskRunner counting = new org.scalingworkbench.app.TaskRunner() {
            private final CurrentThreadTaskRunner inner = new CurrentThreadTaskRunner();

            @Override
            public <T> org.scalingworkbench.app.TaskHandle run(String title, org.scalingworkbench.app.BackgroundTask<T> task,
                    java.util.function.Consumer<? super T> onSuccess, java.util.function.Consumer<? super Exception> onFailure) {
                runs[0]++;
                return inner.run(title, task, onSuccess, onFailure);
            }
        };
        FrontierViewModel model = new FrontierViewModel(counting, selected, fits);
        model.activeProperty().set(false);
        fits.bootstrapProperty().set(Resampling.of(0));
        selected.set(isoFlopSample());
        model.budgetProperty().set("1e21");
        assertThat(runs[0]).isZero();
        assertThat(model.rows()).isEmpty();
        model.activeProperty().set(true);
        assertThat(runs[0]).isEqualTo(1);
        assertThat(estimate(model, FrontierApproach.ISOFLOP).budget()).isEqualTo(1e21);
        model.activeProperty().set(false);
        model.activeProperty().set(true);
        assertThat(runs[0]).isEqualTo(1);
    }

    @Test
    void chinchillaDataWithBesirogluSettingsGivesThePublishedExponentAndRatio() throws IOException {
        Path file = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "analyzing-chinchilla/svg_extracted_data.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping the published Chinchilla frontier");
        FrontierViewModel model = new FrontierViewModel(new CurrentThreadTaskRunner(), selected, fits);
        fits.bootstrapProperty().set(Resampling.of(0));
        fits.objectiveProperty().set(Objective.logHuber(1e-3));
        model.budgetProperty().set("5.76e23");
        selected.set(new SweepImporter().importFile(file));
        fits.chart().cutOffProperty().set(Double.NaN);
        excludeHighestLosses(5);
        FrontierEstimate e = estimate(model, FrontierApproach.PARAMETRIC);
        assertThat(e.a()).isCloseTo(0.514, within(5e-4));
        assertThat(e.tokensPerParameter()).isCloseTo(17.9, within(0.05));
        assertThat(model.budgetUsedProperty().get()).isEqualTo("5.760e+23");
    }

    @Test
    void fileWithoutTokensOrComputeSaysWhatTheFrontierNeedsAndWhatTheFileHas() throws IOException {
        FrontierViewModel model = new FrontierViewModel(new CurrentThreadTaskRunner(), selected, fits);
        selected.set(PowerLawSweep.write(dir));
        assertThat(model.rows()).isEmpty();
        assertThat(model.specProperty().get()).isNull();
        assertThat(model.placeholderProperty().get())
                .contains("The frontier needs columns for parameters N and tokens D (or compute C)", "params (N)", "loss (metric)");
    }

    @Test
    void budgetThatIsNotANumberIsExplained() throws IOException {
        FrontierViewModel model = new FrontierViewModel(new CurrentThreadTaskRunner(), selected, fits);
        model.budgetProperty().set("lots");
        selected.set(isoFlopSample());
        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).contains("positive number of FLOPs", "'lots'");
    }

    @Test
    void aFrontierOfThePreviousFileArrivingLateIsDropped() throws IOException {
        HeldTaskRunner held = new HeldTaskRunner();
        FrontierViewModel model = new FrontierViewModel(held, selected, fits);
        fits.bootstrapProperty().set(Resampling.of(0));
        selected.set(isoFlopSample());
        model.budgetProperty().set("1e22");
        held.finish(held.started() - 1);
        held.finish(held.started() - 2);
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.estimate().budget() == 1e22);
    }

    /**
     * An IsoFLOP grid (7 budgets 1e18..1e21 FLOPs, 7 sizes each) with two noiseless losses of
     * Chinchilla's form: {@code loss} with α = 0.3473, β = 0.3672 (a = β/(α+β) = 0.514) and
     * {@code loss_b} with α = 0.40, β = 0.30 (a = 0.429).
     */
    private ImportedSweep twoLosses() throws IOException {
        StringBuilder csv = new StringBuilder("params,tokens,flops,loss,loss_b\n");
        for (int b = 0; b < 7; b++) {
            double c = 1e18 * Math.pow(10, 0.5 * b);
            for (int k = 0; k < 7; k++) {
                double n = 1e8 * Math.sqrt(c / 1e18) * Math.pow(10, 0.25 * (k - 3) + 0.03 * b);
                double d = c / (6 * n);
                csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g,%.17g%n", n, d, c,
                        1.8172 + 477.8 * Math.pow(n, -0.3473) + 2143 * Math.pow(d, -0.3672),
                        2.0 + 900 * Math.pow(n, -0.40) + 300 * Math.pow(d, -0.30)));
            }
        }
        return new SweepImporter().importFile(Files.writeString(dir.resolve("two-losses.csv"), csv));
    }

    @Test
    void theFrontierIsOfTheFitPanelsTargetAndFollowsItWhenItChanges() throws IOException {
        HeldTaskRunner held = new HeldTaskRunner();
        FrontierViewModel model = new FrontierViewModel(held, selected, fits);
        fits.bootstrapProperty().set(Resampling.of(0));
        int before = held.started();
        selected.set(twoLosses());
        assertThat(held.started()).as("the file and its target arrive together: one computation").isEqualTo(before + 1);
        held.runNext();
        assertThat(model.lossUsedProperty().get()).isEqualTo(fits.yColumnProperty().get()).isEqualTo("loss");
        assertThat(estimate(model, FrontierApproach.PARAMETRIC).a()).isCloseTo(0.3672 / (0.3473 + 0.3672), within(2e-3));
        fits.yColumnProperty().set("loss_b");
        held.runNext();
        assertThat(model.lossUsedProperty().get()).isEqualTo("loss_b");
        assertThat(estimate(model, FrontierApproach.PARAMETRIC).a()).isCloseTo(0.30 / 0.70, within(2e-3));
    }

    @Test
    void aTargetThatIsASizeOrMissingLeavesTheFrontierOnTheFilesLoss() throws IOException {
        FrontierViewModel model = new FrontierViewModel(new CurrentThreadTaskRunner(), selected, fits);
        fits.bootstrapProperty().set(Resampling.of(0));
        selected.set(twoLosses());
        fits.yColumnProperty().set("params");
        assertThat(model.lossUsedProperty().get()).isEqualTo("loss");
        fits.yColumnProperty().set("loss_b");
        assertThat(model.lossUsedProperty().get()).isEqualTo("loss_b");
        fits.yColumnProperty().set("no such column");
        assertThat(model.lossUsedProperty().get()).isEqualTo("loss");
    }

    /** Excludes the {@code k} points of highest loss on the fit panel's chart, as a user clicks them away. */
    private void excludeHighestLosses(int k) {
        Curve curve = fits.chart().curveProperty().get();
        IntStream.range(0, curve.size()).boxed().sorted(Comparator.comparingDouble(curve::yAt).reversed()).limit(k)
                .forEach(fits.chart()::toggle);
    }
}
