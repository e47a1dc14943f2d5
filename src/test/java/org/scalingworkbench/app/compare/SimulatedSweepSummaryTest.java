package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.Objective;

/**
 * The summary of 20 simulated power-law-plus-constant curves ({@link SimulatedPowerLawSweep},
 * 0.3 % noise), each fitted on its 12 smallest points and scored on its 4 largest: the true law
 * (plc) must beat the power law without a floor (pl) on nearly every curve.
 */
class SimulatedSweepSummaryTest {

    private static final int CURVES = 20;
    private static final double NOISE = 0.003;

    @TempDir
    Path dir;

    private ComparisonReport compare(String holdOut) throws IOException {
        Path file = Files.writeString(dir.resolve("sweep.csv"), SimulatedPowerLawSweep.csv(CURVES, NOISE, 14));
        DataSelection data = DataSelection.of(List.of(file)).withColumns("tokens", "loss").withCurveKey(List.of("curve"));
        FitRequest request = new FitRequest(data, List.of(LawSpec.builtIn("pl"), LawSpec.builtIn("plc")),
                Objective.logLeastSquares(), HoldOutSplit.parse(holdOut), Resampling.NONE);
        return SweepComparison.standard().compare(request, TaskContext.none());
    }

    @Test
    void trueLawBeatsThePowerLawOnNearlyEveryCurveWithASmallSignTestP() throws IOException {
        ComparisonReport report = compare("top:4");
        assertThat(report.leaderboards()).hasSize(CURVES).allSatisfy(b -> assertThat(b.heldOutPoints()).isEqualTo(4));
        LeaderboardSummary summary = report.summary();
        assertThat(summary.measure()).isEqualTo(LeaderboardSummary.Measure.HELD_OUT_RMSLE);
        HeadToHead plcVsPl = summary.pair("plc", "pl");
        assertThat(plcVsPl.wins()).isGreaterThanOrEqualTo(18);
        // 18 of 20: 2 (1 + 20 + 190) / 2^20
        assertThat(plcVsPl.pValue()).isLessThanOrEqualTo(422.0 / 1048576);
        assertThat(summary.laws()).extracting(LawSummary::lawId).containsExactly("plc", "pl");
        // the true law's extrapolation error is of the order of the noise
        assertThat(summary.law("plc").orElseThrow().median()).isLessThan(3 * NOISE);
    }

    @Test
    void countsAddUpOverTheCurves() throws IOException {
        ComparisonReport report = compare("top:4");
        LeaderboardSummary summary = report.summary();
        assertThat(summary.curves()).isEqualTo(CURVES);
        LawSummary plc = summary.law("plc").orElseThrow();
        LawSummary pl = summary.law("pl").orElseThrow();
        assertThat(List.of(plc, pl)).allSatisfy(r -> assertThat(r.scored() + r.failed() + r.refused()).isEqualTo(CURVES));
        HeadToHead h = summary.pair("plc", "pl");
        assertThat(h.decided() + h.ties()).isEqualTo(Math.min(plc.scored(), pl.scored()));
        assertThat(plc.wins()).isEqualTo(h.wins() + h.ties());
        assertThat(pl.wins()).isEqualTo(h.losses() + h.ties());
        // two laws scored on every curve: ranks 1 and 2 (1.5 each when tied) sum to 3 on each
        assertThat(plc.meanRank() + pl.meanRank()).isEqualTo(3.0);
        assertThat(plc.meanRank()).isEqualTo(1 + (double) h.losses() / CURVES + 0.5 * h.ties() / CURVES);
        double plcMean = report.leaderboards().stream().map(b -> b.entry("plc").orElseThrow().heldOut().rmsle())
                .mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(plc.mean()).isEqualTo(plcMean);
    }

    @Test
    void withNoHoldOutTheSummaryRanksByAicAsTheBoardsDo() throws IOException {
        ComparisonReport report = compare("none");
        LeaderboardSummary summary = report.summary();
        assertThat(summary.measure()).isEqualTo(LeaderboardSummary.Measure.AIC_ABOVE_BEST);
        int plcFirst = (int) report.leaderboards().stream().map(Leaderboard::entries)
                .filter(e -> e.get(0).lawId().equals("plc")).count();
        assertThat(summary.law("plc").orElseThrow().wins()).isEqualTo(plcFirst);
        // the floor is real: the true law has the lower AIC on nearly every curve
        assertThat(plcFirst).isGreaterThanOrEqualTo(18);
        assertThat(summary.law("plc").orElseThrow().median()).isEqualTo(0.0);
    }
}
