package org.scalingworkbench.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.scalingworkbench.session.FileDigest;

/**
 * The file a report's numbers came from, named and fingerprinted so a reader can check they have
 * the same data.
 *
 * @param name   the file name, without its folder
 * @param sha256 the SHA-256 of the file's bytes as 64 lower-case hex digits, or null when the data
 *               did not come from a file the workbench read (then the report says so)
 */
public record DataSource(String name, String sha256) {

    public DataSource {
        Objects.requireNonNull(name, "name");
    }

    /** A source known only by name. */
    public static DataSource named(String name) {
        return new DataSource(name, null);
    }

    /** Reads {@code file} through and fingerprints its bytes. */
    public static DataSource of(Path file) throws IOException {
        return new DataSource(file.getFileName().toString(), FileDigest.sha256(file));
    }

    /** Whether the bytes' fingerprint is known. */
    public boolean hasDigest() {
        return sha256 != null;
    }
}
