package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import org.scalingworkbench.session.EmbeddedData;

/**
 * Where a loaded file came from: the file on disk, or a session's embedded copy standing in for a
 * file that moved or changed.
 *
 * @param path     the data file's absolute path (for an embedded copy: the path the session names)
 * @param embedded the copy read instead of the file, or null when the file itself was read
 * @param sha256   the SHA-256 of the copy's bytes as read (which a report names; it differs from the
 *                 one the session saved when the copy is not the saved data), or null when the file
 *                 itself was read
 */
public record SourceOrigin(Path path, EmbeddedData embedded, String sha256) {

    /** A file read from disk. */
    public static SourceOrigin file(Path path) {
        return new SourceOrigin(path.toAbsolutePath().normalize(), null, null);
    }

    /** The file's name, or the whole path when it names no file (a session's {@code /}). */
    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** Whether the data came from a session's embedded copy rather than the file. */
    public boolean fromEmbeddedCopy() {
        return embedded != null;
    }
}
