package org.scalingworkbench.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scalingworkbench.cli.ScalingWorkbenchCommand;

/**
 * Bad command lines, run in-process: each ends with exit code 1 or 2 and an error naming the option
 * (or file) and the problem, with no stack trace, within {@link Bounded#LIMIT}.
 */
class MalformedCommandLineTest {

    private static final String SWEEP = "sample-runs/isoflop-chinchilla/isoflop_sweep.csv";
    private static final String CURVES = "sample-runs/training-curves/training_curves.csv";

    /** Arguments and a fragment the error must contain. */
    record Case(List<String> args, String names) {
        static Case of(String names, String... args) {
            return new Case(List.of(args), names);
        }
    }

    static List<Case> cases() {
        return List.of(
            Case.of("nosuchcommand", "nosuchcommand"),
            Case.of("--bogus", "--bogus"),
            Case.of("--law", "fit", SWEEP, "--law"),
            Case.of("law 'nope'", "fit", SWEEP, "--law", "nope"),
            Case.of("--bootstrap", "fit", SWEEP, "--bootstrap", "many"),
            Case.of("--bootstrap must be from 0 to 100000", "fit", SWEEP, "--law", "plc", "--bootstrap", "-5"),
            Case.of("--seed", "fit", SWEEP, "--seed", "1.5"),
            Case.of("--delta", "fit", SWEEP, "--delta", "abc"),
            Case.of("--delta", "fit", SWEEP, "--objective", "log-huber", "--delta", "-1"),
            Case.of("--objective", "fit", SWEEP, "--objective", "cubic"),
            Case.of("--start", "fit", SWEEP, "--formula", "E + A/N^a", "--start", "a"),
            Case.of("--start", "fit", SWEEP, "--formula", "E + A/N^a", "--start", "a=x"),
            Case.of("column", "fit", SWEEP, "--formula", "E + A/N^"),
            Case.of("--formula", "fit", SWEEP, "--formula", "E + A/N^a", "--law", "plc"),
            Case.of("no_such_column", "fit", SWEEP, "--law", "plc", "--x", "params", "--y", "no_such_column"),
            Case.of("no_such_column", "fit", SWEEP, "--law", "plc", "--x", "no_such_column"),
            Case.of("missing.csv", "fit", "missing.csv", "--law", "plc"),
            Case.of("FILE", "fit"),
            Case.of("missing.csv", "inspect", "missing.csv"),
            Case.of("hold-out 'bogus'", "compare", SWEEP, "--holdout", "bogus"),
            Case.of("hold-out 'top:x'", "compare", SWEEP, "--holdout", "top:x"),
            Case.of("hold-out 'x>lots'", "compare", SWEEP, "--holdout", "x>lots"),
            Case.of("hold-out x>1.0E30 holds out no point of the", "compare", SWEEP, "--x", "params", "--holdout", "x>1e30"),
            Case.of("hold-out x>1.0E30 holds out no point of the", "fit", SWEEP, "--law", "plc", "--x", "params", "--holdout", "x>1e30"),
            Case.of("hold-out x>0.0 holds out all", "compare", SWEEP, "--x", "params", "--holdout", "x>0"),
            Case.of("law 'nope'", "compare", SWEEP, "--holdout", "top:2", "--laws", "plc,nope"),
            Case.of("--backtest", "compare", SWEEP, "--backtest", "zero"),
            Case.of("--where", "compare", CURVES, "--where", "novalue"),
            Case.of("target offset", "compare", SWEEP, "--holdout", "top:2", "--target-offset", "-2"),
            Case.of("--target-loss", "forecast", SWEEP, "--target-loss", "abc"),
            Case.of("--approach", "frontier", SWEEP, "--approach", "magic"),
            Case.of("--budget", "frontier", SWEEP, "--budget", "lots"),
            Case.of("--cells", "frontier", SWEEP, "--cells", "-3"),
            Case.of("--isoflop-window", "frontier", SWEEP, "--isoflop-window", "0.5"),
            Case.of("--width", "plot", SWEEP, "-o", "target/robustness-plot.png", "--width", "wide"),
            Case.of("--dpi", "plot", SWEEP, "-o", "target/robustness-plot.png", "--dpi", "0"),
            Case.of("--theme", "plot", SWEEP, "-o", "target/robustness-plot.png", "--theme", "neon"),
            Case.of("--output", "plot", SWEEP, "-o", "target/robustness-plot.gif"),
            Case.of("--seed", "simulate", "--seed", "x"));
    }

    @TestFactory
    Stream<DynamicTest> everyBadCommandLineExitsWithAMessageNamingTheOption() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(String.join(" ", c.args()), () -> check(c)));
    }

    private static void check(Case c) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Bounded.LIMIT, () ->
                ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(c.args().toArray(String[]::new)));
        String message = err.toString();
        assertThat(code).as("exit code; stderr: %s", message).isIn(1, 2);
        assertThat(message).contains(c.names()).doesNotContain("\tat ")
                .doesNotContain("NullPointerException").doesNotContain("IndexOutOfBounds");
    }
}
