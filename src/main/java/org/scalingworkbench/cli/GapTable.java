package org.scalingworkbench.cli;

import java.io.PrintWriter;
import org.scalingworkbench.app.gap.GapLawFit;
import org.scalingworkbench.app.gap.GapPlateau;
import org.scalingworkbench.app.gap.GapReport;
import org.scalingworkbench.app.gap.SizeGap;
import org.scalingworkbench.fit.Interval;

/** Prints a {@link GapReport} as a plain-text table and read-offs. */
final class GapTable {

    private static final double LN2 = Math.log(2);

    void print(PrintWriter out, GapReport r, int resamples, long seed) {
        out.printf("gap of %s: %s - %s, against %s; %s fitted to each series%n", r.yName(), r.first().name(), r.second().name(),
                r.xName(), r.seriesLaw().id());
        r.notes().forEach(n -> out.println("  note: " + n));
        out.printf("intervals: 95%% bootstrap percentile, %d resamples, seed %d%n", resamples, seed);
        if (r.perExample()) {
            out.printf("tokens per example: %s%n", g(r.tokensPerExample()));
        }
        out.println();
        int w1 = Math.max(12, r.first().name().length());
        int w2 = Math.max(12, r.second().name().length());
        out.printf("%-12s %-" + w1 + "s %-" + w2 + "s %-12s %-12s", r.xName(), r.first().name(), r.second().name(), "gap nats/tok",
                "gap bits/tok");
        if (r.perExample()) {
            out.printf(" %-12s %-12s", "nats/example", "bits/example");
        }
        out.printf(" %s%n", "gap between fits, nats/tok (95%)");
        for (SizeGap s : r.sizes()) {
            out.printf("%-12s %-" + w1 + "s %-" + w2 + "s %-12s %-12s", g(s.x()), g(s.lossFirst()), g(s.lossSecond()), g(s.nats()), g(s.bits()));
            if (r.perExample()) {
                out.printf(" %-12s %-12s", g(r.perExample(s.nats())), g(r.perExample(s.bits())));
            }
            out.printf(" %s%s%n", g(s.fitted().nats()), interval(s.fitted().interval()));
        }
        out.println();
        printLaw(out, r.gapLaw());
        printInformation(out, r, r.largestSize());
        printPlateau(out, r, r.plateau());
    }

    private static void printLaw(PrintWriter out, GapLawFit law) {
        out.printf("gap law %s (%s):%n", law.law().id(), law.law().displayName());
        law.parameterIntervals().forEach((name, i) -> out.printf("  %-8s %s%s%n", name, g(law.fit().value(name)), interval(i)));
    }

    private static void printInformation(PrintWriter out, GapReport r, double x) {
        GapLawFit law = r.gapLaw();
        Interval i = law.intervalAt(x);
        out.printf("information at %s = %s: %s nats/token%s = %s bits/token", r.xName(), g(x), g(law.at(x)), interval(i),
                g(law.at(x) / LN2));
        if (r.perExample()) {
            out.printf("; %s nats/example = %s bits/example", g(r.perExample(law.at(x))), g(r.perExample(law.at(x) / LN2)));
        }
        out.println();
    }

    private static void printPlateau(PrintWriter out, GapReport r, GapPlateau p) {
        if (p == null) {
            out.println("where the gap stops growing: needs a bootstrap");
        } else if (p.stillGrowing()) {
            out.printf("where the gap stops growing: still growing at the largest %s measured, %s (a tenfold larger model adds more"
                    + " than the gap's interval)%n", r.xName(), g(p.x()));
        } else {
            out.printf("where the gap stops growing: from %s = %s on (gap %s nats/token%s; a tenfold larger model adds less than"
                    + " that interval)%n", r.xName(), g(p.x()), g(p.gap()), interval(p.interval()));
        }
    }

    private static String interval(Interval i) {
        return Double.isNaN(i.lower()) ? "" : "  (" + g(i.lower()) + ", " + g(i.upper()) + ")";
    }

    private static String g(double v) {
        return String.format("%.5g", v);
    }
}
