package org.scalingworkbench.app.report;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepReader;

/**
 * The fingerprints of the files read so far, by the sweep's source name, taken when each file is
 * read (so a report names the bytes that were loaded, even if the file changes later). Safe to use
 * from the import threads and the FX thread at once. When two files share a name, the later wins.
 */
public final class SourceDigests {

    private final Map<String, DataSource> bySourceName = new ConcurrentHashMap<>();

    /** A reader that reads with {@code reader} and then fingerprints the file it read. */
    public SweepReader reading(SweepReader reader) {
        return file -> {
            ImportedSweep imported = reader.read(file);
            bySourceName.put(imported.sweep().sourceName(), DataSource.of(file));
            return imported;
        };
    }

    /** The source of the sweep named {@code sourceName}: with its digest when the file was read here. */
    public DataSource source(String sourceName) {
        return Optional.ofNullable(bySourceName.get(sourceName)).orElseGet(() -> DataSource.named(sourceName));
    }
}
