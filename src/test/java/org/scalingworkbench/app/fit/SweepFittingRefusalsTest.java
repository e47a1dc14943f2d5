package org.scalingworkbench.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.Objective;

/** A curve that cannot be fitted is listed with its reason and never stops the others (issue 14). */
class SweepFittingRefusalsTest {

    @TempDir
    Path dir;

    private final SweepFitting fitting = SweepFitting.standard();

    private FitRequest request(String holdOut, List<String> key, String... laws) throws IOException {
        DataSelection data = DataSelection.of(List.of(ManyCurves.write(dir))).withColumns("tokens", "loss").withCurveKey(key);
        return new FitRequest(data, Arrays.stream(laws).map(LawSpec::builtIn).toList(), Objective.logLeastSquares(),
                HoldOutSplit.parse(holdOut), Resampling.NONE);
    }

    private static double value(CurveFit fit, String law, String parameter) {
        return fit.entry(law).flatMap(LeaderboardEntry::parameters).map(p -> {
            List<String> names = fit.laws().get(law).parameters().stream().map(lp -> lp.name()).toList();
            return p[names.indexOf(parameter)];
        }).orElseThrow();
    }

    private static Map<String, CurveFit> byTask(FitOutcome outcome) {
        return outcome.curves().stream().collect(java.util.stream.Collectors.toMap(c -> c.curve().name(), c -> c));
    }

    @Test
    void curvesTheHoldOutOrTheirSizeRulesOutAreListedAndTheOthersRecoverTheirParameters() throws IOException {
        FitOutcome outcome = fitting.fit(request("top:1", List.of("Task"), "plc"), TaskContext.none());
        assertThat(outcome.refused()).containsExactly(
                new RefusedCurve("Task = tiny", 1, "top:1 would hold out all 1 points of Task = tiny, leaving nothing to fit"),
                new RefusedCurve("Task = pair", 3, "2 points to fit, too few for any law: plc has 3 parameters and needs at least 4"));
        Map<String, CurveFit> fits = byTask(outcome);
        assertThat(fits).hasSize(3);
        for (Object[] t : ManyCurves.TRUTH) {
            CurveFit fit = fits.get("Task = " + t[0]);
            assertThat(fit.data().trainSize()).isEqualTo(ManyCurves.POINTS - 1);
            assertThat(value(fit, "plc", "alpha")).as("alpha of %s", t[0]).isCloseTo((double) t[3], within(1e-4));
            assertThat(value(fit, "plc", "Linf")).as("Linf of %s", t[0]).isCloseTo((double) t[1], within(1e-4));
        }
    }

    @Test
    void aLawWithMoreParametersThanACurvesPointsFailsOnThatCurveOnly() throws IOException {
        FitOutcome outcome = fitting.fit(request("none", List.of("Task"), "pl", "plc"), TaskContext.none());
        assertThat(outcome.refused()).extracting(RefusedCurve::name).containsExactly("Task = tiny");
        CurveFit pair = byTask(outcome).get("Task = pair");
        LeaderboardEntry plc = pair.entry("plc").orElseThrow();
        assertThat(plc.status()).isEqualTo(FitStatus.FAILED);
        assertThat(plc.detail()).isEqualTo("3 fitted points are too few for 3 parameters");
        assertThat(pair.entry("pl").orElseThrow().status()).isNotEqualTo(FitStatus.FAILED);
        assertThat(byTask(outcome).get("Task = t1").entry("plc").orElseThrow().status()).isNotEqualTo(FitStatus.FAILED);
    }

