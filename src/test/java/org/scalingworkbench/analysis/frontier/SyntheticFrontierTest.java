package org.scalingworkbench.analysis.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.frontier.ComputeOptimum;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.simulate.IsoFlopSweepSimulator;
import org.scalingworkbench.app.simulate.TrainingCurveSimulator;
import org.scalingworkbench.data.Sweep;

class SyntheticFrontierTest {

    @TempDir
    Path dir;

    private static final FrontierSettings NO_BOOTSTRAP = new FrontierSettings(1e21, 0, 1);

    @Test
    void isoFlopExponentEqualsBetaOverAlphaPlusBetaOnNoiselessSweep() throws IOException {
        IsoFlopSweepSimulator.Design design = new IsoFlopSweepSimulator.Design(
                List.of(6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21), 9, 1.6, 0.0, 1);
        Sweep sweep = SimulatedSweeps.isoFlop(design, dir);
        FrontierEstimate e = new IsoFlopFrontier().estimate(
                new FrontierColumns(sweep, null).isoFlopProfiles(IsoFlopProfiles.DEFAULT_TOLERANCE), NO_BOOTSTRAP);
        assertThat(e.supportingPoints()).isEqualTo(9);
        // the loss along an IsoFLOP is not exactly a parabola in ln N, and N is rounded to 3 digits:
        // on a grid symmetric about the optimum the minimum moves by well under 1e-3 in a
        assertThat(e.a()).isCloseTo(SimulatedSweeps.EXPONENT_A, within(1e-3));
        assertThat(e.b()).isCloseTo(1 - SimulatedSweeps.EXPONENT_A, within(1e-3));
    }

    @Test
    void parametricExponentOfNoiselessIsoFlopSweepEqualsBetaOverAlphaPlusBeta() throws IOException {
        IsoFlopSweepSimulator.Design design = new IsoFlopSweepSimulator.Design(
                List.of(6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21), 9, 1.6, 0.0, 1);
        Path file = SimulatedSweeps.isoFlopFile(design, dir);
        FitRequest request = FitRequest.of(DataSelection.of(List.of(file)).withColumns(null, "loss"),
                List.of(LawSpec.builtIn("chinchilla")));
        CurveFit fit = SweepFitting.standard().fit(request, TaskContext.none()).only();
        FrontierEstimate e = ComputeOptimum.of(fit, "chinchilla", 5.76e23, Double.NaN).frontier();
        // the file holds the loss to 7 significant digits and D rounded to whole tokens: the refit
        // gives a to about 1e-7 (measured 4e-8)
        assertThat(e.a()).isCloseTo(SimulatedSweeps.EXPONENT_A, within(1e-5));
        assertThat(e.b()).isCloseTo(1 - SimulatedSweeps.EXPONENT_A, within(1e-5));
    }

    @Test
    void envelopeOfAnnealedCurvesRecoversExponentUpToSizeSpacing() throws IOException {
        // no schedule gap: each checkpoint sits on L(N, D); only the discreteness of 30 sizes biases a
        FrontierEstimate e = envelope(new TrainingCurveSimulator.Design(2e7, 1.2e9, 30, 3e10, 5e5, 500, 0, 0, 0, 1), 0);
        assertThat(e.a()).isCloseTo(SimulatedSweeps.EXPONENT_A, within(0.005));
        assertThat(e.b()).isCloseTo(1 - SimulatedSweeps.EXPONENT_A, within(0.005));
    }

    @Test
    void envelopeOfCosineScheduleCurvesUnderestimatesExponent() throws IOException {
        // mid-schedule checkpoints of big models lie above L(N, D), so smaller models win the
        // envelope: a comes out low (by 0.037 with 10 sizes) and D/N high
        FrontierEstimate e = envelope(TrainingCurveSimulator.Design.chinchillaLike(1), 200);
        assertThat(e.a()).isBetween(SimulatedSweeps.EXPONENT_A - 0.06, SimulatedSweeps.EXPONENT_A);
        assertThat(e.aInterval().contains(e.a())).isTrue();
        assertThat(e.ratioInterval().contains(e.tokensPerParameter())).isTrue();
    }

    private FrontierEstimate envelope(TrainingCurveSimulator.Design design, int resamples) throws IOException {
        Sweep sweep = SimulatedSweeps.trainingCurves(design, dir);
        return new EnvelopeFrontier(EnvelopeFrontier.DEFAULT_CELLS).estimate(
                new FrontierColumns(sweep, null).trainingCurves(), new FrontierSettings(1e21, resamples, 7));
    }
}
