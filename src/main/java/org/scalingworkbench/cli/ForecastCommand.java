package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.forecast.ForecastReport;
import org.scalingworkbench.app.forecast.ForecastRequest;
import org.scalingworkbench.app.forecast.SweepForecasting;
import org.scalingworkbench.fit.Interval;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast FILE --law plc --target-reducible 0.05}: fits the law and prints the scale that
 * reaches the target, with L∞ in nats and bits and the reducible loss at the largest fitted x,
 * each with a bootstrap interval when asked.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The scale needed to reach a target loss or reducible loss, with L-infinity and intervals.")
final class ForecastCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private Path file;

    @Option(names = "--law", defaultValue = "plc", description = "Single-variable law id (default: ${DEFAULT-VALUE}).")
    private String law;

    @Option(names = "--x", description = "Scaling variable: column name or role symbol (default: the only scale column).")
    private String x;

    @Option(names = "--y", description = "Target column (default: the only metric column).")
    private String y;

    @Option(names = "--where", description = "Keep rows with COLUMN=VALUE (repeatable).")
    private Map<String, String> where = new LinkedHashMap<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--bootstrap", defaultValue = "0", description = "Bootstrap resamples for 95%% intervals (default: none).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private ObjectiveOptions objective;

    /** Exactly one target. */
    static final class Target {
        @Option(names = "--target-loss", required = true, description = "Loss to reach, in the target's units.")
        double loss = Double.NaN;

        @Option(names = "--target-reducible", required = true, description = "Reducible loss L - Linf to reach.")
        double reducible = Double.NaN;
    }

    @Override
    public Integer call() throws IOException {
        ForecastRequest request = new ForecastRequest(file, law, x, y, where, target.loss, target.reducible, resamples,
                seed, objective.objective());
        ForecastReport r = SweepForecasting.standard().forecast(request, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s fit of %s on %s, %d rows%n", r.source(), r.fit().lawId(), r.target(), r.variable(), r.rows());
        r.notes().forEach(n -> out.println("  note: " + n));
        if (resamples > 0) {
            out.printf("intervals: 95%% bootstrap percentile, %d resamples (%d failed), seed %d%n", r.resamples(),
                    r.failedResamples(), seed);
        }
        print(out, r.variable() + " needed for " + r.xNeeded().quantity().replace("x at ", ""), r.xNeeded());
        r.irreducibleLoss().ifPresentOrElse(l -> {
            print(out, "irreducible loss Linf (nats)", l);
            print(out, "irreducible loss Linf (bits)", l.inBits());
        }, () -> out.println("irreducible loss Linf: the law has no irreducible term (Linf = 0)"));
        print(out, "reducible loss at largest " + r.variable() + " = " + g(r.largestX()), r.reducibleAtLargest());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String label, ReadOff readOff) {
        Interval i = readOff.interval();
        String interval = i == null ? "" : "  (" + g(i.lower()) + ", " + g(i.upper()) + ")";
        out.printf("%-44s %s%s%n", label + ":", g(readOff.value()), interval);
    }

    private static String g(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "never (infinite)" : "-infinite") : String.format("%.5g", v);
    }
}
