package org.scalingworkbench.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit a column was read in and the factor its values were multiplied by to reach base units
 * (parameters, tokens, FLOPs, nats per token): 10⁹ for a header {@code Model Size (B)}, 8.64·10¹⁹ for
 * {@code PF-days}, ln 2 for a loss in bits.
 *
 * @param factor base units per unit read; 1 when the values are as read
 * @param unit   the unit as the header writes it or the user named it ({@code (B)}, {@code gflops}); empty for none
 * @param reason why, for the user ("header says (B): billions"); empty for none
 */
public record ColumnScale(double factor, String unit, String reason) {

    /** Values as read, no unit named. */
    public static final ColumnScale NONE = new ColumnScale(1, "", "");

    public ColumnScale {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a scale factor must be a positive number, got " + factor);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reason, "reason");
    }

    /** A factor the user chose (1 keeps the values as read). */
    public static ColumnScale byUser(double factor) {
        return new ColumnScale(factor, factor == 1 ? "" : "×" + factorText(factor),
                "set by user");
    }

    /** A factor for people: {@code 1e9}, {@code 8.64e19}, {@code 0.6931}. */
    public static String factorText(double factor) {
        long power = Math.round(Math.log10(factor));
        if (power != 0 && Math.abs(factor / Math.pow(10, power) - 1) < 1e-12) {
            return "1e" + power;
        }
        if (factor >= 1e5 || factor < 1e-3) {
            return new BigDecimal(factor).round(new MathContext(6)).stripTrailingZeros().toString()
                    .toLowerCase(Locale.ROOT).replace("+", "");
        }
        return new BigDecimal(factor).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Whether the values differ from those read. */
    public boolean scales() {
        return factor != 1;
    }
}
