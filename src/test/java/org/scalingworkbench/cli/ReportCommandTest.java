package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.report.ParameterSymbols;
import org.scalingworkbench.app.report.ReportNumbers;

class ReportCommandTest {

    /** plc truth: Linf = 1.7, x0 = 3e7, alpha = 0.3. */
    private static final double LINF = 1.7;
    private static final double X0 = 3e7;
    private static final double ALPHA = 0.3;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute(args);
    }

    /** 20 runs at 10^6..10^10 of plc with 1% log-normal noise (seed 11), a comment line and a text column. */
    private Path plcFile() throws IOException {
        Random rng = new Random(11);
        StringBuilder csv = new StringBuilder("# synthetic plc sweep\nrun,params,loss\n");
        for (int i = 0; i < 20; i++) {
            double n = Math.pow(10, 6 + 4 * i / 19.0);
            double loss = (LINF + Math.pow(X0 / n, ALPHA)) * Math.exp(0.01 * rng.nextGaussian());
            csv.append(String.format(Locale.ROOT, "r%d,%.6e,%.6f%n", i, n, loss));
        }
        Path file = dir.resolve("plc.csv");
        Files.writeString(file, csv);
        return file;
    }

    private JsonNode json(Path file, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", file.toString(), "--law", "plc", "--format", "json"));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).isZero();
        JsonNode node = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        return node.get("laws").get(0);
    }

    @Test
    void markdownTableHasOneRowPerParameterWithTheFittedValues() throws IOException {
        Path file = plcFile();
        JsonNode fit = json(file);
        assertThat(run("report", file.toString(), "--law", "plc", "--format", "md", "--bootstrap", "20")).isZero();
        String md = out.toString();
        assertThat(md).contains("| parameter | value | std. error | 95% interval |");
        for (JsonNode p : fit.get("parameters")) {
            assertThat(md).contains("| " + ParameterSymbols.unicode(p.get("name").asText()) + " | "
                    + ReportNumbers.text(p.get("value").asDouble(), ReportNumbers.VALUE_DIGITS) + " |");
        }
        assertThat(md).contains("20 resamples");
    }

    @Test
    void latexTableUsesBooktabsAndMathSymbols() throws IOException {
        Path file = plcFile();
        Path tex = dir.resolve("fit.tex");
        assertThat(run("report", file.toString(), "--law", "plc", "--format", "tex", "-o", tex.toString())).isZero();
        String text = Files.readString(tex);
        assertThat(text).contains("\\toprule", "\\midrule", "\\bottomrule", "$L_\\infty$", "$\\alpha$", "$x_{0}$",
                "\\begin{tabular}{lrr}");
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());
        assertThat(text).doesNotContain("Linf");
    }

    @Test
    void jsonReportRecoversTheKnownExponent() throws IOException {
        JsonNode fit = json(plcFile());
        assertThat(fit.get("law").asText()).isEqualTo("plc");
        assertThat(fit.get("parameters").get(2).get("value").asDouble()).isCloseTo(ALPHA, within(0.05));
    }

    @Test
    void pythonScriptEmbedsOnlyTheRowsOfTheWhereConditionsLessTheExcluded() throws IOException {
        Path file = TwoTasksCsv.write(dir);
        Path script = dir.resolve("where.py");
        assertThat(run("report", file.toString(), "--law", "plc", "--where", "Task=b", "--exclude-top-loss", "2",
                "--format", "py", "-o", script.toString())).isZero();
        List<String> rows = Files.readString(script).lines().filter(l -> l.startsWith("    [")).toList();
        assertThat(rows).hasSize(14); // task b's 16 rows less the 2 of highest loss
        for (String row : rows) {
            String[] cells = row.replaceAll("[\\[\\], ]+", " ").trim().split(" ");
            assertThat(Double.parseDouble(cells[1])).as(row).isGreaterThan(2.5); // task a's losses are all below 2.5
        }
    }
}
