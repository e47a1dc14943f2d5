package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The steps every reader shares after reading: columns in named units scaled to base units
 * ({@link ColumnUnits}), sizes must be positive, derived columns, and the
 * report's warnings about missing values, duplicate rows and columns of numbers with unknown units.
 */
final class SweepAssembly {

    private static final int LINES_SHOWN = 5;

    private SweepAssembly() {
    }

    static ImportedSweep finish(ReadTable table) throws SweepFormatException {
        List<String> notes = new ArrayList<>(table.warnings());
        Sweep sweep = ColumnUnits.fromHeaders(Sweep.owning(table.source(), table.columns(), table.lines()), notes);
        checkPositiveSizes(sweep);
        sweep = DerivedQuantities.complete(sweep, notes);
        notes.addAll(missingValueNotes(sweep));
        notes.addAll(UnitFormNotes.of(sweep));
        int duplicates = duplicateRows(sweep);
        if (duplicates > 0) {
            notes.add(duplicates + " row" + (duplicates == 1 ? " repeats" : "s repeat")
                    + " an earlier row exactly (kept in the file; every fitting verb counts each point once)");
        }
        return new ImportedSweep(sweep, new ImportReport(table.source(), table.format(), sweep.rowCount(),
                table.skipped(), notes, ColumnUnits.notes(sweep)));
    }

    private static void checkPositiveSizes(Sweep sweep) throws SweepFormatException {
        for (Column c : sweep.columns()) {
            if (!c.role().isSize()) {
                continue;
            }
            for (int row = 0; row < c.size(); row++) {
                double v = c.number(row);
                if (v <= 0 || Double.isInfinite(v)) {
                    throw new SweepFormatException(sweep.sourceName(), sweep.lineNumber(row), c.sourcePosition(),
                            c.name(), "expected a positive number (" + c.role().symbol() + " is a size), found "
                                    + SweepFormatException.quote(NumberFormatting.plain(v)));
                }
            }
        }
    }

    private static List<String> missingValueNotes(Sweep sweep) {
        List<String> notes = new ArrayList<>();
        StringJoiner others = new StringJoiner(", ");
        int otherCount = 0;
        for (Column c : sweep.columns()) {
            if (c.isDerived()) {
                continue;
            }
            int missing = sweep.rowCount() - c.presentCount();
            if (missing == 0) {
                continue;
            }
            if (c.role() == ColumnRole.OTHER) {
                if (otherCount++ < LINES_SHOWN) {
                    others.add("\"" + c.name() + "\" (" + missing + ")");
                }
            } else {
                notes.add("column \"" + c.name() + "\" (" + c.role().symbol() + "): " + missing + " missing value"
                        + (missing == 1 ? "" : "s") + " on line" + (missing == 1 ? " " : "s ") + firstMissingLines(sweep, c));
            }
        }
        if (others.length() > 0) {
            notes.add("missing values in " + otherCount + " other column" + (otherCount == 1 ? "" : "s") + ": " + others
                    + (otherCount > LINES_SHOWN ? ", ..." : ""));
        }
        return notes;
    }

    private static String firstMissingLines(Sweep sweep, Column c) {
        StringJoiner lines = new StringJoiner(", ");
        int shown = 0;
        int row = 0;
        for (; row < c.size() && shown < LINES_SHOWN; row++) {
            if (c.isMissing(row)) {
                lines.add(Integer.toString(sweep.lineNumber(row)));
                shown++;
            }
        }
        boolean more = false;
        for (; row < c.size() && !more; row++) {
            more = c.isMissing(row);
        }
        return lines + (more ? ", ..." : "");
    }

    /**
     * Rows equal to an earlier row in every column, counted with a set of 64-bit row hashes (a
     * collision, about n²/2⁶⁵, could only over-count by one).
     */
    private static int duplicateRows(Sweep sweep) {
        long[] hashes = new long[sweep.rowCount()];
        for (Column c : sweep.columns()) {
            for (int row = 0; row < hashes.length; row++) {
                hashes[row] = c.hashInto(hashes[row], row);
            }
        }
        long[] table = new long[Integer.highestOneBit(Math.max(1, hashes.length)) * 4];
        int mask = table.length - 1;
        int duplicates = 0;
        for (long h : hashes) {
            long key = h == 0 ? 1 : h;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (table[slot] != 0 && table[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == key) {
                duplicates++;
            } else {
                table[slot] = key;
            }
        }
        return duplicates;
    }
}
