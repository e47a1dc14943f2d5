package org.scalingworkbench.app.forecast;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.LossReadOffs;
import org.scalingworkbench.analysis.MetricReading;
import org.scalingworkbench.analysis.MetricRecognizer;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.analysis.ScoreReadOffs;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.ParameterRange;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The use case "how far must I scale": the request's one law of one variable fitted (and
 * bootstrapped) by {@link SweepFitting}, then the scale that reaches a target loss or reducible
 * loss, L∞ and the reducible loss at an x read off with 95% percentile intervals
 * ({@link #readOffs}, which the window calls on its own fit).
 */
public final class SweepForecasting {

    /** Confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    /** The law a forecast fits when none is named, for a loss and for a score. */
    public static final String LOSS_LAW = "plc";
    public static final String SCORE_LAW = "sig";

    private final SweepLoading loading;
    private final SweepFitting fitting;
    private final LawResolver resolver;

    public SweepForecasting(SweepLoading loading, SweepFitting fitting, LawResolver resolver) {
        this.loading = loading;
        this.fitting = fitting;
        this.resolver = resolver;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepForecasting standard() {
        return new SweepForecasting(SweepLoading.standard(), SweepFitting.standard(), LawResolver.builtIn());
    }

    /**
     * Reads the request's files, fits its law and reads off {@code target}.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when the request has not exactly one law of one variable and
     *                                  one curve, or the law could not be fitted
     */
    public ForecastReport forecast(FitRequest request, ForecastTarget target, TaskContext context) throws IOException {
        checkNamed(request);
        return forecast(request, target, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /** The forecast on a sweep already loaded; see {@link #forecast(FitRequest, ForecastTarget, TaskContext)}. */
    public ForecastReport forecast(FitRequest request, ForecastTarget target, Sweep sweep, TaskContext context) {
        request = withDefaultLaw(request, target, sweep);
        check(request);
        FitOutcome outcome = fitting.fit(request, sweep, context);
        if (outcome.curves().size() != 1) {
            throw new IllegalArgumentException("a forecast reads off one curve, the request selected " + outcome.curves().size()
                    + "; pick one with --where");
        }
        return readOffs(outcome.only(), request.laws().get(0).lawId(), target).withNotes(outcome.notes());
    }

    /**
     * Reads the request's files and makes one forecast per curve; see
     * {@link #forecastCurves(FitRequest, ForecastTarget, Sweep, TaskContext)}.
     *
     * @throws IOException naming the file that cannot be read
     */
    public CurveForecasts forecastCurves(FitRequest request, ForecastTarget target, TaskContext context) throws IOException {
        checkNamed(request);
        return forecastCurves(request, target, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /**
     * One forecast per curve of the request's curve key, each from its own fit; a curve the fit
     * use case refused, or whose law could not be fitted, is listed with the reason and the others
     * go on. Without a curve key, the one forecast of {@link #forecast(FitRequest, ForecastTarget, Sweep, TaskContext)}.
     *
     * @throws IllegalArgumentException when the request has not exactly one law of one variable, or
     *                                  a column, value or the hold-out does not fit the data
     */
    public CurveForecasts forecastCurves(FitRequest request, ForecastTarget target, Sweep sweep, TaskContext context) {
        request = withDefaultLaw(request, target, sweep);
        check(request);
        if (request.data().curveKey().isEmpty()) {
            ForecastReport one = forecast(request, target, sweep, context);
            return new CurveForecasts(one.source(), false, List.of(one), List.of(), List.of());
        }
        FitOutcome outcome = fitting.fit(request, sweep, context);
        String lawId = request.laws().get(0).lawId();
        Map<String, ForecastReport> forecasts = new LinkedHashMap<>();
        Map<String, RefusedCurve> refused = new LinkedHashMap<>();
        outcome.refused().forEach(r -> refused.put(r.name(), r));
        for (CurveFit fit : outcome.curves()) {
            try {
                forecasts.put(fit.curve().name(), readOffs(fit, lawId, target));
            } catch (IllegalArgumentException e) {
                refused.put(fit.curve().name(), new RefusedCurve(fit.curve().name(), fit.curve().keptCount(), e.getMessage()));
            }
        }
        return new CurveForecasts(outcome.source(), true, outcome.inCurveOrder(forecasts), outcome.inCurveOrder(refused),
                outcome.notes());
    }


    /**
     * The request itself when it names a law; otherwise with the law its metric calls for: the
     * rising sigmoid {@code sig} for a score, {@code plc} for a loss, the metric recognized on the
     * first curve selected (or as {@code target} sets it).
     */
    public FitRequest withDefaultLaw(FitRequest request, ForecastTarget target, Sweep sweep) {
        if (!request.laws().isEmpty()) {
            return request;
        }
        FitRequest probe = request.withLaws(List.of(LawSpec.builtIn(LOSS_LAW)));
        var curve = fitting.select(probe, sweep).curves().get(0).points().curve();
        MetricReading metric = MetricRecognizer.recognize(curve, target.direction());
        return request.withLaws(List.of(metric.rising() ? scoreLaw(metric) : LawSpec.builtIn(LOSS_LAW)));
    }

    /** {@code sig}, its floor and ceiling kept within 0..1 for a fraction and 0..100 for a percent. */
    private static LawSpec scoreLaw(MetricReading metric) {
        LawSpec sig = LawSpec.builtIn(SCORE_LAW);
        double top = switch (metric.units()) {
            case FRACTION -> 1.0;
            case PERCENT -> 100.0;
            default -> Double.POSITIVE_INFINITY;
        };
        return sig.withBounds("floor", new ParameterRange(0.0, top)).withBounds("ceil", new ParameterRange(0.0, top));
    }

    /** {@link #check} before reading the files, when the request names its law. */
    private void checkNamed(FitRequest request) {
        if (!request.laws().isEmpty()) {
            check(request);
        }
    }

    private void check(FitRequest request) {
        if (request.laws().size() != 1) {
            throw new IllegalArgumentException("forecast needs one law, got " + request.laws().size());
        }
        LawSpec law = request.laws().get(0);
        if (resolver.variables(law).size() != 1) {
            throw new IllegalArgumentException("forecast needs a law of one variable; " + law.lawId() + " takes "
                    + resolver.variables(law));
        }
    }

    /**
     * The read-offs of law {@code lawId} of a fit already made (no fitting): the x reaching the
     * target when asked, L∞, and the reducible loss at {@code target.atX()} (the largest fitted x
     * when NaN), with the bootstrap's intervals where it ran, and the fit's warnings.
     *
     * @throws IllegalArgumentException when the fit has no such law, the law failed, or it is not of one variable
     */
    public static ForecastReport readOffs(CurveFit fit, String lawId, ForecastTarget target) {
        LeaderboardEntry entry = fitted(fit, lawId);
        ScalingLaw law = fit.laws().get(lawId);
        if (law.variables().size() != 1) {
            throw new IllegalArgumentException("forecast needs a law of one variable; " + lawId + " takes " + law.variables());
        }
        FitResult result = entry.fit();
        BootstrapResult boot = fit.bootstrap(lawId).orElse(null);
        double largest = Arrays.stream(fit.data().trainRows(law)).mapToDouble(r -> r[0]).max().orElse(Double.NaN);
        var curve = fit.curve().points().curve();
        MetricReading metric = metric(curve, target);
        LossReadOffs loss = new LossReadOffs(law, result, boot, LEVEL, largest);
        ScoreReadOffs score = new ScoreReadOffs(law, result, boot, LEVEL, largest);
        List<ReadOff> valuesAt = target.yAt().stream().map(score::valueAt).toList();
        List<String> warnings = result.warnings().stream().map(FitWarning::message).toList();
        if (!metric.units().isLoss()) {
            if (!Double.isNaN(target.targetReducible())) {
                throw new IllegalArgumentException("metric '" + metric.metric() + "' is not a loss (" + metric.direction().verb()
                        + " with x): give the score to reach, not a reducible loss");
            }
            ReadOff needed = Double.isNaN(target.targetLoss()) ? null : score.xFor(target.targetLoss());
            return new ForecastReport(curve.name(), curve.sweep().sourceName(), curve.y().name(), curve.x().name(),
                    fit.data().trainSize(), List.of(), warnings, result, boot == null ? 0 : boot.resamples(),
                    boot == null ? 0 : boot.failed(), needed, null, largest, null, metric, score.limit().orElse(null), valuesAt);
        }
        double at = Double.isNaN(target.atX()) ? largest : target.atX();
        ReadOff needed = !target.asksForScale() ? null : Double.isNaN(target.targetLoss())
                ? loss.xForReducibleLoss(target.targetReducible()) : loss.xForLoss(target.targetLoss());
        return new ForecastReport(curve.name(), curve.sweep().sourceName(), curve.y().name(), curve.x().name(), fit.data().trainSize(),
                List.of(), warnings, result, boot == null ? 0 : boot.resamples(), boot == null ? 0 : boot.failed(), needed,
                loss.irreducibleLoss().orElse(null), at, loss.reducibleLossAt(at), metric, null, valuesAt);
    }

    /** The curve's metric as recognized, with the direction and units the target sets. */
    private static MetricReading metric(org.scalingworkbench.analysis.Curve curve, ForecastTarget target) {
        MetricReading metric = MetricRecognizer.recognize(curve, target.direction());
        return target.units() == null ? metric : metric.withUnits(target.units());
    }

    /**
     * L∞ of law {@code lawId} as fitted in {@code fit}, with its 95% bootstrap interval when the fit
     * has a bootstrap; for laws of one variable and of several (Chinchilla's E) alike. Empty when
     * the law has no irreducible term.
     *
     * @throws IllegalArgumentException when the law was not fitted
     */
    public static java.util.Optional<ReadOff> irreducibleLoss(CurveFit fit, String lawId) {
        LeaderboardEntry entry = fitted(fit, lawId);
        return new LossReadOffs(fit.laws().get(lawId), entry.fit(), fit.bootstrap(lawId).orElse(null), LEVEL, Double.NaN)
                .irreducibleLoss();
    }

    /** Law {@code lawId}'s entry in {@code fit}, which must have been fitted. */
    private static LeaderboardEntry fitted(CurveFit fit, String lawId) {
        LeaderboardEntry entry = fit.entry(lawId).orElseThrow(() -> new IllegalArgumentException("no law " + lawId + " was fitted"));
        if (entry.status() == FitStatus.FAILED || entry.fit() == null) {
            throw new IllegalArgumentException(lawId + " could not be fitted: " + entry.detail());
        }
        return entry;
    }
}
