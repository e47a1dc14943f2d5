package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;

/** A report on two files fitted as one names each file with its own SHA-256, in every format. */
class TwoSourceReportTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "0123456789abcdef".repeat(4);

    private final ScalingReport report = ScalingReport.of(
            new ReportData(List.of(new DataSource("a.csv", SHA_A), new DataSource("b.csv", SHA_B)), "loss", "N", List.of()),
            Double.NaN, new Leaderboard("curve", "cut-off", 5, 0, Double.NaN,
                    List.of(LeaderboardEntry.failed("m4", 5, "did not converge"))), Map.of(), Map.of());

    @Test
    void markdownGivesEachFileABulletWithItsDigest() {
        List<String> lines = ReportFormat.MARKDOWN.write(report).lines().toList();
        int data = lines.indexOf("- **Data:** 2 files fitted as one:");
        assertThat(data).isPositive();
        assertThat(lines.subList(data + 1, data + 4)).containsExactly("  - `a.csv`, SHA-256 `" + SHA_A + "`",
                "  - `b.csv`, SHA-256 `" + SHA_B + "`", "- **Points:** 5 fitted, none held out.");
    }

    @Test
    void latexCommentsEachFileAndCaptionsTheirUnion() {
        String tex = ReportFormat.LATEX.write(report);
        assertThat(tex.lines().limit(4)).containsExactly("% Scaling Workbench report; needs \\usepackage{booktabs}",
                "% data: a.csv, SHA-256 " + SHA_A, "% data: b.csv, SHA-256 " + SHA_B, "");
        assertThat(tex).contains(" in \\texttt{a.csv + b.csv}, ranked by held-out RMSLE.");
    }

    @Test
    void jsonListsTheSourcesInOrder() throws Exception {
        var root = new ObjectMapper().readTree(ReportFormat.JSON.write(report));
        assertThat(root.get("sources").toString())
                .isEqualTo("[{\"file\":\"a.csv\",\"sha256\":\"" + SHA_A + "\"},{\"file\":\"b.csv\",\"sha256\":\"" + SHA_B + "\"}]");
        assertThat(root.has("source")).isFalse();
    }

    @Test
    void oneFileKeepsTheOneLineAndNoFileIsRefused() {
        ReportData one = new ReportData(new DataSource("a.csv", SHA_A), "loss", "N", List.of());
        assertThat(one.sources()).containsExactly(new DataSource("a.csv", SHA_A));
        assertThat(one.name()).isEqualTo("a.csv");
        assertThatThrownBy(() -> new ReportData(List.of(), "loss", "N", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
