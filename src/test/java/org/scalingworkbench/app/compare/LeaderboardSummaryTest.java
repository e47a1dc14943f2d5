package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.scalingworkbench.app.compare.SummaryBoards.board;
import static org.scalingworkbench.app.compare.SummaryBoards.failed;
import static org.scalingworkbench.app.compare.SummaryBoards.fitted;
import static org.scalingworkbench.app.compare.SummaryBoards.held;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * The summary of four hand-written boards and one refused curve, worked out by hand:
 * <pre>
 *            a      b      c
 * curve 1   0.1    0.2    0.3
 * curve 2   0.2    0.1    failed
 * curve 3   0.1    0.1    0.5      (a and b tie)
 * curve 4   0.4    +Inf   0.2      (b predicted a non-positive loss)
 * curve 5   refused (1 point)
 * </pre>
 */
class LeaderboardSummaryTest {

    private static final double EPS = 1e-12;

    private static LeaderboardSummary summary() {
        return LeaderboardSummary.of(List.of(
                board("curve 1", held("a", 0.1), held("b", 0.2), held("c", 0.3)),
                board("curve 2", held("b", 0.1), held("a", 0.2), failed("c")),
                board("curve 3", held("a", 0.1), held("b", 0.1), held("c", 0.5)),
                board("curve 4", held("c", 0.2), held("a", 0.4), held("b", Double.POSITIVE_INFINITY))),
                List.of(new RefusedCurve("curve 5", 1, "1 point, and a law needs at least 2")));
    }

    @Test
    void countsEachCurveOnceAsScoredFailedOrRefused() {
        LeaderboardSummary s = summary();
        assertThat(s.curves()).isEqualTo(5);
        assertThat(s.measure()).isEqualTo(LeaderboardSummary.Measure.HELD_OUT_RMSLE);
        assertThat(s.law("a").orElseThrow()).extracting(LawSummary::scored, LawSummary::failed, LawSummary::refused)
                .containsExactly(4, 0, 1);
        // b's infinite held-out error and c's failed fit both count as failed
        assertThat(s.law("b").orElseThrow()).extracting(LawSummary::scored, LawSummary::failed, LawSummary::refused)
                .containsExactly(3, 1, 1);
        assertThat(s.law("c").orElseThrow()).extracting(LawSummary::scored, LawSummary::failed, LawSummary::refused)
                .containsExactly(3, 1, 1);
        s.laws().forEach(r -> assertThat(r.curves()).isEqualTo(5));
    }

    @Test
    void meanAndMedianAreOverTheScoredCurvesOnly() {
        LeaderboardSummary s = summary();
        assertThat(s.law("a").orElseThrow().mean()).isCloseTo(0.2, within(EPS));
        assertThat(s.law("a").orElseThrow().median()).isCloseTo(0.15, within(EPS));
        assertThat(s.law("b").orElseThrow().mean()).isCloseTo(0.4 / 3, within(EPS));
        assertThat(s.law("b").orElseThrow().median()).isCloseTo(0.1, within(EPS));
        assertThat(s.law("c").orElseThrow().mean()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.law("c").orElseThrow().median()).isCloseTo(0.3, within(EPS));
    }

    @Test
    void tiedLawsShareTheirRanksAndBothWinAndFailedLawsTakeNoRank() {
        LeaderboardSummary s = summary();
        // a: 1, 2, 1.5 (tied with b), 2 (behind c; b failed and takes no rank)
        assertThat(s.law("a").orElseThrow().meanRank()).isCloseTo((1 + 2 + 1.5 + 2) / 4, within(EPS));
        assertThat(s.law("b").orElseThrow().meanRank()).isCloseTo((2 + 1 + 1.5) / 3, within(EPS));
        assertThat(s.law("c").orElseThrow().meanRank()).isCloseTo((3 + 3 + 1) / 3.0, within(EPS));
        assertThat(s.laws()).extracting(LawSummary::wins).containsExactly(2, 2, 1);
        assertThat(s.laws()).extracting(LawSummary::lawId).containsExactly("b", "a", "c");
    }

    @Test
    void headToHeadCountsCurvesWhereBothWereScoredAndLeavesTiesOut() {
        LeaderboardSummary s = summary();
        assertThat(s.pair("b", "a")).isEqualTo(new HeadToHead("b", "a", 1, 1, 1));
        assertThat(s.pair("a", "b")).isEqualTo(new HeadToHead("a", "b", 1, 1, 1));
        assertThat(s.pair("b", "c")).isEqualTo(new HeadToHead("b", "c", 2, 0, 0));
        assertThat(s.pair("b", "c").pValue()).isEqualTo(0.5);
        assertThat(s.pair("c", "a")).isEqualTo(new HeadToHead("c", "a", 1, 2, 0));
        assertThat(s.pair("c", "a").pValue()).isEqualTo(1.0);
        assertThat(s.pairs()).hasSize(3);
        assertThatThrownBy(() -> s.pair("a", "d")).hasMessageContaining("no head-to-head of a and d");
    }

    @Test
    void withoutHeldOutPointsTheSummaryRanksByAicAboveEachCurvesBest() {
        LeaderboardSummary s = LeaderboardSummary.of(List.of(
                board("curve 1", fitted("a", 10), fitted("b", 12)),
                board("curve 2", fitted("b", -8), fitted("a", -5)),
                board("curve 3", fitted("b", 1), fitted("a", 4), failed("c"))), List.of());
        assertThat(s.measure()).isEqualTo(LeaderboardSummary.Measure.AIC_ABOVE_BEST);
        LawSummary a = s.law("a").orElseThrow();
        LawSummary b = s.law("b").orElseThrow();
        assertThat(a.mean()).isCloseTo((0 + 3 + 3) / 3.0, within(EPS));
        assertThat(b.mean()).isCloseTo((2 + 0 + 0) / 3.0, within(EPS));
        assertThat(b.median()).isEqualTo(0.0);
        assertThat(b.wins()).isEqualTo(2);
        assertThat(s.pair("b", "a")).isEqualTo(new HeadToHead("b", "a", 2, 1, 0));
        assertThat(s.law("c").orElseThrow()).extracting(LawSummary::scored, LawSummary::failed).containsExactly(0, 3);
        assertThat(s.law("c").orElseThrow().meanRank()).isNaN();
    }

    @Test
    void everyCurveRefusedGivesNoLawsAndCountsTheCurves() {
        LeaderboardSummary s = LeaderboardSummary.of(List.of(),
                List.of(new RefusedCurve("x", 1, "1 point"), new RefusedCurve("y", 0, "no point")));
        assertThat(s.curves()).isEqualTo(2);
        assertThat(s.laws()).isEmpty();
        assertThat(s.pairs()).isEmpty();
    }
}
