package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} and {@code forecast} with {@code --group-by}: one section or forecast per curve,
 * on {@link TwoTasksCsv} (L∞ 1.5 and 2.5) with a third task of 2 points added.
 */
class PerCurveReportAndForecastCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    /** Tasks a and b of 16 noiseless points (L∞ 1.5 and 2.5), and task c of 2 points. */
    private Path tasks() throws IOException {
        Path file = TwoTasksCsv.write(dir);
        Files.writeString(file, "c,1e6,3.0,1\nc,1e7,2.8,1\n", java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    @Test
    void forecastPrintsOneBlockPerCurveWithItsOwnLInfinity() throws IOException {
        assertThat(cli.run("forecast", tasks().toString(), "--law", "plc", "--group-by", "Task", "--target-reducible", "0.01"))
                .as(cli.err()).isZero();
        String text = cli.out();
        assertThat(text).contains("tasks.csv: 2 curves forecast, 1 without a forecast", "== Task = a ==", "== Task = b ==",
                "curves without a forecast:", "  Task = c (2 points): ");
        assertThat(text).containsPattern("== Task = a ==[\\s\\S]*irreducible loss Linf \\(nats\\): +1\\.5000\n[\\s\\S]*== Task = b ==");
        assertThat(text).containsPattern("== Task = b ==[\\s\\S]*irreducible loss Linf \\(nats\\): +2\\.5000\n");
    }

    @Test
    void jsonReportHasOneReportPerCurveNamingItAndTheRefusedCurve() throws IOException {
        assertThat(cli.run("report", tasks().toString(), "--law", "plc", "--group-by", "Task", "--format", "json"))
                .as(cli.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("curves")).hasSize(2);
        double[] floors = {1.5, 2.5};
        for (int t = 0; t < 2; t++) {
            JsonNode report = root.get("curves").get(t);
            assertThat(report.get("curve").asText()).isEqualTo("Task = " + (t == 0 ? "a" : "b"));
            assertThat(report.get("laws").get(0).get("irreducibleLoss").get("value").asDouble()).isCloseTo(floors[t], within(1e-6));
        }
        assertThat(root.get("refused").get(0).get("curve").asText()).isEqualTo("Task = c");
        assertThat(root.get("refused").get(0).get("points").asInt()).isEqualTo(2);
    }

    @Test
    void markdownAndLatexReportsHeadEachSectionWithItsCurve() throws IOException {
        Path file = tasks();
        assertThat(cli.run("report", file.toString(), "--law", "plc", "--group-by", "Task", "--format", "md")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("## Scaling-law fits of `loss` against `tokens` on curve `Task = a`",
                "## Scaling-law fits of `loss` against `tokens` on curve `Task = b`", "## Curves not fitted", "- `Task = c` (2 points): ");
        assertThat(cli.run("report", file.toString(), "--law", "plc", "--group-by", "Task", "--format", "tex")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\\label{tab:scaling-leaderboard-Task-a}", "\\label{tab:scaling-leaderboard-Task-b}",
                "\\label{tab:scaling-parameters-Task-b}", ", curve \\texttt{Task = a}", "\\paragraph{Curves not fitted.}",
                "\\item \\texttt{Task = c} (2 points): ");
    }

    @Test
    void pythonScriptOfSeveralCurvesIsRefusedNamingThem() throws IOException {
        assertThat(cli.run("report", tasks().toString(), "--law", "plc", "--group-by", "Task", "--format", "py")).isEqualTo(1);
        assertThat(cli.err().lines()).singleElement().asString().contains("one curve; this request fitted",
                "Task = a; Task = b; Task = c", "--where");
    }

    @Test
    void withoutACurveKeyTheReportIsTheSingleReportAsBefore() throws IOException {
        Path file = TwoTasksCsv.write(dir);
        assertThat(cli.run("report", file.toString(), "--law", "plc", "--where", "Task=a", "--format", "json")).as(cli.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.has("curve")).isFalse();
        assertThat(root.get("laws").get(0).get("irreducibleLoss").get("value").asDouble()).isCloseTo(1.5, within(1e-6));
    }
}
