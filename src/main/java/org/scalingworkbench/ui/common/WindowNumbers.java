package org.scalingworkbench.ui.common;

import java.util.Locale;
import org.scalingworkbench.app.report.ReportNumbers;

/**
 * How the window writes numbers, in every table and read-off: four significant digits, plain from
 * 1e-3 to 1e5 (0.01327, 712.3, 12350) and in scientific notation with a signed two-digit exponent
 * outside (1.234e+21, 2.500e-05), the same cut as {@link ReportNumbers}; a hyphen-minus for negative
 * values, "—" for none (NaN) and "∞" for infinity.
 */
public final class WindowNumbers {

    /** Significant digits of every number the window shows. */
    public static final int DIGITS = 4;

    /** What the window shows for a number that is not there (NaN). */
    public static final String NONE = "—";

    private WindowNumbers() {
    }

    /** {@code v} to four significant digits, plain or scientific by its size. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return NONE;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        String text = ReportNumbers.text(v, DIGITS);
        return text.contains("e") ? String.format(Locale.ROOT, "%." + (DIGITS - 1) + "e", v) : text;
    }

    /** An interval as "[lower, upper]", each end written as {@link #format(double)} writes it; empty when the lower end is NaN. */
    public static String interval(double lower, double upper) {
        return Double.isNaN(lower) ? "" : "[" + format(lower) + ", " + format(upper) + "]";
    }
}
