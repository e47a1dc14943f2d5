package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scalingworkbench.app.compare.SummaryBoards.board;
import static org.scalingworkbench.app.compare.SummaryBoards.failed;
import static org.scalingworkbench.app.compare.SummaryBoards.held;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.fit.RefusedCurve;

/** The table and JSON of hand-written boards: the curves not ranked, the summary, law against law. */
class LeaderboardTableTest {

    private static final RefusedCurve TINY = new RefusedCurve("Model = 1M", 1, "1 point, and a law needs at least 2");

    private static String table(List<Leaderboard> boards, List<RefusedCurve> refused) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new LeaderboardTable(out).print(new ComparisonReport("runs.csv", "loss", "tokens", List.of(), boards, refused));
        out.flush();
        return text.toString();
    }

    /** Four laws on three curves: a beats b, c and d everywhere; d failed on curve 3. */
    private static List<Leaderboard> fourLaws() {
        return List.of(board("Model = 2M", held("a", 0.01), held("b", 0.02), held("c", 0.03), held("d", 0.04)),
                board("Model = 4M", held("a", 0.01), held("c", 0.02), held("b", 0.03), held("d", 0.04)),
                board("Model = 8M", held("a", 0.01), held("b", 0.02), held("c", 0.03), failed("d")));
    }

    @Test
    void refusedCurvesAreListedAfterTheBoardsAndCountInTheSummary() {
        String text = table(fourLaws(), List.of(TINY));
        assertThat(text).contains("\nnot ranked: Model = 1M (1 point): 1 point, and a law needs at least 2\n");
        assertThat(text.indexOf("not ranked")).isGreaterThan(text.indexOf("Model = 8M: hold-out"));
        assertThat(text).contains("Summary across 4 curves, ranked by held-out RMSLE (ln):");
        assertThat(text).containsPattern("\n  a +3 +0 +0 +1  +0\\.01000 +0\\.01000 +3 +1\\.00\n");
        assertThat(text).containsPattern("\n  d +2 +1 +0 +1  +0\\.04000 +0\\.04000 +0 +4\\.00\n");
    }

    @Test
    void moreThanThreeLawsGiveAMatrixOfRowBeatsColumn() {
        String text = table(fourLaws(), List.of());
        assertThat(text).contains("row beats column on n of m curves");
        // a beat b on 3 of 3: 2/8; b beat c on 2 of 3: p = 2 (1 + 3) / 8 = 1; d was scored on 2 curves only
        assertThat(text).containsPattern("\n  a +- +3/3 \\(p=0\\.25\\) +3/3 \\(p=0\\.25\\) +2/2 \\(p=0\\.50\\)\n");
        assertThat(text).containsPattern("\n  b +0/3 \\(p=0\\.25\\) +- +2/3 \\(p=1\\.0\\) +2/2 \\(p=0\\.50\\)\n");
        assertThat(text).doesNotContainPattern("  [a-d] beats [a-d] on");
    }

    @Test
    void upToThreeLawsGiveOneSentencePerPairWinnerFirst() {
        List<Leaderboard> boards = List.of(board("x = 1", held("a", 0.2), held("b", 0.1)),
                board("x = 2", held("a", 0.3), held("b", 0.1)), board("x = 3", held("b", 0.1), held("a", 0.1)));
        assertThat(table(boards, List.of())).contains("\n  b beats a on 2 of 2 curves (1 tie), p = 0.50\n");
    }

    @Test
    void oneCurveWithoutRefusalsPrintsItsBoardAlone() {
        String text = table(fourLaws().subList(0, 1), List.of());
        assertThat(text).contains("Model = 2M: hold-out").doesNotContain("Summary").doesNotContain("not ranked");
        assertThat(table(fourLaws().subList(0, 1), List.of(TINY))).contains("not ranked: Model = 1M").contains("Summary across 2");
    }

    @Test
    void jsonListsTheRefusedCurvesAndTheSummary() throws Exception {
        String json = new LeaderboardJson().write(new ComparisonReport("runs.csv", "loss", "tokens", List.of(), fourLaws(),
                List.of(TINY)));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("refused").get(0).get("curve").asText()).isEqualTo("Model = 1M");
        assertThat(root.get("refused").get(0).get("points").asInt()).isEqualTo(1);
        JsonNode d = root.get("summary").get("laws").get(3);
        assertThat(d.get("law").asText()).isEqualTo("d");
        assertThat(List.of(d.get("scored").asInt(), d.get("failed").asInt(), d.get("refused").asInt())).containsExactly(2, 1, 1);
        JsonNode ab = root.get("summary").get("pairwise").get(0);
        assertThat(List.of(ab.get("law").asText(), ab.get("other").asText())).containsExactly("a", "b");
        assertThat(ab.get("wins").asInt()).isEqualTo(3);
        assertThat(ab.get("pValue").asDouble()).isEqualTo(0.25);
        assertThat(root.get("summary").get("laws").get(0).get("meanRank").asDouble()).isEqualTo(1.0);
    }
}
