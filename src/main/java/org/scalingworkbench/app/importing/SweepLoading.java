package org.scalingworkbench.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ColumnUnits;
import org.scalingworkbench.data.ImportReport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.data.SweepUnion;

/**
 * The use case "read these files as one sweep": each file imported (format, header, roles and
 * units guessed), several joined by {@link SweepUnion} (columns matched by name, sizes by role, a
 * {@code file} column naming each row's file), with a report that says how. The user's roles and
 * scale factors ({@link ColumnChoices}: {@code --role}, {@code --scale}, the window's role and
 * unit edits) are applied here, so every verb and the window read a file alike.
 */
public final class SweepLoading {

    private final SweepImporter importer;

    public SweepLoading(SweepImporter importer) {
        this.importer = importer;
    }

    /** The use case over the standard importer. */
    public static SweepLoading standard() {
        return new SweepLoading(new SweepImporter());
    }

    /**
     * One file.
     *
     * @throws IOException when the file cannot be read or is not a sweep (the message names the
     *                     file, line and column)
     */
    public ImportedSweep load(Path file) throws IOException {
        return importer.importFile(file);
    }

    /**
     * The files, in order, as one sweep (the file itself when there is one).
     *
     * @throws IOException naming the first file that cannot be read
     */
    public ImportedSweep load(List<Path> files) throws IOException {
        return load(files, ColumnChoices.NONE);
    }

    /**
     * One file of several with the user's roles and scale factors applied to the columns it has
     * (derived columns recomputed); the columns it lacks are passed over, as another file may have them.
     *
     * @throws IOException as {@link #load(Path)}
     */
    public ImportedSweep load(Path file, ColumnChoices choices) throws IOException {
        return chosen(importer.importFile(file), choices);
    }

    /**
     * The files, in order, each with the user's roles and scale factors applied to the columns it
     * has, as one sweep (the file itself when there is one).
     *
     * @throws IOException              naming the first file that cannot be read
     * @throws IllegalArgumentException naming a chosen column no file has, or a text column to scale
     */
    public ImportedSweep load(List<Path> files, ColumnChoices choices) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one result file");
        }
        List<ImportedSweep> read = new ArrayList<>();
        for (Path f : files) {
            read.add(importer.importFile(f));
        }
        ChosenColumns.check(read, choices);
        List<ImportedSweep> chosen = read.stream().map(f -> chosen(f, choices)).toList();
        return join(chosen, SweepUnion.of(chosen.stream().map(ImportedSweep::sweep).toList()));
    }

    /** {@code file} with {@code choices} applied and its report's lines on scaled columns renewed. */
    private static ImportedSweep chosen(ImportedSweep file, ColumnChoices choices) {
        if (choices.isEmpty()) {
            return file;
        }
        ImportedSweep applied = choices.applyTo(file);
        return new ImportedSweep(applied.sweep(), file.report().withScaled(ColumnUnits.notes(applied.sweep())));
    }

    /** Files already read, joined as {@code union} (their union): the file itself when there is one. */
    public static ImportedSweep join(List<ImportedSweep> files, SweepUnion union) {
        if (files.size() == 1) {
            return files.get(0);
        }
        List<String> warnings = new ArrayList<>(union.notes());
        int rows = files.stream().mapToInt(f -> f.report().rowsRead()).sum();
        ImportReport report = new ImportReport(union.sweep().sourceName(), files.size() + " files shown together", rows,
                List.of(), warnings);
        return new ImportedSweep(union.sweep(), report);
    }
}
