package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.FormulaBench;
import org.scalingworkbench.app.bench.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench formula}: prints {@link FormulaBench}'s evaluations of a custom formula's value, and
 * value with gradient, on random rows (variables log-uniform in [--min, --max], default [1e6,
 * 1e12]; every parameter at 1), on one thread and then on several: nanoseconds per evaluation,
 * wall and CPU time.
 */
@Command(name = "formula", mixinStandardHelpOptions = true,
        description = "Evaluate a custom formula (value and exact gradient) many times.")
final class BenchFormulaCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", defaultValue = "E + A/N^alpha + B/D^beta", description = "the formula (default: ${DEFAULT-VALUE})")
    private String formula;

    @Option(names = "--evaluations", defaultValue = "5000000", description = "evaluations per measurement (default: ${DEFAULT-VALUE})")
    private long evaluations;

    @Option(names = "--threads", defaultValue = "0", description = "threads for the parallel run; 0 = all cores")
    private int threads;

    @Option(names = "--min", defaultValue = "1e6", description = "smallest variable value (default: ${DEFAULT-VALUE})")
    private double min;

    @Option(names = "--max", defaultValue = "1e12", description = "largest variable value (default: ${DEFAULT-VALUE})")
    private double max;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FormulaBench bench = new FormulaBench(formula, min, max);
        bench.warmUp(evaluations / 10);
        out.println("formula: " + bench.law().formula() + "  variables " + bench.law().variables() + "  parameters "
                + bench.law().parameterCount());
        report(out, "value, 1 thread", bench.oneThread(evaluations, false));
        report(out, "value+gradient, 1 thread", bench.oneThread(evaluations, true));
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        report(out, "value+gradient, " + n + " threads", bench.parallel(evaluations, n));
        out.println(Machine.describe());
        return 0;
    }

    private static void report(PrintWriter out, String what, FormulaBench.Measurement m) {
        out.printf("%-28s %,d evaluations: wall %.3f s, CPU %.3f s, %.1f ns/evaluation (wall)  [checksum %.6g]%n",
                what, m.evaluations(), m.wallNanos() / 1e9, m.cpuNanos() / 1e9, m.wallNanos() / m.evaluations(), m.checksum());
    }
}
