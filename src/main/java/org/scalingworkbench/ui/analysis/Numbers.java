package org.scalingworkbench.ui.analysis;

import java.util.Locale;
import org.scalingworkbench.fit.Interval;

/** How the analysis tabs write numbers: four significant digits, "–" for none, "∞" for infinity. */
final class Numbers {

    private Numbers() {
    }

    /** {@code v} to four significant digits. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * {@code v}, and below it its interval in brackets to three significant digits, or {@code v}
     * alone when the interval is undefined.
     */
    static String withInterval(double v, Interval interval) {
        if (interval == null || Double.isNaN(interval.lower())) {
            return format(v);
        }
        return format(v) + "\n[" + brief(interval.lower()) + ", " + brief(interval.upper()) + "]";
    }

    private static String brief(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : format(v);
    }
}
