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
import org.scalingworkbench.app.importing.FileImport;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.SourceDigests;
import org.scalingworkbench.data.ImportReport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.session.EmbeddedData;
import org.scalingworkbench.session.FileDigest;
import org.scalingworkbench.ui.sweep.ShownFiles;

/**
 * The window's file reader, which remembers where each loaded sweep came from (a sweep only knows
 * its file name, a session and a report need the path) and, through {@link SourceDigests}, the
 * digest of the bytes loaded from each file. The import report identifies a loaded file (changing
 * a column's role keeps the report), so the record survives role changes. Thread-safe: files are
 * read on worker threads.
 */
public final class SourcePaths implements FileImport {

    /** The temporary file's name for an embedded copy whose stored path names no file. */
    static final String COPY_NAME = "embedded-data";

    private final FileImport reader;
    private final FileImport digesting;
    private final SourceDigests digests = new SourceDigests();
    private final Map<ImportReport, SourceOrigin> origins = Collections.synchronizedMap(new IdentityHashMap<>());

    public SourcePaths(FileImport reader) {
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
     * temporary file of the same name (the importer picks its reader by name and content; a stored
     * path without a file name, such as {@code /}, gives {@value #COPY_NAME}), which is deleted after
     * reading. The origin recorded holds the digest of the copy's own bytes, which the caller
     * compares with the digest the session saved.
     */
    public ImportedSweep readEmbedded(Path storedPath, EmbeddedData copy) throws IOException {
        Path folder = Files.createTempDirectory("scaling-workbench-embedded");
        Path name = storedPath.getFileName();
        Path temp = folder.resolve(name == null ? COPY_NAME : name.toString());
        try {
            byte[] bytes = EmbeddedCopies.text(copy).getBytes(StandardCharsets.UTF_8);
            Files.write(temp, bytes);
            ImportedSweep read = reader.read(temp);
            origins.put(read.report(), new SourceOrigin(storedPath.toAbsolutePath().normalize(), copy, FileDigest.sha256(bytes)));
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
        return loaded.stream().filter(f -> f.sweep() == shown).findFirst().flatMap(this::originOf).map(this::source)
                .orElseGet(() -> DataSource.named(shown.sourceName()));
    }

    /**
     * The report's sources for the sweep {@code shown}: when it is the union of the files
     * {@code charted} (several shown together), each of those files with the digest of its bytes
     * loaded, in the order shown; else the one source {@link #reportSource} finds among {@code loaded}.
     *
     * @param charted the files on the chart, or null when none is
     */
    public List<DataSource> reportSources(Sweep shown, ShownFiles charted, List<ImportedSweep> loaded) {
        if (charted == null || charted.files().size() < 2 || charted.combined().sweep() != shown) {
            return List.of(reportSource(shown, loaded));
        }
        return charted.files().stream()
                .map(f -> originOf(f).map(this::source).orElseGet(() -> DataSource.named(f.sweep().sourceName()))).toList();
    }

    private DataSource source(SourceOrigin o) {
        return o.fromEmbeddedCopy() ? new DataSource(o.fileName(), o.sha256()) : digests.source(o.path());
    }

    /** Where {@code sweep} was read from; empty for a sweep this reader did not read. */
    public Optional<SourceOrigin> originOf(ImportedSweep sweep) {
        return Optional.ofNullable(origins.get(sweep.report()));
    }
}
