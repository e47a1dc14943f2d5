package org.scalingworkbench.app.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;

class PerCurveFrontierTest {

    @TempDir
    Path dir;

    private FitRequest request(List<String> key) throws IOException {
        Path file = StudyCompilation.twoStudiesAndATinyOne().write(dir);
        return FitRequest.of(DataSelection.of(List.of(file)).withColumns(null, "loss").withCurveKey(key),
                List.of(LawSpec.builtIn("chinchilla")));
    }

    private static FrontierOptions only(FrontierApproach a) {
        return FrontierOptions.defaults().withApproaches(EnumSet.of(a));
    }

    private static FrontierEstimate estimate(CurveFrontiers f, String curve, FrontierApproach a) {
        return f.curve(curve).orElseThrow().report().comparison().estimate(a).orElseThrow();
    }

    @Test
    void eachStudysIsoFlopExponentIsItsOwnAndTheTinyStudyIsRefused() throws IOException {
        CurveFrontiers f = SweepFrontier.standard().runCurves(request(List.of("study")), only(FrontierApproach.ISOFLOP),
                TaskContext.none());
        assertThat(f.keyed()).isTrue();
        assertThat(f.curves()).extracting(CurveFrontier::curve).containsExactly("study = steep", "study = flat");
        // noiseless profiles, N rounded to 3 digits: the same 1e-3 as the single-study IsoFLOP test
        assertThat(estimate(f, "study = steep", FrontierApproach.ISOFLOP).a())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.STEEP), within(1e-3));
        assertThat(estimate(f, "study = flat", FrontierApproach.ISOFLOP).a())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.FLAT), within(1e-3));
        assertThat(f.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("study = tiny");
            assertThat(r.points()).isEqualTo(3);
            assertThat(r.reason()).contains("only 1 of 1 budgets");
        });
    }

    @Test
    void eachStudysParametricExponentIsItsOwnFit() throws IOException {
        CurveFrontiers f = SweepFrontier.standard().runCurves(request(List.of("study")), only(FrontierApproach.PARAMETRIC),
                TaskContext.none());
        // each study's Chinchilla law refitted on its own 81 noiseless rows (7 digits in the file)
        assertThat(estimate(f, "study = steep", FrontierApproach.PARAMETRIC).a())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.STEEP), within(1e-4));
        assertThat(estimate(f, "study = flat", FrontierApproach.PARAMETRIC).a())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.FLAT), within(1e-4));
    }

    @Test
    void eachCurveIsReadOffAtItsOwnLargestBudgetUnlessOneIsGiven() throws IOException {
        FitRequest r = request(List.of("study"));
        CurveFrontiers own = SweepFrontier.standard().runCurves(r, only(FrontierApproach.ISOFLOP), TaskContext.none());
        assertThat(own.curve("study = flat").orElseThrow().report().budget()).isEqualTo(3e21);
        CurveFrontiers given = SweepFrontier.standard().runCurves(r, only(FrontierApproach.ISOFLOP).withBudget(1e24),
                TaskContext.none());
        assertThat(given.curves()).allSatisfy(c -> assertThat(c.report().budget()).isEqualTo(1e24));
        assertThat(given.curve("study = steep").orElseThrow().report().smallestCompute()).isEqualTo(6e18);
    }

    @Test
    void withoutACurveKeyTheStudiesArePooledAndTheFailureIsTheError() throws IOException {
        // pooled, each budget's profile mixes two studies' sizes and losses: no parabola has its
        // minimum inside the sampled sizes, so IsoFLOP fails on the compilation as a whole
        FitRequest pooled = request(List.of());
        assertThatThrownBy(() -> SweepFrontier.standard().runCurves(pooled, only(FrontierApproach.ISOFLOP), TaskContext.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of 9 budgets have a parabola");
        FitRequest steepOnly = pooled.withData(pooled.data().withWhere(java.util.Map.of("study", "steep")));
        CurveFrontiers f = SweepFrontier.standard().runCurves(steepOnly, only(FrontierApproach.ISOFLOP), TaskContext.none());
        assertThat(f.keyed()).isFalse();
        assertThat(f.curves()).singleElement().satisfies(c -> assertThat(c.report().comparison().estimates().get(0).a())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.STEEP), within(1e-3)));
    }

    @Test
    void aCurveWhereEveryApproachFailsIsRefusedWithEachReason() throws IOException {
        FitRequest r = request(List.of("study"));
        CurveFrontiers f = SweepFrontier.standard().runCurves(r.withData(r.data().withWhere(java.util.Map.of("study", "tiny"))),
                FrontierOptions.defaults().withApproaches(EnumSet.of(FrontierApproach.ISOFLOP, FrontierApproach.ENVELOPE)),
                TaskContext.none());
        assertThat(f.curves()).isEmpty();
        assertThat(f.refused()).extracting(RefusedCurve::reason).singleElement().asString()
                .contains("envelope: no step column", "isoflop: IsoFLOP: only 1 of 1 budgets");
    }
}