    @Test
    void uptoFitsEachCurveOnItsOwnFirstQuarterOfX() throws IOException {
        FitOutcome outcome = fitting.fit(request("upto:25%", List.of("Task"), "plc"), TaskContext.none());
        Map<String, CurveFit> fits = byTask(outcome);
        for (Object[] t : ManyCurves.TRUTH) {
            double span = (double) t[4];
            double limit = 0.25 * ManyCurves.x(ManyCurves.POINTS - 1, span);
            long fitted = IntStream.range(0, ManyCurves.POINTS).filter(i -> ManyCurves.x(i, span) <= limit).count();
            CurveFit fit = fits.get("Task = " + t[0]);
            assertThat(fit.data().trainSize()).as("fitted points of %s", t[0]).isEqualTo((int) fitted);
            assertThat(fit.data().heldOutSize()).isEqualTo(ManyCurves.POINTS - (int) fitted);
        }
        // t2 spans 3 decades, the others 4: each is cut at a quarter of its own largest x
        assertThat(fits.get("Task = t2").data().trainSize()).isEqualTo(9);
        assertThat(fits.get("Task = t1").data().trainSize()).isEqualTo(10);
        assertThat(outcome.refused()).extracting(RefusedCurve::name).containsExactly("Task = tiny", "Task = pair");
        assertThat(outcome.refused().get(0).reason()).startsWith("upto:25% leaves nothing to fit in Task = tiny");
    }

    @Test
    void lastHoldsOutEachCurvesOwnLastPoints() throws IOException {
        FitOutcome outcome = fitting.fit(request("last:3", List.of("Task"), "plc"), TaskContext.none());
        for (Object[] t : ManyCurves.TRUTH) {
            CurveFit fit = byTask(outcome).get("Task = " + t[0]);
            assertThat(fit.data().heldOutSize()).isEqualTo(3);
            double[] held = Arrays.stream(fit.data().heldOutRows(fit.laws().get("plc"))).mapToDouble(r -> r[0]).toArray();
            assertThat(held).containsExactly(IntStream.range(ManyCurves.POINTS - 3, ManyCurves.POINTS)
                    .mapToDouble(i -> ManyCurves.x(i, (double) t[4])).toArray());
        }
        assertThat(outcome.refused()).extracting(RefusedCurve::reason).containsExactly(
                "last:3 would hold out all 1 points of Task = tiny, leaving nothing to fit",
                "last:3 would hold out all 3 points of Task = pair, leaving nothing to fit");
    }

    @Test
    void whenEveryCurveIsRefusedTheRequestFailsInOneLine() throws IOException {
        assertThatThrownBy(() -> fitting.fit(request("x>1e12", List.of("Task"), "plc"), TaskContext.none()))
                .hasMessage("tasks.csv: none of the 5 curves could be fitted: hold-out x>1.0E12 holds out none of its points");
    }

    @Test
    void withoutACurveKeyTheHoldOutMessagesStayAsTheyWere() throws IOException {
        FitRequest tiny = request("top:1", List.of(), "plc");
        FitRequest onlyTiny = tiny.withData(tiny.data().withWhere(Map.of("Task", "tiny")));
        assertThatThrownBy(() -> fitting.fit(onlyTiny, TaskContext.none()))
                .hasMessage("top:1 would hold out all 1 points of tasks.csv where Task = tiny, leaving nothing to fit");
        FitRequest beyond = request("x>1e12", List.of(), "plc");
        assertThatThrownBy(() -> fitting.fit(beyond, TaskContext.none()))
                .hasMessage("tasks.csv: hold-out x>1.0E12 holds out no point of the 40 selected; choose a split that holds some out, or none");
    }

    @Test
    void withoutACurveKeyACurveTooSmallForEveryLawGetsAFailedEntryAsBefore() throws IOException {
        FitRequest all = request("none", List.of(), "plc");
        FitRequest pair = all.withData(all.data().withWhere(Map.of("Task", "pair")));
        FitOutcome outcome = fitting.fit(pair, TaskContext.none());
        assertThat(outcome.refused()).isEmpty();
        assertThat(outcome.only().entry("plc").orElseThrow().detail()).isEqualTo("3 fitted points are too few for 3 parameters");
    }

    @Test
    void withACurveKeyTheOnlyCurveTooSmallForEveryLawFailsTheRequestNamingIt() throws IOException {
        FitRequest all = request("none", List.of("Task"), "plc");
        FitRequest pair = all.withData(all.data().withWhere(Map.of("Task", "pair")));
        assertThatThrownBy(() -> fitting.fit(pair, TaskContext.none())).hasMessage("tasks.csv: no curve could be fitted:"
                + " Task = pair (3 points): 3 points to fit, too few for any law: plc has 3 parameters and needs at least 4");
    }
}
