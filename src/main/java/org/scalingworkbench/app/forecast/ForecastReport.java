package org.scalingworkbench.app.forecast;

import java.util.List;
import java.util.Optional;
import org.scalingworkbench.analysis.MetricReading;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.fit.FitResult;

/**
 * A forecast: the fit, the scale needed to reach the target, and the read-offs of a loss (L∞, the
 * reducible loss) or of a score (its limit), and y at the x values asked for; every read-off goes
 * with the fit's {@code warnings}.
 *
 * @param curve           the curve's name ("Task = arc"; the file's name without a curve key)
 * @param source          the sweep's name (the file, or the files joined)
 * @param target          the target column
 * @param variable        the scaling variable's column
 * @param rows            rows fitted
 * @param notes           what happened to the rows
 * @param warnings        the fit's warnings (a parameter such as L∞ ending on its bound), one sentence each
 * @param fit             the fit of the law
 * @param resamples       bootstrap resamples behind the intervals (0: none)
 * @param failedResamples resamples whose refit failed (left out of intervals)
 * @param xNeeded         the x (variable's units) that reaches the target, +Infinity if never; null when not asked
 * @param irreducible     L∞ in the target's units (nats for a loss in nats), null for laws without one
 * @param atX             the x of the reducible-loss read-off (the largest fitted x unless asked), original units
 * @param reducibleAtX    L(atX) − L∞, target units; null for a score
 * @param metric          what the metric is taken to be: its direction, units and why
 * @param limit           a score's limit as x grows (sig: the ceiling; sigerr: Einf), metric units; null for a loss
 * @param valuesAt        y at each x asked for, metric units, in the order asked
 */
public record ForecastReport(String curve, String source, String target, String variable, int rows, List<String> notes,
        List<String> warnings, FitResult fit, int resamples, int failedResamples, ReadOff xNeeded, ReadOff irreducible,
        double atX, ReadOff reducibleAtX, MetricReading metric, ReadOff limit, List<ReadOff> valuesAt) {

    public ForecastReport {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        valuesAt = List.copyOf(valuesAt);
    }

    /** A score's limit at infinite x (the ceiling of a rising score), if the law has one. */
    public Optional<ReadOff> scoreLimit() {
        return Optional.ofNullable(limit);
    }

    /** L∞, if the law has an irreducible term. */
    public Optional<ReadOff> irreducibleLoss() {
        return Optional.ofNullable(irreducible);
    }

    /** The x that reaches the target, if one was asked for. */
    public Optional<ReadOff> scaleNeeded() {
        return Optional.ofNullable(xNeeded);
    }

    /** The same forecast with {@code more} notes after its own. */
    public ForecastReport withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(0, notes);
        return new ForecastReport(curve, source, target, variable, rows, all, warnings, fit, resamples, failedResamples, xNeeded,
                irreducible, atX, reducibleAtX, metric, limit, valuesAt);
    }
}
