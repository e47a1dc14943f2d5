package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three report formats of a board fitted to loss = 2 + 50·N^(−0.3) (plc's truth: L∞ = 2, α = 0.3). */
class ReportWritersTest {

    @TempDir
    static Path dir;

    private static SyntheticBoard fitted;

    @BeforeAll
    static void fit() throws Exception {
        fitted = new SyntheticBoard(dir, List.of(9, 4));
    }

    @Test
    void reportRanksPlcFirstWithTheGeneratingParameters() {
        LawReport best = fitted.report.laws().get(0);
        assertThat(best.lawId()).isEqualTo("plc");
        assertThat(best.limit().orElseThrow().value()).isCloseTo(2.0, within(1e-6));
        assertThat(best.parameters().get(2).value()).isCloseTo(0.3, within(1e-6));
        assertThat(best.parameters().get(0).bootstrapInterval()).isPresent();
        assertThat(fitted.report.laws().get(1).limit()).isEmpty();
        assertThat(fitted.report.holdOut().fitted()).isEqualTo(12);
        assertThat(fitted.report.holdOut().heldOut()).isEqualTo(4);
        assertThat(fitted.report.data().excludedLines()).containsExactly(4, 9);
    }

    @Test
    void markdownListsPlcsLimitAsTwoInTheBoardAndTheParameterTable() throws Exception {
        String md = ReportFormat.MARKDOWN.write(fitted.report);
        String plcRow = md.lines().filter(l -> l.startsWith("| 1 | `plc` | 3 |")).findFirst().orElseThrow();
        assertThat(plcRow).contains("| 2.000 |");
        String plRow = md.lines().filter(l -> l.startsWith("| 2 | `pl` | 2 |")).findFirst().orElseThrow();
        assertThat(plRow.split("\\|")[7].strip()).isEqualTo("—");
        assertThat(md).contains("| L∞ | 2.000 |", "| α | 0.3000 |", "y = L∞ + (x₀/x)^α", "95% interval",
                "12 fitted, 4 held out above `params` = 2.896e9", "2 points (source lines 4 and 9)",
                "SHA-256 `" + sha256(fitted.file) + "`", "sum of squared ln residuals");
        assertThat(md).doesNotContain("NaN", "Infinity");
    }

    @Test
    void jsonParsesBackToTheReportsValues() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportFormat.JSON.write(fitted.report));
        assertThat(root.get("sources").get(0).get("sha256").asText()).isEqualTo(sha256(fitted.file));
        assertThat(root.get("holdOut").get("cutOff").asDouble()).isEqualTo(SyntheticBoard.CUT_OFF);
        assertThat(root.get("excludedLines").toString()).isEqualTo("[4,9]");
        for (int i = 0; i < fitted.report.laws().size(); i++) {
            LawReport law = fitted.report.laws().get(i);
            JsonNode node = root.get("laws").get(i);
            assertThat(node.get("law").asText()).isEqualTo(law.lawId());
            assertThat(node.get("heldOut").get("rmsle").asDouble()).isEqualTo(law.heldOut().rmsle());
            assertThat(node.get("aic").asDouble()).isEqualTo(law.aic());
            for (int j = 0; j < law.parameters().size(); j++) {
                ParameterEstimate p = law.parameters().get(j);
                assertThat(node.get("parameters").get(j).get("value").asDouble()).isEqualTo(p.value());
                assertThat(node.get("parameters").get(j).get("standardError").asDouble()).isEqualTo(p.standardError());
            }
        }
        JsonNode plc = root.get("laws").get(0);
        assertThat(plc.get("irreducibleLoss").get("value").asDouble()).isCloseTo(2.0, within(1e-6));
        assertThat(plc.get("parameters").get(0).get("interval95")).hasSize(2);
        JsonNode pl = root.get("laws").get(1);
        assertThat(pl.get("irreducibleLoss").isNull()).isTrue();
        assertThat(pl.get("parameters").get(0).get("interval95").isNull()).isTrue();
        assertThat(root.get("objective").get("kind").asText()).isEqualTo("LOG_LEAST_SQUARES");
        assertThat(root.get("objective").get("huberDelta").isNull()).isTrue();
    }

    @Test
    void latexHasTwoBooktabsTablesWithMathSymbolsAndBalancedBraces() {
        String tex = ReportFormat.LATEX.write(fitted.report);
        assertThat(tex).contains("\\begin{tabular}{rlrrrrr}\n\\toprule", "\\begin{tabular}{lrrc}\n\\toprule", "\\midrule",
                "\\bottomrule", "$L_\\infty$ & 2.000 &", "$\\alpha$ & 0.3000 &", "$y = L_\\infty + (x_{0}/x)^{\\alpha}$",
                "\\label{tab:scaling-leaderboard}", "95\\% bootstrap");
        assertThat(tex.lines().filter(l -> l.startsWith("2 & \\texttt{pl} & 2 &")).findFirst().orElseThrow()).endsWith("& --- \\\\");
        assertThat(tex.lines().filter(l -> l.matches("\\d+ & .*\\\\\\\\")).map(l -> l.split(" & ", -1).length)).containsExactly(7, 7);
        assertThat(tex.lines().filter(l -> l.startsWith("$") && l.endsWith("\\\\")).map(l -> l.split(" & ", -1).length))
                .hasSize(5).containsOnly(4);
        assertThat(tex.chars().filter(c -> c == '{').count()).isEqualTo(tex.chars().filter(c -> c == '}').count());
        assertThat(tex).doesNotContain("Linf", "NaN", "Infinity", "—");
    }

    @Test
    void fileFormatFollowsTheExtension() throws Exception {
        assertThat(ReportFormat.forFile(Path.of("a", "Report.MD"))).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.forFile(Path.of("fit.tex"))).contains(ReportFormat.LATEX);
        assertThat(ReportFormat.forFile(Path.of("fit.txt"))).isEmpty();
        Path json = dir.resolve("board.json");
        ReportFormat.writeFile(fitted.report, json);
        assertThat(new ObjectMapper().readTree(json.toFile()).get("laws")).hasSize(2);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
