package org.scalingworkbench.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepUnion;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * The files on the chart, read as one: the file itself when one is shown, else their
 * {@link SweepUnion}, whose rows map back to each file's own rows (for exclusions saved per file).
 *
 * @param files    the files shown, in order
 * @param union    their rows as one sweep
 * @param combined the union as an imported sweep, with a report that lists how the files were matched
 */
public record ShownFiles(List<ImportedSweep> files, SweepUnion union, ImportedSweep combined) {

    public ShownFiles {
        files = List.copyOf(files);
    }

    /** The files {@code files} (at least one) shown together. */
    public static ShownFiles of(List<ImportedSweep> files) {
        SweepUnion union = SweepUnion.of(files.stream().map(ImportedSweep::sweep).toList());
        return new ShownFiles(files, union, SweepLoading.join(files, union));
    }

    /** Whether {@code file} is one of the files shown. */
    public boolean contains(ImportedSweep file) {
        return files.contains(file);
    }

    /** Of the union's {@code rows}, those of {@code file}, as rows of the file's own sweep, in the same order. */
    public List<Integer> rowsOf(ImportedSweep file, List<Integer> rows) {
        int part = files.indexOf(file);
        return rows.stream().filter(r -> union.partOf(r) == part).map(union::rowInPart).toList();
    }

    /** The union's row for row {@code row} of {@code file}'s own sweep. */
    public int unionRow(ImportedSweep file, int row) {
        return union.rowOf(files.indexOf(file), row);
    }

    /**
     * The rows of this union that {@code rows} of {@code before}'s union were, for the files shown
     * in both (so that ticking or unticking another file keeps the points a user left out).
     *
     * @param before the files shown before, or null
     */
    public List<Integer> carried(ShownFiles before, List<Integer> rows) {
        if (before == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (ImportedSweep file : files) {
            if (before.contains(file)) {
                before.rowsOf(file, rows).forEach(r -> out.add(unionRow(file, r)));
            }
        }
        return out;
    }

    /**
     * Puts {@code now} (null: nothing) on the chart in place of {@code before}, keeping the points
     * left out of files shown in both.
     */
    public static void show(ShownFiles now, ShownFiles before, FitViewModel fits) {
        List<Integer> kept = now == null ? List.of() : now.carried(before, fits.chart().excludedRows());
        fits.show(now == null ? null : now.combined());
        if (!kept.isEmpty()) {
            fits.chart().setExcludedRows(kept);
        }
    }
}
