package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable table of measurements read from one source: one row per measurement, columns
 * stored column-wise in primitive arrays (see {@link Column}), each column with a role. Every row
 * remembers the 1-based line of the source it came from, so later layers can say "the row on
 * line 17".
 */
public final class Sweep {

    private final String sourceName;
    private final List<Column> columns;
    private final int[] lineNumbers;

    private Sweep(String sourceName, List<Column> columns, int[] lineNumbers) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.columns = List.copyOf(columns);
        this.lineNumbers = lineNumbers;
        for (Column c : this.columns) {
            if (c.size() != lineNumbers.length) {
                throw new IllegalArgumentException("column \"" + c.name() + "\" has " + c.size()
                        + " cells, expected " + lineNumbers.length);
            }
        }
    }

    /**
     * A sweep from columns of equal length.
     *
     * @param sourceName  file name shown in messages
     * @param columns     the columns, in display order
     * @param lineNumbers 1-based source line of each row (copied)
     */
    public static Sweep of(String sourceName, List<Column> columns, int[] lineNumbers) {
        return new Sweep(sourceName, columns, lineNumbers.clone());
    }

    /** Takes ownership of {@code lineNumbers}: for readers. */
    static Sweep owning(String sourceName, List<Column> columns, int[] lineNumbers) {
        return new Sweep(sourceName, columns, lineNumbers);
    }

    /** The file name the sweep was read from. */
    public String sourceName() {
        return sourceName;
    }

    public int rowCount() {
        return lineNumbers.length;
    }

    /** All columns in display order (source order, derived columns last). */
    public List<Column> columns() {
        return columns;
    }

    /** The column with this exact name. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The first column with this role (the only one for N, D, C, step, run and split). */
    public Optional<Column> column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    /** All columns with this role, in display order (several metrics or groups are allowed). */
    public List<Column> columns(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }

    /** The 1-based line of the source that row {@code row} (0-based) was read from. */
    public int lineNumber(int row) {
        return lineNumbers[row];
    }

    /**
     * A copy in which column {@code columnName} has {@code role} (a user's override of the guess).
     * For a role only one column may hold (N, D, C, step, run, split), the column that held it
     * before becomes {@link ColumnRole#OTHER}. Derived columns are not recomputed.
     *
     * @throws IllegalArgumentException if there is no such column, or it holds text and the role
     *                                  needs numbers
     */
    public Sweep withRole(String columnName, ColumnRole role) {
        Column target = column(columnName).orElseThrow(() -> new IllegalArgumentException(
                "no column named \"" + columnName + "\" in " + sourceName));
        List<Column> changed = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (c == target) {
                changed.add(c.withRole(role, "set by user"));
            } else if (role.isSingle() && c.role() == role) {
                changed.add(c.withRole(ColumnRole.OTHER, "was " + role.symbol() + "; user chose \"" + columnName + "\""));
            } else {
                changed.add(c);
            }
        }
        return new Sweep(sourceName, changed, lineNumbers);
    }

    /**
     * A copy in which column {@code columnName} holds its values as read times {@code scale}'s factor
     * (a factor of 1 gives the values as read back). Derived columns are not recomputed.
     *
     * @throws IllegalArgumentException if there is no such column, or it holds text
     */
    public Sweep withScale(String columnName, ColumnScale scale) {
        Column target = column(columnName).orElseThrow(() -> new IllegalArgumentException(
                "no column named \"" + columnName + "\" in " + sourceName));
        List<Column> changed = new ArrayList<>(columns);
        changed.set(changed.indexOf(target), target.withScale(scale));
        return new Sweep(sourceName, changed, lineNumbers);
    }

    /**
     * A copy whose derived columns (C = 6·N·D or D = C/(6·N)) are recomputed from the current
     * roles, e.g. after {@link #withRole} changed which column is N: the old derived columns are
     * dropped and new ones added where the roles allow.
     */
    public Sweep withDerivedColumns() {
        Sweep read = withColumns(columns.stream().filter(c -> !c.isDerived()).toList());
        return DerivedQuantities.complete(read, new ArrayList<>());
    }

    /** A copy with these columns (same rows and lines). */
    Sweep withColumns(List<Column> newColumns) {
        return new Sweep(sourceName, newColumns, lineNumbers);
    }

    @Override
    public String toString() {
        return "Sweep[" + sourceName + ", " + rowCount() + " rows, " + columns + "]";
    }
}
