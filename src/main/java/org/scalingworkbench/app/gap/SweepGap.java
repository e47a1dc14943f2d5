package org.scalingworkbench.app.gap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.gap.FittedSeries;
import org.scalingworkbench.analysis.gap.GapPoint;
import org.scalingworkbench.analysis.gap.LossGapAnalysis;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.laws.FreeExponentPowerLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * The use case "the information gap" (Henighan et al. 2020), behind the {@code gap} command and
 * the window: each series is fitted with its request's first law, the sizes both series measured
 * are matched exactly, the gap first − second is read at each (measured, and between the fits with
 * a bootstrap interval), a law is fitted to the measured gaps against the scale, and the size where
 * that law stops growing beyond its interval is found ({@link GapPlateau}). Without a bootstrap
 * asked for, {@value #DEFAULT_RESAMPLES} resamples are drawn: the intervals are the point.
 */
public final class SweepGap {

    /** Coverage of every interval of the gap. */
    static final double LEVEL = 0.95;
    /** Resamples drawn when the request asks for none. */
    public static final int DEFAULT_RESAMPLES = 200;

    private final SweepFitting fitting;
    private final GapLawFitting gapFitting;

    public SweepGap(SweepFitting fitting, GapLawFitting gapFitting) {
        this.fitting = fitting;
        this.gapFitting = gapFitting;
    }

    /** The use case over the standard importer and the built-in laws plus {@link FreeExponentPowerLaw}. */
    public static SweepGap standard() {
        SweepFitting fitting = new SweepFitting(SweepLoading.standard(),
                new LawResolver(LawCatalog.builtIn().with(new FreeExponentPowerLaw())));
        return new SweepGap(fitting, new GapLawFitting(fitting));
    }

    /**
     * Reads both series' files, fits and measures the gap.
     *
     * @throws IOException              naming a file that cannot be read
     * @throws IllegalArgumentException when the series are not the same models, a law does not fit,
     *                                  or an option does not fit the data
     */
    public GapReport run(GapRequest request, TaskContext context) throws IOException {
        FitOutcome a = fitting.fit(resampled(request.first().request()), context);
        FitOutcome b = fitting.fit(resampled(request.second().request()), context);
        String lawId = request.first().request().laws().get(0).lawId();
        CurveFit fitA = a.only();
        CurveFit fitB = b.only();
        FittedSeries first = series(request.first().name(), fitA, lawId);
        FittedSeries second = series(request.second().name(), fitB, lawId);
        String xName = fitA.curve().points().points().xName();
        List<MatchedSizes.Size> matched = MatchedSizes.match(first.name(), fitA.curve(), second.name(), fitB.curve(), xName);
        LossGapAnalysis analysis = new LossGapAnalysis(fitA.laws().get(lawId), first, second);
        List<SizeGap> sizes = new ArrayList<>();
        for (MatchedSizes.Size s : matched) {
            GapPoint fitted = analysis.curve(new double[] {s.x()}).get(0);
            sizes.add(new SizeGap(s.x(), s.first(), s.second(), fitted));
        }
        context.progress(2, 3, "fitting the gap");
        FitRequest gapRequest = resampled(request.first().request()).withLaws(List.of(request.gapLaw()));
        GapLawFit gapLaw = gapFitting.fit(gapRequest, xName, fitA.curve().points().points().xSymbol(), sizes, context);
        double tokens = TokenCount.of(request.tokens(), a.selection().sweep(), b.selection().sweep());
        List<String> notes = new ArrayList<>(a.notes());
        b.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        return new GapReport(xName, fitA.curve().points().points().yName(), fitA.laws().get(lawId), first, second, sizes, gapLaw,
                tokens, GapPlateau.of(gapLaw, sizes.get(0).x(), sizes.get(sizes.size() - 1).x()), notes);
    }

    private static FitRequest resampled(FitRequest r) {
        if (!r.data().curveKey().isEmpty()) {
            throw new IllegalArgumentException("the gap takes one curve per series; drop --group-by " + String.join(",", r.data().curveKey()));
        }
        return r.bootstrap().isRequested() ? r : r.withBootstrap(new Resampling(DEFAULT_RESAMPLES, r.bootstrap().seed()));
    }

    private static FittedSeries series(String name, CurveFit fit, String lawId) {
        LeaderboardEntry e = fit.entry(lawId).orElseThrow(() -> new IllegalArgumentException("series " + name + " has no fit of " + lawId));
        if (e.status() == FitStatus.FAILED || e.fitResult().isEmpty()) {
            throw new IllegalArgumentException("the " + lawId + " fit of series " + name + " failed: " + e.detail());
        }
        return new FittedSeries(name, e.fitResult().get(), fit.bootstrap(lawId).orElse(null));
    }
}
