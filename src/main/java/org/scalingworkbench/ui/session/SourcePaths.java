package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.SourceDigests;
import org.scalingworkbench.data.ImportReport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepReader;
import org.scalingworkbench.session.EmbeddedData;

/**
 * The window's file reader, which remembers where each loaded sweep came from (a sweep only knows
 * its file name, a session and a report need the path) and, through {@link SourceDigests}, the
 * digest of the bytes loaded from each file. The import report identifies a loaded file (changing
 * a column's role keeps the report), so the record survives role changes. Thread-safe: files are
 * read on worker threads.
 */
public final class SourcePaths implements SweepReader {

    private final SweepReader reader;
    private final SweepReader digesting;
    private final SourceDigests digests = new SourceDigests();
    private final Map<ImportReport, SourceOrigin> origins = Collections.synchronizedMap(new IdentityHashMap<>());

    public SourcePaths(SweepReader reader) {
        this.reader = reader;
        this.digesting = digests.reading(reader);
    }

    @Override
    public ImportedSweep read(Path file) throws IOException {
        ImportedSweep read = digesting.read(file);
        origins.put(read.report(), SourceOrigin.file(file));
        return read;
    }

    /**
     * Reads a session's embedded copy in place of the file at {@code storedPath}: the text goes to a
     * temporary file of the same name (the importer picks its reader by name and content), which is
     * deleted after reading.
     */
    public ImportedSweep readEmbedded(Path storedPath, EmbeddedData copy, String sha256) throws IOException {
        Path folder = Files.createTempDirectory("scaling-workbench-embedded");
        Path temp = folder.resolve(storedPath.getFileName().toString());
        try {
            Files.writeString(temp, EmbeddedCopies.text(copy), StandardCharsets.UTF_8);
            ImportedSweep read = reader.read(temp);
            origins.put(read.report(), new SourceOrigin(storedPath.toAbsolutePath().normalize(), copy, sha256));
            return read;
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(folder);
        }
    }

    /** The digests of the bytes loaded from each file read here. */
    public SourceDigests digests() {
        return digests;
    }

    /**
     * The report's source for the sweep {@code shown}, one of {@code loaded}: its file's name with
     * the digest of the bytes loaded (of the session's copy, when that was read instead).
     */
    public DataSource reportSource(Sweep shown, List<ImportedSweep> loaded) {
        Optional<SourceOrigin> origin = loaded.stream().filter(f -> f.sweep() == shown).findFirst().flatMap(this::originOf);
        if (origin.isEmpty()) {
            return DataSource.named(shown.sourceName());
        }
        SourceOrigin o = origin.get();
        return o.fromEmbeddedCopy() ? new DataSource(o.path().getFileName().toString(), o.sha256()) : digests.source(o.path());
    }

    /** Where {@code sweep} was read from; empty for a sweep this reader did not read. */
    public Optional<SourceOrigin> originOf(ImportedSweep sweep) {
        return Optional.ofNullable(origins.get(sweep.report()));
    }
}
