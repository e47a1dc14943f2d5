package org.scalingworkbench.ui.sweep;

import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ColumnScale;
import org.scalingworkbench.data.ColumnUnits;

/**
 * One line of the column table: what the importer made of a column.
 *
 * @param name    the header as in the file
 * @param kind    "number" or "text", with "derived" for columns computed by the importer
 * @param role    the role in force (guessed or chosen)
 * @param reason  why the role was guessed, or that the user chose it
 * @param present how many rows have a value
 * @param range   "min .. max" for numbers (in base units where converted), empty for text
 * @param unit    the unit the header names and the factor applied ("(B) ×1e9"), or "as read"; empty for none
 * @param convertible whether the header names a unit with a factor, so the user can convert or keep raw
 * @param converted   whether the values are those read times a factor
 */
public record ColumnRow(String name, String kind, ColumnRole role, String reason, int present, String range,
        String unit, boolean convertible, boolean converted) {

    static ColumnRow of(Column c) {
        String kind = (c.isNumeric() ? "number" : "text") + (c.isDerived() ? " (derived)" : "");
        String range = c.isNumeric() && c.presentCount() > 0 ? shortNumber(c.min()) + " .. " + shortNumber(c.max()) : "";
        ColumnScale guessed = c.isNumeric() && !c.isDerived() ? ColumnUnits.guess(c) : ColumnScale.NONE;
        ColumnScale scale = c.scale();
        String unit = scale.scales() ? (scale.unit() + " ×" + ColumnScale.factorText(scale.factor())).strip()
                : guessed.scales() ? guessed.unit() + " as read" : guessed.unit();
        return new ColumnRow(c.name(), kind, c.role(), c.roleReason(), c.presentCount(), range, unit,
                guessed.scales(), scale.scales());
    }

    /** Four significant digits, scientific beyond 1e5 or below 1e-3, as a paper table would print. */
    static String shortNumber(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.3e", v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
