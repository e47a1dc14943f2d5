package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * A fit whose parameter ran off is ranked after every converged law even when its held-out error
 * is the smallest. The run-away is built deterministically: the formula L + A·1e-300·x^(-a) is
 * the power law plus constant the data were drawn from, so it fits them exactly, but only with
 * A = x0^alpha·1e300 ≈ 8e301, far beyond any scale of data with x up to 1e11 and y about 2.
 */
class DivergedRankingTest {

    private static final CustomFormulaLaw RUN_AWAY = CustomFormulaLaw.parse("L + A*1e-300*x^(-a)");

    private static Leaderboard board() {
        double[] x = SyntheticCurves.logSpaced(30);
        Partition p = SyntheticCurves.cut(x, SyntheticCurves.plc(x, 0.0, 1), 1e9);
        ScalingLaw pl = LawCatalog.builtIn().get("pl");
        double[] exact = new double[3];
        for (int j = 0; j < 3; j++) {
            String name = RUN_AWAY.parameters().get(j).name();
            exact[j] = switch (name) {
                case "L" -> SyntheticCurves.PLC[0];
                case "A" -> Math.pow(SyntheticCurves.PLC[1], SyntheticCurves.PLC[2]) * 1e300;
                default -> SyntheticCurves.PLC[2];
            };
        }
        FitOptions formulaOptions = FitOptions.defaults().withStarts(List.of(exact));
        return new LawComparison(List.of(RUN_AWAY, pl), law -> law == RUN_AWAY ? formulaOptions : FitOptions.defaults())
                .rank("plc curve", "x>1e9", p, new CancellationToken());
    }

    @Test
    void aRunAwayFitWithTheSmallestHeldOutErrorIsRankedAfterTheConvergedLaw() {
        Leaderboard board = board();
        LeaderboardEntry runAway = board.entry("custom").orElseThrow();
        LeaderboardEntry pl = board.entry("pl").orElseThrow();
        assertThat(runAway.status()).isEqualTo(FitStatus.DIVERGED);
        assertThat(runAway.detail()).startsWith("A = 8").contains("ran off");
        assertThat(runAway.heldOut().rmsle()).isLessThan(1e-6).isLessThan(pl.heldOut().rmsle());
        assertThat(pl.status().converged()).isTrue();
        assertThat(board.entries()).extracting(LeaderboardEntry::lawId).containsExactly("pl", "custom");
        assertThat(board.best()).hasValueSatisfying(e -> assertThat(e.lawId()).isEqualTo("pl"));
    }

    @Test
    void aDivergedFitIsRankedBeforeAFailedOne() {
        LeaderboardEntry diverged = board().entry("custom").orElseThrow();
        LeaderboardEntry failed = LeaderboardEntry.failed("m4", 5, "too few points");
        List<LeaderboardEntry> sorted = new java.util.ArrayList<>(List.of(failed, diverged));
        sorted.sort(LawComparison.RANKING);
        assertThat(sorted).extracting(LeaderboardEntry::lawId).containsExactly("custom", "m4");
    }
}
