package org.scalingworkbench.app.report;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepReader;

/**
 * The fingerprints of the files read so far, by the sweep's source name, taken when each file is
 * read (so a report names the bytes that were loaded, even if the file changes later). Safe to use
 * from the import threads and the FX thread at once. When two files share a name, the later wins.
 */
public final class SourceDigests {

    private final Map<String, CompletableFuture<DataSource>> bySourceName = new ConcurrentHashMap<>();

    /**
     * A reader that reads with {@code reader} and then fingerprints the file it read, on a
     * background thread of its own, so that the sweep is shown without waiting for the hash.
     */
    public SweepReader reading(SweepReader reader) {
        return file -> {
            ImportedSweep imported = reader.read(file);
            String name = imported.sweep().sourceName();
            bySourceName.put(name, CompletableFuture.supplyAsync(() -> fingerprint(file, name)));
            return imported;
        };
    }

    /** The file's source with its digest; without one when the file can no longer be read. */
    private static DataSource fingerprint(java.nio.file.Path file, String name) {
        try {
            return DataSource.of(file);
        } catch (java.io.IOException | RuntimeException e) {
            return DataSource.named(name);
        }
    }

    /**
     * The source of the sweep named {@code sourceName}: with its digest when the file was read here
     * (waiting for the hash if it is still being taken, which for a file just opened is milliseconds).
     */
    public DataSource source(String sourceName) {
        return Optional.ofNullable(bySourceName.get(sourceName)).map(CompletableFuture::join)
                .orElseGet(() -> DataSource.named(sourceName));
    }
}
