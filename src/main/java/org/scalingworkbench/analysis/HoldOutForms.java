package org.scalingworkbench.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scalingworkbench.data.NumberParser;

/**
 * The command-line forms of a {@link HoldOutSplit}. {@code upto:} takes a percentage
 * ({@code upto:25%}) or a fraction below 1 ({@code upto:0.25}), both meaning a quarter of each
 * curve's largest x; a bare number of 1 or more ({@code upto:25}) is refused as ambiguous. A
 * percentage after {@code x>} ({@code x>25%}) is refused rather than read as 0.25: the cut-off is
 * in x's units, and the share of each curve's x is {@code upto:25%}.
 */
final class HoldOutForms {

    /** Every form, as the messages list them. */
    static final String FORMS = "none, top:K, last:K, upto:F%, x>VALUE, column:NAME, runs:A,B";

    private HoldOutForms() {
    }

    /** See {@link HoldOutSplit#parse(String)}. */
    static HoldOutSplit parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("none")) {
            return HoldOutSplit.NONE;
        }
        if (lower.startsWith("top:")) {
            return new HoldOutSplit.LargestRuns(count(s, "top"));
        }
        if (lower.startsWith("last:")) {
            return new HoldOutSplit.LastPoints(count(s, "last"));
        }
        if (lower.startsWith("upto:")) {
            return new HoldOutSplit.UpTo(percent(s, s.substring(5).strip()));
        }
        if (lower.startsWith("x>")) {
            return cutOff(s, s.substring(2).strip());
        }
        if (lower.startsWith("column:") && s.length() > 7) {
            return new HoldOutSplit.SplitColumn(s.substring(7).strip());
        }
        if (lower.startsWith("runs:") && s.length() > 5) {
            return new HoldOutSplit.NamedRuns(Set.copyOf(List.of(s.substring(5).split(",")).stream().map(String::strip)
                    .filter(r -> !r.isEmpty()).toList()));
        }
        throw new IllegalArgumentException("hold-out '" + s + "' is not one of " + FORMS);
    }

    /** K of {@code top:K} or {@code last:K}. */
    private static int count(String s, String form) {
        try {
            return Integer.parseInt(s.substring(form.length() + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hold-out '" + s + "': K in " + form + ":K must be a whole number");
        }
    }

    /** F of {@code upto:F%}, or 100 times the fraction of {@code upto:0.25}, in percent. */
    private static double percent(String s, String value) {
        boolean percentSign = value.endsWith("%");
        BigDecimal number;
        try {
            number = new BigDecimal(percentSign ? value.substring(0, value.length() - 1).strip() : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hold-out '" + s + "': write upto:F% with F a number such as 25, or a fraction such as upto:0.25");
        }
        if (!percentSign && number.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("hold-out '" + s + "': write upto:" + number.toPlainString()
                    + "% for a percentage of each curve's largest x, or a fraction below 1 such as upto:0.25");
        }
        return (percentSign ? number : number.movePointRight(2)).doubleValue();
    }

    private static HoldOutSplit cutOff(String s, String value) {
        if (value.endsWith("%")) {
            String share = value.substring(0, value.length() - 1).strip();
            throw new IllegalArgumentException("hold-out '" + s + "': x>VALUE takes x in its own units; to fit each curve"
                    + " on x up to " + share + "% of its largest x and hold out the rest, write upto:" + share + "%");
        }
        NumberParser parser = new NumberParser();
        if (parser.parse(value) != NumberParser.NUMBER) {
            throw new IllegalArgumentException("hold-out '" + s + "': " + NumberParser.EXPECTATION + " after x>");
        }
        return new HoldOutSplit.CutOff(parser.value());
    }
}
