package org.scalingworkbench.app.plot;

import java.io.IOException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.figure.ScalingPlotSpec;

/**
 * The use case "plot this fit" behind {@code plot}: the request fitted by {@link SweepFitting}
 * (the same fit {@code fit} reports), then drawn by {@link ScalingPlots} with the residual panel,
 * as the window's export draws it.
 */
public final class SweepPlotting {

    /**
     * A fit and its plot.
     *
     * @param fit  the request's laws fitted to its one curve
     * @param spec the scaling plot of that fit, with the residual panel
     */
    public record PlotOutcome(CurveFit fit, ScalingPlotSpec spec) {

        /** The best fitted law and its key parameters, "plc: L∞ = 1.7, α = 0.3"; empty when no law could be fitted. */
        public java.util.Optional<String> bestLaw() {
            return fit.board().best().flatMap(e -> e.fitResult()).map(LawLabel::of);
        }

        /** Why no law could be fitted, from the first law's entry ("chinchilla could not be fitted: ..."). */
        public String failure() {
            return fit.board().entries().stream().findFirst().map(e -> e.lawId() + " could not be fitted: " + e.detail())
                    .orElse("no law to fit");
        }
    }

    private final SweepFitting fitting;

    public SweepPlotting(SweepFitting fitting) {
        this.fitting = fitting;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepPlotting standard() {
        return new SweepPlotting(SweepFitting.standard());
    }

    /**
     * Reads the request's files, fits its laws and draws them.
     *
     * @param request     what to fit (one curve: no curve key)
     * @param groupColumn the column whose values group the points, or null for the selection's own groups
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when a law, column, value or the hold-out does not fit the data
     */
    public PlotOutcome plot(FitRequest request, String groupColumn, TaskContext context) throws IOException {
        FitOutcome outcome = fitting.fit(request, context);
        if (outcome.curves().size() != 1) {
            throw new IllegalArgumentException("a plot shows one curve, and the rows make " + outcome.curves().size()
                    + "; pick one with --where");
        }
        CurveFit fit = outcome.only();
        PlotData points = groupColumn == null ? fit.curve().points() : ColumnGroups.by(fit.curve().points(), groupColumn);
        return new PlotOutcome(fit, ScalingPlots.of(points, fit, request.holdOut(), true));
    }
}
