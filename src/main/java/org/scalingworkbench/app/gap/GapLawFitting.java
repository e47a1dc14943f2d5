package org.scalingworkbench.app.gap;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * Fits a law to the measured gaps against the scale, through the same {@link SweepFitting} as any
 * curve (multi-start, then the bootstrap the request asks for): the gaps become a two-column
 * sweep, the scale column under its own name and role, the gap as the metric {@value #GAP}.
 */
public final class GapLawFitting {

    /** The name of the gap column of the fitted sweep. */
    static final String GAP = "gap";

    private final SweepFitting fitting;

    public GapLawFitting(SweepFitting fitting) {
        this.fitting = fitting;
    }

    /**
     * The request's only law fitted to {@code sizes}' measured gaps.
     *
     * @throws IllegalArgumentException when a gap is not positive and the objective is on the log scale,
     *                                  or the law's fit failed
     */
    GapLawFit fit(FitRequest request, String xName, String xSymbol, List<SizeGap> sizes, TaskContext context) {
        double[] x = sizes.stream().mapToDouble(SizeGap::x).toArray();
        double[] gap = sizes.stream().mapToDouble(SizeGap::nats).toArray();
        if (request.objective().onLogScale() && Arrays.stream(gap).anyMatch(g -> !(g > 0))) {
            String where = sizes.stream().filter(s -> !(s.nats() > 0)).map(s -> String.format("%.6g", s.x()))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("the gap is not positive at " + xName + " = " + where
                    + ": a law fitted on the log scale needs a positive gap (is the first series the one without the"
                    + " extra conditioning? otherwise fit with --objective lsq)");
        }
        int[] lines = new int[x.length];
        Arrays.setAll(lines, i -> i + 1);
        Sweep sweep = Sweep.of("gap of " + xName, List.of(
                Column.numeric(xName, roleOf(xSymbol), "the scale of both series", x),
                Column.numeric(GAP, ColumnRole.METRIC, "first series' loss minus second's", gap)), lines);
        FitRequest onGap = request.withData(DataSelection.loaded().withColumns(xName, GAP));
        CurveFit fit = fitting.fit(onGap, sweep, context).only();
        String id = request.laws().get(0).lawId();
        LeaderboardEntry e = fit.entry(id).orElseThrow();
        if (e.status() == FitStatus.FAILED || e.fitResult().isEmpty()) {
            throw new IllegalArgumentException("the " + id + " fit of the gap failed: " + e.detail());
        }
        return new GapLawFit(fit.laws().get(id), e.fitResult().get(), fit.bootstrap(id).orElse(null));
    }

    /** The scale role of symbol {@code symbol} (N, D, C, step), model size for any other. */
    private static ColumnRole roleOf(String symbol) {
        for (ColumnRole r : ColumnRole.values()) {
            if ((r.isSize() || r == ColumnRole.STEP) && r.symbol().equals(symbol)) {
                return r;
            }
        }
        return ColumnRole.PARAMETERS;
    }
}
