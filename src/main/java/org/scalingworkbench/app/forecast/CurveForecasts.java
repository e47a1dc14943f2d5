package org.scalingworkbench.app.forecast;

import java.util.List;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * One forecast per curve of a request: the curves read off, and the curves that could not be (too
 * few points for the law, a fit that failed), with the reason. A refused curve never stops the others.
 *
 * @param source    the sweep's name (the file, or the files joined)
 * @param keyed     whether the request had a curve key; without one there is one forecast, the whole sweep's
 * @param forecasts one per curve read off, in the order the curves first appear in the file
 * @param refused   the curves without a forecast, in the same order
 * @param notes     what happened to the rows, one sentence each
 */
public record CurveForecasts(String source, boolean keyed, List<ForecastReport> forecasts, List<RefusedCurve> refused,
        List<String> notes) {

    public CurveForecasts {
        forecasts = List.copyOf(forecasts);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    /** The forecast of the curve named {@code name}, if it was made. */
    public java.util.Optional<ForecastReport> forecast(String name) {
        return forecasts.stream().filter(f -> f.curve().equals(name)).findFirst();
    }
}
