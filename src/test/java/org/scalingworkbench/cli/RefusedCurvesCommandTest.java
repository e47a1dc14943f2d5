package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.fit.ManyCurves;

/** fit and compare --backtest print the curves they could not fit after the others, one line each. */
class RefusedCurvesCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void fitPrintsTheFittedCurvesThenEachCurveNotFittedWithItsReason() throws IOException {
        int code = cli.run("fit", ManyCurves.write(dir).toString(), "--law", "plc", "--x", "tokens", "--group-by", "Task",
                "--holdout", "top:1");
        assertThat(code).isZero();
        assertThat(cli.out()).contains("Task = t1: plc fit of loss on tokens, 11 rows", "Task = t3: plc fit of loss on tokens, 11 rows");
        assertThat(cli.out()).endsWith(String.format(
                "%nnot fitted: Task = tiny (1 point): top:1 would hold out all 1 points of Task = tiny, leaving nothing to fit"
                        + "%nnot fitted: Task = pair (3 points): 2 points to fit, too few for any law: plc has 3 parameters and needs at least 4%n"));
    }

    @Test
    void backtestPrintsEachCurveNotBacktestedWithItsReason() throws IOException {
        int code = cli.run("compare", ManyCurves.write(dir).toString(), "--laws", "plc", "--x", "tokens", "--group-by", "Task",
                "--backtest", "2");
        assertThat(code).isZero();
        assertThat(cli.out()).contains("Task = t2").contains(
                "not fitted: Task = tiny (1 point): a single point: a backtest holds out the largest runs in turn and fits the rest");
    }

    @Test
    void aPercentAfterXIsRefusedNamingUpto() throws IOException {
        int code = cli.run("fit", ManyCurves.write(dir).toString(), "--law", "plc", "--x", "tokens", "--holdout", "x>25%");
        assertThat(code).isNotZero();
        assertThat(cli.err()).contains("write upto:25%").doesNotContain("at org.");
    }
}
