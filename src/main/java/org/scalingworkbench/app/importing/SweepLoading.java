package org.scalingworkbench.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.data.ImportReport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.data.SweepUnion;

/**
 * The use case "read these files as one sweep": each file imported (format, header, roles and
 * units guessed), several joined by {@link SweepUnion} (columns matched by name, sizes by role, a
 * {@code file} column naming each row's file), with a report that says how.
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
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one result file");
        }
        List<ImportedSweep> read = new ArrayList<>();
        for (Path f : files) {
            read.add(importer.importFile(f));
        }
        return join(read, SweepUnion.of(read.stream().map(ImportedSweep::sweep).toList()));
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
