package org.scalingworkbench.app.plot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.ScalingPlotSpec;

/**
 * The use case "plot this fit" behind {@code plot}: the request fitted by {@link SweepFitting}
 * (the same fit {@code fit} reports), then drawn by {@link ScalingPlots}: one curve with the
 * residual panel, as the window's export draws it; several curves (a curve key) each with its own
 * fit in its own colour; or, with a facet column, small multiples.
 */
public final class SweepPlotting {

    /**
     * A fit and its plot.
     *
     * @param outcome every curve's fit
     * @param spec    the scaling plot (one panel), or null when drawn as small multiples
     * @param facets  the small multiples, or null for one panel
     */
    public record PlotOutcome(FitOutcome outcome, ScalingPlotSpec spec, FacetedPlotSpec facets) {

        /** The first curve's fit (the only one without a curve key). */
        public CurveFit fit() {
            return outcome.curves().get(0);
        }

        /**
         * The best fitted law and its key parameters, "plc: L∞ = 1.7, α = 0.3", for one curve; for
         * several, how many were fitted ("3 of 4 curves fitted; 1 drawn without a fit"). Empty when
         * no law could be fitted to any curve.
         */
        public Optional<String> bestLaw() {
            List<CurveFit> fitted = outcome.curves().stream().filter(f -> f.board().best().isPresent()).toList();
            if (outcome.selection().curves().size() == 1) {
                return fitted.isEmpty() ? Optional.empty() : fitted.get(0).board().best().flatMap(e -> e.fitResult())
                        .map(f -> LawLabel.of(f) + divergedNote());
            }
            int all = (int) outcome.selection().curves().stream().filter(c -> c.points().curve().size() > 0).count();
            return fitted.isEmpty() ? Optional.empty() : Optional.of(fitted.size() + " of " + all + " curves fitted"
                    + (fitted.size() < all ? "; " + (all - fitted.size()) + " drawn without a fit" : "") + divergedNote());
        }

        /** "; not drawn, diverged: m3 (2 curves)" when a law's fit ran off on some curve, else empty. */
        public String divergedNote() {
            Map<String, Integer> diverged = new LinkedHashMap<>();
            outcome.curves().forEach(f -> f.board().entries().stream().filter(e -> e.status() == FitStatus.DIVERGED)
                    .forEach(e -> diverged.merge(e.lawId(), 1, Integer::sum)));
            if (diverged.isEmpty()) {
                return "";
            }
            boolean one = outcome.curves().size() == 1;
            return "; not drawn, diverged: " + diverged.entrySet().stream()
                    .map(e -> one ? e.getKey() : e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " curve)" : " curves)"))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        /** Why no law could be fitted, from the first curve's first entry ("chinchilla could not be fitted: ..."). */
        public String failure() {
            if (outcome.curves().isEmpty()) {
                return outcome.refused().stream().findFirst().map(r -> r.name() + " could not be fitted: " + r.reason())
                        .orElse("no curve to fit");
            }
            return fit().board().entries().stream().findFirst().map(e -> e.lawId() + " could not be fitted: " + e.detail())
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

    /** As {@link #plot(FitRequest, String, String, TaskContext)} without small multiples. */
    public PlotOutcome plot(FitRequest request, String groupColumn, TaskContext context) throws IOException {
        return plot(request, groupColumn, null, context);
    }

    /**
     * Reads the request's files, fits its laws to each curve and draws them.
     *
     * @param request     what to fit; a curve key draws every curve with its own fit
     * @param groupColumn the column whose values colour the points of a single curve, or null for the
     *                    selection's own groups
     * @param facet       the column whose values become panels (fitted per value: it joins the
     *                    curve key), or null for one panel
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when a law, column, value or the hold-out does not fit the data
     */
    public PlotOutcome plot(FitRequest request, String groupColumn, String facet, TaskContext context) throws IOException {
        FitRequest r = facet == null ? request : withFacet(request, facet);
        FitOutcome outcome = fitting.fit(r, context);
        List<String> key = r.data().curveKey();
        if (facet != null) {
            return new PlotOutcome(outcome, null, ScalingPlots.facets(outcome, r.holdOut(), new PlotOptions(key, facet, false)));
        }
        if (key.isEmpty() && outcome.curves().size() == 1) {
            CurveFit fit = outcome.only();
            PlotData points = groupColumn == null ? fit.curve().points() : ColumnGroups.by(fit.curve().points(), groupColumn);
            return new PlotOutcome(outcome, ScalingPlots.of(points, fit, r.holdOut(), true), null);
        }
        if (groupColumn != null) {
            throw new IllegalArgumentException("--group colours the points of one curve; with a curve key (" + String.join(",", key)
                    + ") the curves are coloured by it");
        }
        return new PlotOutcome(outcome, ScalingPlots.of(outcome, r.holdOut(), PlotOptions.of(key, true)), null);
    }

    /** The request with {@code facet} first in its curve key, so each panel's curves are fitted on their own. */
    private static FitRequest withFacet(FitRequest request, String facet) {
        DataSelection d = request.data();
        List<String> key = new ArrayList<>(List.of(facet));
        d.curveKey().stream().filter(c -> !c.equals(facet)).forEach(key::add);
        return request.withData(d.withCurveKey(key));
    }
}
