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

class CompareCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private Path twoTasks() throws IOException {
        return TwoTasksCsv.write(dir);
    }

    @Test
    void printsOneLeaderboardPerGroupWithTheTrueLawFirst() throws IOException {
        assertThat(cli.run("compare", twoTasks().toString(), "--laws", "pl,plc", "--holdout", "column:Training",
                "--group-by", "Task")).isZero();
        String text = cli.out();
        assertThat(text).contains("tasks.csv: loss against tokens");
        assertThat(text).contains("Task = a: hold-out column:Training, 12 fitted, 4 held out, extrapolating 1.07 orders of magnitude");
        assertThat(text).contains("Task = b: hold-out column:Training");
        assertThat(text).containsPattern("1  plc +3 +[0-9.e-]+");
        assertThat(text).containsPattern("2  pl +2 ");
    }

    @Test
    void whereFilterAndJsonCarryTheBoard() throws IOException {
        assertThat(cli.run("compare", twoTasks().toString(), "--laws", "plc,pl", "--holdout", "top:4", "--where", "Task=b",
                "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        JsonNode board = root.get("leaderboards").get(0);
        assertThat(board.get("curve").asText()).isEqualTo("tasks.csv where Task = b");
        assertThat(board.get("heldOutPoints").asInt()).isEqualTo(4);
        JsonNode best = board.get("entries").get(0);
        assertThat(best.get("law").asText()).isEqualTo("plc");
        assertThat(best.get("parameters").get("Linf").asDouble()).isCloseTo(2.5, within(1e-6));
        assertThat(best.get("heldOut").get("rmsle").asDouble()).isLessThan(1e-6);
    }

    @Test
    void backtestPrintsErrorAgainstOrdersOfMagnitudePerLaw() throws IOException {
        assertThat(cli.run("compare", twoTasks().toString(), "--laws", "pl,plc", "--backtest", "3", "--where", "Task=a")).isZero();
        String text = cli.out();
        assertThat(text).contains("tasks.csv: loss against tokens, held-out RMSLE (ln) by runs held out");
        // 16 points log-spaced over 4 decades: each held-out point adds 4/15 of a decade
        assertThat(text).containsPattern("  1 +1 +0\\.267 +[0-9.e-]+ +[0-9.e-]+\n");
        assertThat(text).containsPattern("  3 +3 +0\\.800 ");
        assertThat(cli.run("compare", twoTasks().toString(), "--laws", "pl")).isEqualTo(1);
        assertThat(cli.err()).contains("give either --holdout or --backtest K");
    }

    @Test
    void runColumnKeepsARunsPointsTogetherWhenHoldingOutTheLargest() throws IOException {
        StringBuilder csv = new StringBuilder("config,params,step,loss\n");
        double[] sizes = {1e7, 1e8, 1e9};
        for (int r = 0; r < sizes.length; r++) {
            for (int s = 1; s <= 6; s++) {
                double step = 100.0 * s;
                csv.append("cfg").append(r).append(',').append(sizes[r]).append(',').append(step).append(',')
                        .append(2 + 30 * Math.pow(sizes[r], -0.1) * Math.pow(step, -0.2)).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("curves.csv"), csv);
        assertThat(cli.run("compare", file.toString(), "--laws", "pl", "--x", "step", "--y", "loss", "--run", "config",
                "--holdout", "top:1")).isZero();
        // the largest run (N = 1e9) is held out whole, although its steps are no larger than the others'
        assertThat(cli.out()).contains("12 fitted, 6 held out, extrapolating 0.00 orders of magnitude");
    }

    @Test
    void fourDigitAdditionWithTheReferenceTargetOffsetGivesThePublishedHeldOutRmsle() {
        Path data = Path.of(System.getProperty("shared.data.dir", "../shared/data"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "shared data folder " + data + " absent: skipping");
        assertThat(cli.run("compare", data.resolve("broken_neural_scaling_laws/4_digit_addition__dataset_size_x-axis.csv").toString(),
                "--laws", "bnsl1", "--holdout", "column:split", "--target-offset", "1")).isZero();
        assertThat(cli.out()).containsPattern("1  bnsl1 +6 +0\\.01091[0-9]* ");
    }

    @Test
    void badHoldOutIsOneLineAndExitCodeOne() throws IOException {
        assertThat(cli.run("compare", twoTasks().toString(), "--holdout", "first:3")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("scaling-workbench compare: hold-out 'first:3' is not one of none, top:K, last:K,"
                + " upto:F%, x>VALUE, column:NAME, runs:A,B");
    }

    @Test
    void unknownWhereValueNamesTheValuesPresent() throws IOException {
        assertThat(cli.run("compare", twoTasks().toString(), "--holdout", "top:2", "--where", "Task=c")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("scaling-workbench compare: no row has Task = c; values are a, b");
    }
}
