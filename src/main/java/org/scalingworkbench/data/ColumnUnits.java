package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes columns whose header names a unit to base units ({@link HeaderUnit}): {@code Model Size (B)}
 * to parameters, {@code throughput/total_gflops} to FLOPs, {@code Compute (PF-days)} to FLOPs, a
 * loss in bits to nats; and says, for the import report, which column was scaled by what.
 */
public final class ColumnUnits {

    /** Values at or past this under a header multiplier (K, M, B, T) are taken as already plain counts. */
    private static final double PLAIN_ALREADY = 1e9;

    private ColumnUnits() {
    }

    /** The sweep with each read numeric column scaled as its header says (notes for columns left as read). */
    static Sweep fromHeaders(Sweep sweep, List<String> notes) {
        List<Column> columns = new ArrayList<>(sweep.columns().size());
        for (Column c : sweep.columns()) {
            columns.add(c.isNumeric() && !c.isDerived() ? scaled(c, notes) : c);
        }
        return sweep.withColumns(columns);
    }

    /** The column as its header unit says, or as read when the unit names no factor. */
    public static ColumnScale guess(Column c) {
        HeaderUnit unit = HeaderUnit.of(c.name());
        if (unit.kind() == HeaderUnit.Kind.NONE) {
            return ColumnScale.NONE;
        }
        String says = unit.written().startsWith("(") ? "header says " : "name says ";
        String reason = says + unit.written() + ": " + unit.meaning();
        return new ColumnScale(unit.factor(), unit.written(), reason);
    }

    private static Column scaled(Column c, List<String> notes) {
        ColumnScale scale = guess(c);
        if (HeaderUnit.of(c.name()).kind() == HeaderUnit.Kind.MULTIPLE && Math.abs(c.max()) >= PLAIN_ALREADY) {
            notes.add("column \"" + c.name() + "\" not scaled: the header says " + scale.unit() + " but the values (up to "
                    + NumberFormatting.plain(c.max()) + ") already look like plain counts");
            return c;
        }
        return scale == ColumnScale.NONE ? c : c.withScale(scale);
    }

    /**
     * One line per column read in a named unit: what it was scaled by and why, and how to keep the
     * values as read; in column order.
     */
    public static List<String> notes(Sweep sweep) {
        List<String> out = new ArrayList<>();
        for (Column c : sweep.columns()) {
            ColumnScale s = c.scale();
            if (s.scales()) {
                out.add("column \"" + c.name() + "\" scaled by " + ColumnScale.factorText(s.factor()) + " (" + s.reason()
                        + "); to keep the values as read: --scale \"" + c.name() + "=1\"");
            } else if (!s.unit().isEmpty() || !s.reason().isEmpty()) {
                out.add("column \"" + c.name() + "\" kept as read (" + (s.reason().isEmpty() ? s.unit() : s.reason()) + ")");
            }
        }
        return out;
    }
}
