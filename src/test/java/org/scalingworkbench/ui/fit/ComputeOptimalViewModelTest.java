package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.ui.HeldTaskRunner;
import org.scalingworkbench.ui.common.WindowNumbers;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The compute-optimal read-offs of the bottom panel on a noiseless IsoFLOP sweep of Chinchilla's law
 * with Besiroglu et al.'s parameters ({@link IsoFlopSynthetic}): the known answers are the closed-form
 * frontier of those parameters, a = β/(α+β) = 0.514 and D/N = 17.9 at C = 5.76e23.
 */
class ComputeOptimalViewModelTest {

    private static final double ALPHA = IsoFlopSynthetic.ALPHA;
    private static final double BETA = IsoFlopSynthetic.BETA;
    private static final double G = Math.pow(ALPHA * IsoFlopSynthetic.A / (BETA * IsoFlopSynthetic.B), 1 / (ALPHA + BETA));

    @TempDir
    Path dir;

    private FitViewModel fits;

    @BeforeEach
    void setUp() throws Exception {
        fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new UndoHistory()));
        fits.show(IsoFlopSynthetic.sweep(dir));
    }

    @Test
    void chinchillaFitGivesThePublishedExponentAndTokensPerParameterAtChinchillasBudget() {
        ComputeOptimalViewModel model = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner()).computeOptimal();
        tickOnly("chinchilla", "plc");
        fits.fit();
        model.budgetProperty().set("5.76e23");

        FrontierEstimate e = model.resultProperty().get().frontier();
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.resultProperty().get().lawId()).isEqualTo("chinchilla");
        assertThat(e.a()).isCloseTo(0.514, within(5e-4));
        assertThat(e.tokensPerParameter()).isCloseTo(17.9, within(0.05));
        assertThat(e.optimalParameters()).isCloseTo(nOpt(5.76e23), within(nOpt(5.76e23) * 1e-3));
        assertThat(model.headingProperty().get()).isEqualTo("Compute-optimal (chinchilla, C = 6ND)");
        assertThat(model.aProperty().get()).isEqualTo(WindowNumbers.format(e.a()));
        assertThat(model.bProperty().get()).isEqualTo(WindowNumbers.format(e.b()));
        assertThat(model.optimalParametersProperty().get()).isEqualTo(WindowNumbers.format(e.optimalParameters()));
        assertThat(model.optimalTokensProperty().get()).isEqualTo(WindowNumbers.format(e.optimalTokens()));
        assertThat(model.tokensPerParameterProperty().get()).isEqualTo(WindowNumbers.format(e.tokensPerParameter()));
        assertThat(model.optimalLossProperty().get()).isEqualTo(WindowNumbers.format(lossAtOptimum(5.76e23)));
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void emptyBudgetMeansTheLargestInTheFileAndTheLossThereIsTheLawAtTheOptimum() {
        ComputeOptimalViewModel model = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner()).computeOptimal();
        tickOnly("chinchilla");
        fits.fit();
        double largest = IsoFlopSynthetic.budget(IsoFlopSynthetic.BUDGETS - 1);
        assertThat(model.resultProperty().get().frontier().budget()).isEqualTo(largest);
        assertThat(model.budgetPromptProperty().get()).isEqualTo("1.000e+21");
        assertThat(model.resultProperty().get().optimalLoss().value()).isCloseTo(lossAtOptimum(largest), within(1e-4));

        double target = lossAtOptimum(1e23);
        model.targetLossProperty().set(Double.toString(target));
        assertThat(model.resultProperty().get().compute().value()).isCloseTo(1e23, within(1e23 * 2e-2));
        assertThat(model.computeProperty().get()).matches("(1\\.0\\d\\de\\+23)|(9\\.9\\d\\de\\+22)");
        model.targetLossProperty().set("1.5");
        assertThat(model.computeProperty().get()).isEqualTo("never reached (at or below L∞)");
        model.targetLossProperty().set("two");
        assertThat(model.computeProperty().get()).isEqualTo("'two' is not a number");
        model.budgetProperty().set("-1");
        assertThat(model.problemProperty().get()).isEqualTo("'-1' is not a positive number of FLOPs");
        assertThat(model.aProperty().get()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void withABootstrapTheReadOffsRunAsATaskAndCarryIntervals() {
        HeldTaskRunner held = new HeldTaskRunner();
        ComputeOptimalViewModel model = new ReadOffsViewModel(fits, held).computeOptimal();
        tickOnly("chinchilla");
        fits.bootstrapProperty().set(Resampling.of(8));
        fits.fit();
        assertThat(held.pending()).isEqualTo(1);
        assertThat(model.resultProperty().get()).isNull();
        model.budgetProperty().set("1e22");
        held.runNext();
        assertThat(model.resultProperty().get()).isNull();
        held.runNext();
        FrontierEstimate e = model.resultProperty().get().frontier();
        assertThat(e.budget()).isEqualTo(1e22);
        assertThat(e.resamples()).isEqualTo(8);
        assertThat(e.aInterval().contains(e.a())).isTrue();
        assertThat(model.aProperty().get()).isEqualTo(WindowNumbers.format(e.a()) + "\n"
                + WindowNumbers.interval(e.aInterval().lower(), e.aInterval().upper()));
        assertThat(model.resultProperty().get().optimalLoss().interval()).isNotNull();
    }

    @Test
    void withoutALawOfNAndDTheFrontierIsNotOffered() {
        ComputeOptimalViewModel model = new ReadOffsViewModel(fits, new CurrentThreadTaskRunner()).computeOptimal();
        tickOnly("plc");
        fits.fit();
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.aProperty().get()).isEmpty();
    }

    private void tickOnly(String... ids) {
        java.util.List<String> wanted = java.util.List.of(ids);
        fits.laws().forEach(c -> c.selectedProperty().set(wanted.contains(c.law().id())));
    }

    /** Hoffmann et al.'s approach 3 for the generating parameters: N_opt = G·(C/6)^a. */
    private static double nOpt(double c) {
        return G * Math.pow(c / 6, BETA / (ALPHA + BETA));
    }

    private static double lossAtOptimum(double c) {
        double n = nOpt(c);
        double d = c / (6 * n);
        return IsoFlopSynthetic.E + IsoFlopSynthetic.A * Math.pow(n, -ALPHA) + IsoFlopSynthetic.B * Math.pow(d, -BETA);
    }
}
