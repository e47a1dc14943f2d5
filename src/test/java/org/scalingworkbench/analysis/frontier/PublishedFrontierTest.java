package org.scalingworkbench.analysis.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.frontier.ComputeOptimum;
import org.scalingworkbench.app.frontier.FrontierOptions;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.Objective;

class PublishedFrontierTest {

    @Test
    void parametricFrontierOfBesirogluFitMatchesPublishedExponentAndRatio() throws IOException {
        Path file = SharedData.file("analyzing-chinchilla/svg_extracted_data.csv");
        FitRequest request = new FitRequest(DataSelection.of(List.of(file)).withColumns(null, "loss").withExcludeHighest(5),
                List.of(LawSpec.builtIn("chinchilla")), Objective.logHuber(1e-3), HoldOutSplit.NONE, Resampling.NONE);
        CurveFit fit = SweepFitting.standard().fit(request, TaskContext.none()).only();
        FrontierEstimate e = ComputeOptimum.of(fit, "chinchilla", 5.76e23, Double.NaN).frontier();
        assertThat(fit.data().trainSize()).isEqualTo(240);
        assertThat(e.a()).isCloseTo(0.514, within(5e-4));
        assertThat(e.tokensPerParameter()).isCloseTo(17.9, within(0.05));
    }

    @Test
    void frontierUseCaseWithTheFitPanelsRequestGivesThePublishedNumbers() throws IOException {
        Path file = SharedData.file("analyzing-chinchilla/svg_extracted_data.csv");
        // the window's fit panel choices: Huber δ = 1e-3 on ln residuals, the 5 highest-loss rows left out
        FitRequest request = new FitRequest(DataSelection.of(List.of(file)).withColumns(null, "loss").withExcludeHighest(5),
                List.of(LawSpec.builtIn("chinchilla")), Objective.logHuber(1e-3), HoldOutSplit.NONE, Resampling.NONE);
        SweepFrontierReport report = SweepFrontier.standard().run(request,
                FrontierOptions.defaults().withApproaches(java.util.EnumSet.of(FrontierApproach.PARAMETRIC)).withBudget(5.76e23),
                TaskContext.none());
        FrontierEstimate e = report.comparison().estimates().get(0);
        assertThat(e.a()).isCloseTo(0.5139, within(5e-4));
        assertThat(e.tokensPerParameter()).isCloseTo(17.92, within(0.01));
        assertThat(e.notes()).contains("5 rows with the highest loss left out");
    }

    @Test
    void envelopeOfMisfittingTrainingCurvesGivesFiniteExponentsWithIntervals() throws IOException {
        Path file = SharedData.file("scaling_laws-misfitting/scaling_results.csv");
        FrontierColumns columns = new FrontierColumns(new SweepImporter().importFile(file).sweep(), "loss");
        // a run is one (model, sweep, total steps, peak learning rate): runs of one sweep follow one another
        TrainingCurves curves = columns.trainingCurves(List.of("model", "sweep", "total_steps", "peak_lr"));
        assertThat(curves.runCount()).isGreaterThanOrEqualTo(240);
        FrontierEstimate e = new EnvelopeFrontier(EnvelopeFrontier.DEFAULT_CELLS).estimate(curves,
                new FrontierSettings(Double.NaN, 500, 42));
        System.out.println(e + " " + e.aInterval() + " " + e.bInterval() + " " + e.notes());
        for (double exponent : new double[] {e.a(), e.b()}) {
            assertThat(exponent).isFinite().isBetween(0.2, 0.9);
        }
        assertThat(e.aInterval().contains(e.a())).isTrue();
        assertThat(e.bInterval().contains(e.b())).isTrue();
    }
}
