package org.scalingworkbench.ui.analysis;

import java.util.Locale;
import org.scalingworkbench.fit.Interval;

/**
 * How the analysis tabs write numbers: four significant digits with a short exponent (1.059e10,
 * 2.5e-5), "–" for none, "∞" for infinity.
 */
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
        return shortExponent(String.format(Locale.ROOT, "%.4g", v));
    }

    /** "1.059e+10" as "1.059e10", "2.500e-05" as "2.500e-5". */
    private static String shortExponent(String text) {
        return text.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
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
        return Double.isFinite(v) ? shortExponent(String.format(Locale.ROOT, "%.3g", v)) : format(v);
    }
}
