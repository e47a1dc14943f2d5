package org.scalingworkbench.data;

import java.util.List;

/**
 * What happened while importing one file: the format detected, rows read and skipped (with
 * lines and reasons), and warnings (missing values, derived columns, duplicates) for the user.
 *
 * @param sourceName file name
 * @param format     format as detected, e.g. "CSV, delimiter ',' , header on line 1"
 * @param rowsRead   rows kept in the sweep
 * @param skipped    rows left out, in line order
 * @param warnings   notes the user should read, one sentence each
 * @param scaled     one line per column read in a named unit: the factor it was scaled by and why
 *                   ({@link ColumnUnits#notes})
 */
public record ImportReport(String sourceName, String format, int rowsRead, List<SkippedRow> skipped,
        List<String> warnings, List<String> scaled) {

    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        scaled = List.copyOf(scaled);
    }

    /** A report with no column scaled. */
    public ImportReport(String sourceName, String format, int rowsRead, List<SkippedRow> skipped, List<String> warnings) {
        this(sourceName, format, rowsRead, skipped, warnings, List.of());
    }

    /** A copy whose lines on scaled columns are {@code lines}. */
    public ImportReport withScaled(List<String> lines) {
        return new ImportReport(sourceName, format, rowsRead, skipped, warnings, lines);
    }

    /** Whether nothing was skipped, no column was scaled and nothing needs the user's attention. */
    public boolean isClean() {
        return skipped.isEmpty() && warnings.isEmpty() && scaled.isEmpty();
    }
}
