package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.forecast.CurveForecasts;
import org.scalingworkbench.app.forecast.ForecastReport;
import org.scalingworkbench.app.forecast.ForecastTarget;
import org.scalingworkbench.app.forecast.SweepForecasting;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.fit.Interval;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast FILE --law plc --target-reducible 0.05}: fits the law through
 * {@link SweepForecasting} and prints the scale that reaches the target, with L∞ in nats and bits
 * and the reducible loss at the largest fitted x, each with a bootstrap interval when asked, and
 * the fit's warnings (an L∞ on its bound, say); with {@code --group-by}, one such block per curve and
 * the curves without a forecast listed with the reason.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The scale needed to reach a target loss or reducible loss, with L-infinity and intervals."
                + " Law: --law or --formula of one variable (default: plc).")
final class ForecastCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FittingOptions options;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Exactly one target. */
    static final class Target {
        @Option(names = "--target-loss", required = true, paramLabel = "L", description = "Loss to reach, in the target's units.")
        double loss = Double.NaN;

        @Option(names = "--target-reducible", required = true, paramLabel = "L",
                description = "Reducible loss L - Linf to reach, in the target's units.")
        double reducible = Double.NaN;
    }

    @Override
    public Integer call() throws IOException {
        FitRequest request = options.request(List.of("plc"));
        CurveForecasts forecasts = SweepForecasting.standard().forecastCurves(request,
                new ForecastTarget(target.loss, target.reducible, Double.NaN), TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        if (!forecasts.keyed()) {
            forecasts.forecasts().forEach(r -> print(out, r, request.bootstrap().seed()));
        } else {
            forecasts.notes().forEach(n -> out.println("note: " + n));
            out.printf("%s: %d curves forecast, %d without a forecast%n", forecasts.source(), forecasts.forecasts().size(),
                    forecasts.refused().size());
            for (ForecastReport r : forecasts.forecasts()) {
                out.println();
                out.println("== " + r.curve() + " ==");
                print(out, r, request.bootstrap().seed());
            }
            if (!forecasts.refused().isEmpty()) {
                out.println();
                out.println("curves without a forecast:");
                forecasts.refused().forEach(c -> out.println("  " + c.name() + " (" + c.points() + " points): " + c.reason()));
            }
        }
        out.flush();
        return 0;
    }

    /** One curve's forecast: the fit, notes and warnings, then each read-off with its interval. */
    private static void print(PrintWriter out, ForecastReport r, long seed) {
        out.printf("%s: %s fit of %s on %s, %d rows%n", r.source(), r.fit().lawId(), r.target(), r.variable(), r.rows());
        r.notes().forEach(n -> out.println("  note: " + n));
        r.warnings().forEach(w -> out.println("  warning: " + w));
        if (r.resamples() > 0) {
            out.printf("intervals: 95%% bootstrap percentile, %d resamples (%d failed), seed %d%n", r.resamples(),
                    r.failedResamples(), seed);
        }
        r.scaleNeeded().ifPresent(x -> print(out, r.variable() + " needed for " + x.quantity().replace("x at ", ""), x));
        r.irreducibleLoss().ifPresentOrElse(l -> {
            print(out, "irreducible loss Linf (nats)", l);
            print(out, "irreducible loss Linf (bits)", l.inBits());
        }, () -> out.println("irreducible loss Linf: the law has no irreducible term (Linf = 0)"));
        print(out, "reducible loss at largest " + r.variable() + " = " + g(r.atX()), r.reducibleAtX());
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
