package org.scalingworkbench.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.scalingworkbench.app.importing.FileImport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.session.FileDigest;

/**
 * One record per data file opened: its absolute path to the SHA-256 of the bytes loaded, taken
 * while the file is read (on a thread of its own, alongside the reader, which returns once both
 * are done: an edit made after the file was loaded can no longer slip into its digest). The digest names the data the numbers on screen came from, so a report
 * and a saved session both name those bytes even if the file is edited later; a session opened
 * over an edited file then finds that its SHA-256 differs. Files are told apart by their absolute,
 * normalized path: two {@code runs.csv} in two folders are two records. A file read again replaces
 * its record. Safe to use from the import threads and the FX thread at once.
 */
public final class SourceDigests {

    /** The digest of the bytes loaded, and the size and modification time the file had then. */
    private record Loaded(String sha256, long size, long modifiedMillis) {

        static Loaded of(Path file) {
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                return new Loaded(FileDigest.sha256(file), size, modified);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<Path, Loaded> byPath = new ConcurrentHashMap<>();

    /** A reader that reads with {@code reader} and then fingerprints the file it read. */
    public FileImport reading(FileImport reader) {
        return file -> {
            Path key = key(file);
            CompletableFuture<Loaded> hash = CompletableFuture.supplyAsync(() -> Loaded.of(key));
            ImportedSweep imported = reader.read(file);
            try {
                byPath.put(key, hash.join()); // the bytes hashed are those read, not a later edit's
            } catch (CompletionException e) {
                byPath.remove(key); // could not be hashed: no digest, as for a file not read here
            }
            return imported;
        };
    }

    /**
     * The SHA-256 of the bytes loaded from {@code file}; empty when the file was not read here or
     * could not be read to hash it.
     */
    public Optional<String> sha256(Path file) {
        return loaded(file).map(Loaded::sha256);
    }

    /** The report's source for {@code file}: its name, with the digest of the bytes loaded when known. */
    public DataSource source(Path file) {
        String name = file.getFileName().toString();
        return sha256(file).map(sha -> new DataSource(name, sha)).orElseGet(() -> DataSource.named(name));
    }

    /**
     * Whether {@code file} on disk is no longer the data loaded: its size or modification time
     * moved and its bytes hash differently (a file only touched is unchanged). False for a file not
     * read here.
     *
     * @throws IOException when the file can no longer be read
     */
    public boolean changedSinceLoaded(Path file) throws IOException {
        Optional<Loaded> then = loaded(file);
        if (then.isEmpty()) {
            return false;
        }
        Path key = key(file);
        boolean same = Files.size(key) == then.get().size() && Files.getLastModifiedTime(key).toMillis() == then.get().modifiedMillis();
        return !same && !FileDigest.sha256(key).equals(then.get().sha256());
    }

    private Optional<Loaded> loaded(Path file) {
        return Optional.ofNullable(byPath.get(key(file)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
