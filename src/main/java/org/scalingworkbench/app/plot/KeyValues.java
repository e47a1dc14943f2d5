package org.scalingworkbench.app.plot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.Sweep;

/**
 * The values of a curve key on each curve, read from the curve's first row: to order curves by
 * value (a numeric column numerically; a text column of sizes by size, with k, M, B or T for
 * thousands to trillions, as in "262M" and "1.3B", other text in natural order: digits compared as
 * numbers, "6 Enc, 6 Dec" before "6 Enc, 28 Dec", else alphabetically) and to name a curve by
 * some of its key columns.
 */
final class KeyValues {

    private static final Pattern SIZE = Pattern.compile("^\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([kKmMbBtT]?)\\s*$");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+|[^0-9]+");
    private static final Map<Character, Double> SUFFIX = Map.of('k', 1e3, 'm', 1e6, 'b', 1e9, 't', 1e12);

    private final Sweep sweep;

    KeyValues(Sweep sweep) {
        this.sweep = sweep;
    }

    /** Curves in ascending order of {@code key}'s values, column by column; curves without points last. */
    Comparator<SelectedCurve> order(List<String> key) {
        Comparator<SelectedCurve> out = Comparator.comparing(c -> c.points().curve().size() == 0);
        for (String name : key) {
            Column column = column(name);
            out = out.thenComparing((a, b) -> compare(column, a, b));
        }
        return out;
    }

    /** The curve's value of numeric column {@code name}, empty for a text column, a missing cell or a curve without points. */
    OptionalDouble number(String name, SelectedCurve curve) {
        Column column = column(name);
        if (!column.isNumeric() || curve.points().curve().size() == 0) {
            return OptionalDouble.empty();
        }
        int row = curve.points().curve().rowAt(0);
        return column.isMissing(row) ? OptionalDouble.empty() : OptionalDouble.of(column.number(row));
    }

    /** "Task = arc, Model = 262M": the curve's values of {@code columns}, as the curve's own name writes them. */
    String name(List<String> columns, SelectedCurve curve) {
        if (curve.points().curve().size() == 0) {
            return curve.name();
        }
        int row = curve.points().curve().rowAt(0);
        return String.join(PointSelection.KEY_SEPARATOR, columns.stream().map(c -> c + " = " + column(c).text(row)).toList());
    }

    private int compare(Column column, SelectedCurve a, SelectedCurve b) {
        if (a.points().curve().size() == 0 || b.points().curve().size() == 0) {
            return 0;
        }
        int ra = a.points().curve().rowAt(0);
        int rb = b.points().curve().rowAt(0);
        if (column.isNumeric()) {
            return Comparator.<Double>nullsLast(Comparator.naturalOrder()).compare(numberOrNull(column, ra), numberOrNull(column, rb));
        }
        return compareText(column.text(ra), column.text(rb));
    }

    private static Double numberOrNull(Column column, int row) {
        return column.isMissing(row) ? null : column.number(row);
    }

    /** Two texts by size when both are sizes ("262M" before "1.3B"), else in natural order, case aside. */
    static int compareText(String a, String b) {
        OptionalDouble x = size(a);
        OptionalDouble y = size(b);
        if (x.isPresent() && y.isPresent() && x.getAsDouble() != y.getAsDouble()) {
            return Double.compare(x.getAsDouble(), y.getAsDouble());
        }
        String p = a == null ? "" : a;
        String q = b == null ? "" : b;
        Matcher m = DIGITS.matcher(p);
        Matcher n = DIGITS.matcher(q);
        while (m.find() && n.find()) {
            String u = m.group();
            String v = n.group();
            boolean digits = Character.isDigit(u.charAt(0)) && Character.isDigit(v.charAt(0));
            int c = digits ? new java.math.BigInteger(u).compareTo(new java.math.BigInteger(v)) : u.compareToIgnoreCase(v);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(p.length(), q.length());
        return c != 0 ? c : p.compareTo(q);
    }

    /** The size a text writes, times its suffix k, M, B or T: 262M is 2.62e8, "1.68e+07" is 1.68e7. */
    static OptionalDouble size(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text);
        if (m == null || !m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        String s = m.group(2);
        return OptionalDouble.of(s.isEmpty() ? v : v * SUFFIX.get(Character.toLowerCase(s.charAt(0))));
    }

    private Column column(String name) {
        return sweep.column(name).orElseThrow(() -> new IllegalArgumentException(sweep.sourceName() + " has no column named " + name));
    }
}
