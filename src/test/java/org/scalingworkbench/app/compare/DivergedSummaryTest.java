package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scalingworkbench.app.compare.SummaryBoards.board;
import static org.scalingworkbench.app.compare.SummaryBoards.diverged;
import static org.scalingworkbench.app.compare.SummaryBoards.held;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary counts diverged fits per law and neither scores nor ranks them: m3 ran off on two
 * of three curves, with the smallest held-out error on one of them.
 * <pre>
 *            pl     m3
 * curve 1   0.2    0.01 (diverged)
 * curve 2   0.1    0.3  (diverged)
 * curve 3   0.2    0.1
 * </pre>
 */
class DivergedSummaryTest {

    private static LeaderboardSummary summary() {
        return LeaderboardSummary.of(List.of(
                board("curve 1", held("pl", 0.2), diverged("m3", 0.01)),
                board("curve 2", held("pl", 0.1), diverged("m3", 0.3)),
                board("curve 3", held("m3", 0.1), held("pl", 0.2))), List.of());
    }

    @Test
    void countsDivergedFitsPerLawAndScoresOnlyConvergedOnes() {
        LawSummary m3 = summary().law("m3").orElseThrow();
        assertThat(m3).extracting(LawSummary::scored, LawSummary::failed, LawSummary::diverged, LawSummary::refused)
                .containsExactly(1, 0, 2, 0);
        assertThat(m3.curves()).isEqualTo(3);
        assertThat(m3.wins()).isEqualTo(1);
        assertThat(m3.mean()).isEqualTo(0.1);
        assertThat(summary().law("pl").orElseThrow()).extracting(LawSummary::scored, LawSummary::diverged, LawSummary::wins)
                .containsExactly(3, 0, 2);
    }

    @Test
    void aDivergedFitWinsNoHeadToHead() {
        HeadToHead h = summary().pair("pl", "m3");
        assertThat(h.wins()).isZero();
        assertThat(h.losses()).isEqualTo(1);
        assertThat(h.decided()).isEqualTo(1);
    }
}
