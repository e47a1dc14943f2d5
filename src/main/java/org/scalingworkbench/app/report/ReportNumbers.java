package org.scalingworkbench.app.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How reports print numbers: a fixed count of significant digits, plain between 1e-3 and 1e5 and
 * with a power of ten outside that range; NaN and infinities as a dash (an em dash in Markdown,
 * {@code ---} in LaTeX, which typesets as one).
 */
public final class ReportNumbers {

    /** Significant digits of fitted values, read-offs and interval ends. */
    public static final int VALUE_DIGITS = 4;

    /** Significant digits of standard errors and of error measures (RMSLE). */
    public static final int ERROR_DIGITS = 2;

    private static final double SMALL = 1e-3;
    private static final double LARGE = 1e5;

    private ReportNumbers() {
    }

    /** {@code v} to {@code digits} significant digits as text: 2.000, 0.3000, 1.234e10, 6.1e-07 becomes 6.1e-7; NaN as —. */
    public static String text(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        String[] mantissaExponent = scientific(v, digits);
        return mantissaExponent == null ? plain(v, digits) : mantissaExponent[0] + "e" + mantissaExponent[1];
    }

    /** {@code v} to {@code digits} significant digits as LaTeX: 2.000, or $1.234 \times 10^{10}$; NaN as ---. */
    public static String latex(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "---";
        }
        String[] mantissaExponent = scientific(v, digits);
        if (mantissaExponent == null) {
            String plain = plain(v, digits);
            return v < 0 ? "$" + plain + "$" : plain;
        }
        return "$" + mantissaExponent[0] + " \\times 10^{" + mantissaExponent[1] + "}$";
    }

    /** A value with a fixed number of decimals (for AIC and BIC, whose differences matter): −712.3; NaN as —. */
    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "—";
    }

    /** Mantissa and exponent when {@code v} needs a power of ten, else null. */
    private static String[] scientific(double v, int digits) {
        double rounded = Double.parseDouble(String.format(Locale.ROOT, "%." + (digits - 1) + "e", v));
        if (rounded == 0 || (Math.abs(rounded) >= SMALL && Math.abs(rounded) < LARGE)) {
            return null;
        }
        String[] parts = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v).split("e");
        return new String[] {parts[0], Integer.toString(Integer.parseInt(parts[1]))};
    }

    /** Rounded to {@code digits} significant digits and shown with them all, trailing zeros included: 2.000, 960. */
    private static String plain(double v, int digits) {
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO.setScale(digits - 1).toPlainString();
        }
        int magnitude = rounded.precision() - rounded.scale() - 1;
        return rounded.setScale(Math.max(0, digits - 1 - magnitude), RoundingMode.HALF_UP).toPlainString();
    }
}
