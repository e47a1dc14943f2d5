package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;

/** A board whose only law failed: every number is NaN, shown as a dash in the tables and null in JSON. */
class FailedFitReportTest {

    private final ScalingReport report = ScalingReport.of(new ReportData(DataSource.named("sample"), "loss", "N", List.of()),
            Double.NaN, new Leaderboard("curve", "cut-off", 5, 0, Double.NaN,
                    List.of(LeaderboardEntry.failed("m4", 5, "did not converge"))), Map.of(), Map.of());

    @Test
    void markdownShowsDashesAndTheFailure() {
        String md = ReportFormat.MARKDOWN.write(report);
        assertThat(md).contains("| 1 | `m4` | 5 | — | — | — | — | did not converge |", "5 fitted, none held out",
                "`sample` (not read from a file: no SHA-256)", "none (no law could be fitted)");
        assertThat(md).doesNotContain("NaN", "### Parameters");
    }

    @Test
    void latexShowsEmDashesAndJsonNulls() throws Exception {
        assertThat(ReportFormat.LATEX.write(report)).contains("1 & \\texttt{m4} & 5 & --- & --- & --- & --- \\\\")
                .doesNotContain("NaN", "tab:scaling-parameters");
        JsonNode root = new ObjectMapper().readTree(ReportFormat.JSON.write(report));
        JsonNode law = root.get("laws").get(0);
        assertThat(law.get("failed").asBoolean()).isTrue();
        assertThat(law.get("heldOut").get("rmsle").isNull()).isTrue();
        assertThat(law.get("aic").isNull()).isTrue();
        assertThat(root.get("holdOut").get("cutOff").isNull()).isTrue();
        assertThat(root.get("sources").get(0).get("sha256").isNull()).isTrue();
        assertThat(root.get("objective").isNull()).isTrue();
    }
}
