package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.MetricDirection;
import org.scalingworkbench.analysis.MetricUnits;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.forecast.CurveForecasts;
import org.scalingworkbench.app.forecast.ForecastReport;
import org.scalingworkbench.app.forecast.ForecastTarget;
import org.scalingworkbench.app.forecast.SweepForecasting;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast FILE --law plc --target-reducible 0.05 --at 1e22}: fits the law through
 * {@link SweepForecasting} and prints, under the metric's direction and the fit's warnings, the
 * scale that reaches the target, L∞ in nats and bits for a loss or the limit (ceiling) of a score
 * as a fraction or percent, the reducible loss at the largest fitted x, and y at each {@code --at}
 * x, each with a bootstrap interval when asked ({@link ForecastPrinter}); with {@code --group-by},
 * one such block per curve and the curves without a forecast listed with the reason.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "The scale needed to reach a target loss or score, L-infinity or a score's ceiling, and y at any x,"
                + " with intervals. Law: --law or --formula of one variable (default: plc for a loss, sig for a score).")
final class ForecastCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FittingOptions options;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Target target = new Target();

    @Option(names = "--at", split = ",", paramLabel = "X",
            description = "Read y off at these x values (the variable's units), with intervals; several allowed.")
    private List<Double> at = new ArrayList<>();

    @Option(names = "--direction", paramLabel = "rising|falling",
            description = "The metric's direction (default: from its name, else its values): rising for a score, falling for a loss.")
    private String direction;

    @Option(names = "--units", paramLabel = "nats|bits|fraction|percent",
            description = "The metric's units (default: from its name and values), e.g. bits for a loss in bits.")
    private String units;

    /** At most one target. */
    static final class Target {
        @Option(names = "--target-loss", required = true, paramLabel = "L", description = "Loss to reach, in the target's units.")
        double loss = Double.NaN;

        @Option(names = "--target-score", required = true, paramLabel = "S",
                description = "Score to reach (a rising metric), in its units: a fraction or a percent.")
        double score = Double.NaN;

        @Option(names = "--target-reducible", required = true, paramLabel = "L",
                description = "Reducible loss L - Linf to reach, in the target's units.")
        double reducible = Double.NaN;
    }

    @Override
    public Integer call() throws IOException {
        FitRequest request = options.request(List.of());
        double value = Double.isNaN(target.score) ? target.loss : target.score;
        ForecastTarget asked = new ForecastTarget(value, target.reducible, Double.NaN).withYAt(at)
                .withMetric(direction == null ? null : MetricDirection.parse(direction), units == null ? null : units(units));
        CurveForecasts forecasts = SweepForecasting.standard().forecastCurves(request, asked, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        ForecastPrinter printer = new ForecastPrinter(out, request.bootstrap().seed(), at);
        if (!forecasts.keyed()) {
            forecasts.forecasts().forEach(printer::print);
        } else {
            forecasts.notes().forEach(n -> out.println("note: " + n));
            out.printf("%s: %d curves forecast, %d without a forecast%n", forecasts.source(), forecasts.forecasts().size(),
                    forecasts.refused().size());
            for (ForecastReport r : forecasts.forecasts()) {
                out.println();
                out.println("== " + r.curve() + " ==");
                printer.print(r);
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

    private static MetricUnits units(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nats" -> MetricUnits.NATS;
            case "bits" -> MetricUnits.BITS;
            case "fraction" -> MetricUnits.FRACTION;
            case "percent", "%" -> MetricUnits.PERCENT;
            default -> throw new IllegalArgumentException("--units " + text + ": give nats, bits, fraction or percent");
        };
    }
}
