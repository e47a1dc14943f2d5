package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scalingworkbench.session.FileDigest;

/**
 * SHA-256 of data files, computed again only when a file's size or modification time changed, so
 * that autosaving every minute does not re-read a large training log each time. Thread-safe.
 */
final class DigestCache {

    private record Stamp(long size, long modifiedMillis) { }

    private record Entry(Stamp stamp, String sha256) { }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The SHA-256 of {@code file}'s content, 64 lowercase hex digits. */
    String sha256(Path file) throws IOException {
        Stamp stamp = new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        Entry known = entries.get(file);
        if (known != null && known.stamp().equals(stamp)) {
            return known.sha256();
        }
        String sha = FileDigest.sha256(file);
        entries.put(file, new Entry(stamp, sha));
        return sha;
    }
}
