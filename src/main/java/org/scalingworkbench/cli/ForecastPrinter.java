package org.scalingworkbench.cli;

import java.io.PrintWriter;
import org.scalingworkbench.analysis.MetricUnits;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.forecast.ForecastReport;
import org.scalingworkbench.fit.Interval;

/**
 * Prints one forecast: the fit, what the metric is taken to be, notes and the fit's warnings, then
 * each read-off with its interval in the metric's units: nats and bits for a loss, a fraction or a
 * percent for a score (never nats).
 */
final class ForecastPrinter {

    private final PrintWriter out;
    private final long seed;
    private final java.util.List<Double> at;

    /** @param at the x values y was read off at, in the order of {@link ForecastReport#valuesAt()} */
    ForecastPrinter(PrintWriter out, long seed, java.util.List<Double> at) {
        this.out = out;
        this.seed = seed;
        this.at = java.util.List.copyOf(at);
    }

    /** One curve's forecast. */
    void print(ForecastReport r) {
        out.printf("%s: %s fit of %s on %s, %d rows%n", r.source(), r.fit().lawId(), r.target(), r.variable(), r.rows());
        out.println("  " + r.metric().statement(r.variable()));
        r.notes().forEach(n -> out.println("  note: " + n));
        r.warnings().forEach(w -> out.println("  warning: " + w));
        if (r.resamples() > 0) {
            out.printf("intervals: 95%% bootstrap percentile, %d resamples (%d failed), seed %d%n", r.resamples(),
                    r.failedResamples(), seed);
        }
        MetricUnits units = r.metric().units();
        r.scaleNeeded().ifPresent(x -> line(r.variable() + " needed for " + x.quantity().replace("x at ", ""), x));
        if (units.isLoss()) {
            printLoss(r, units);
        } else {
            r.scoreLimit().ifPresentOrElse(l -> line("limit as " + r.variable() + " grows, " + l.quantity().replace("limit ", "")
                    + unit(units), l), () -> out.println("limit as " + r.variable() + " grows: the law has none"));
        }
        for (int i = 0; i < r.valuesAt().size(); i++) {
            line(r.target() + " at " + r.variable() + " = " + g(at.get(i)) + unit(units), r.valuesAt().get(i));
        }
    }

    private void printLoss(ForecastReport r, MetricUnits units) {
        r.irreducibleLoss().ifPresentOrElse(l -> {
            if (units == MetricUnits.BITS) {
                line("irreducible loss Linf (bits)", l);
                line("irreducible loss Linf (nats)", times(l, Math.log(2)));
            } else {
                line("irreducible loss Linf (nats)", l);
                line("irreducible loss Linf (bits)", l.inBits());
            }
        }, () -> out.println("irreducible loss Linf: the law has no irreducible term (Linf = 0)"));
        line("reducible loss at largest " + r.variable() + " = " + g(r.atX()), r.reducibleAtX());
    }

    private static ReadOff times(ReadOff r, double factor) {
        Interval i = r.interval();
        return new ReadOff(r.quantity(), r.value() * factor,
                i == null ? null : new Interval(i.lower() * factor, i.upper() * factor, i.level()));
    }

    private static String unit(MetricUnits units) {
        return units.label().isEmpty() ? "" : " (" + units.label() + ")";
    }

    private void line(String label, ReadOff readOff) {
        Interval i = readOff.interval();
        String interval = i == null ? "" : "  (" + g(i.lower()) + ", " + g(i.upper()) + ")";
        out.printf("%-44s %s%s%n", label + ":", g(readOff.value()), interval);
    }

    private static String g(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "never (infinite)" : "-infinite") : String.format("%.5g", v);
    }
}
