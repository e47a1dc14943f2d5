package org.scalingworkbench.app.select;

import java.util.List;
import java.util.Objects;
import org.scalingworkbench.data.Column;

/**
 * Finds the rows that repeat an earlier row exactly in every given column. Two cells are the same
 * when their text is: for a numeric column that is the same number (0 and −0 alike, missing alike),
 * for a text column the same string. Rows are hashed on their values into an open-addressing table
 * of row indices and compared cell by cell on a hash match, so no per-row key object is built
 * (a million rows cost one int array of about 2 million entries).
 */
final class DuplicateRows {

    private final List<Column> columns;

    DuplicateRows(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The candidates (row indices, in order) that do not repeat an earlier candidate. */
    int[] firstOccurrences(int[] candidates) {
        int capacity = Integer.highestOneBit(Math.max(4, candidates.length * 2 - 1)) << 1;
        int[] table = new int[capacity];
        int[] out = new int[candidates.length];
        int kept = 0;
        for (int row : candidates) {
            int slot = (int) mix(hash(row)) & (capacity - 1);
            while (table[slot] != 0 && !same(table[slot] - 1, row)) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (table[slot] == 0) {
                table[slot] = row + 1;
                out[kept++] = row;
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    private long hash(int row) {
        long h = 17;
        for (Column c : columns) {
            h = h * 31 + (c.isNumeric() ? numberKey(c, row) : Objects.hashCode(c.text(row)));
        }
        return h;
    }

    private boolean same(int a, int b) {
        for (Column c : columns) {
            boolean equal = c.isNumeric() ? numberKey(c, a) == numberKey(c, b) : Objects.equals(c.text(a), c.text(b));
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    /** The number's bits, with −0 as 0 and every NaN (missing) as one value, as their texts are. */
    private static long numberKey(Column c, int row) {
        double v = c.number(row);
        return v == 0 ? 0L : Double.doubleToLongBits(v);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
