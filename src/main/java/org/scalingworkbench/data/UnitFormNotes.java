package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notes on text columns whose every cell looks like a number with a unit the reader does not know
 * ({@code 1.5Q}, {@code 300 GB}): such a column is read as text, and without a note the user would
 * only learn later that the file "has no column named N".
 */
final class UnitFormNotes {

    /** A number (plain, grouped or scientific) followed by letters. */
    private static final Pattern UNIT_FORM = Pattern.compile("[+-]?(\\d[\\d,]*\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*\\p{L}+");

    private UnitFormNotes() {
    }

    /** One note per such column, naming it and its first cell with the cell's line. */
    static List<String> of(Sweep sweep) {
        List<String> notes = new ArrayList<>();
        for (Column c : sweep.columns()) {
            if (c.isNumeric() || c.isDerived()) {
                continue;
            }
            int first = firstOfUnitForm(c);
            if (first >= 0) {
                notes.add("column \"" + c.name() + "\" was read as text: every cell is a number with a unit that is not read,"
                        + " such as \"" + c.text(first).strip() + "\" on line " + sweep.lineNumber(first)
                        + " (suffixes read: K, M, B, T and %)");
            }
        }
        return notes;
    }

    /** The first present row if every present cell of {@code c} is of unit form, else -1. */
    private static int firstOfUnitForm(Column c) {
        int first = -1;
        for (int row = 0; row < c.size(); row++) {
            String cell = c.text(row);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (!UNIT_FORM.matcher(cell.strip()).matches()) {
                return -1;
            }
            first = first < 0 ? row : first;
        }
        return first;
    }
}
