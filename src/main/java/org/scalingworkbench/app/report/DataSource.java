package org.scalingworkbench.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

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
        MessageDigest sha = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new DataSource(file.getFileName().toString(), HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether the bytes' fingerprint is known. */
    public boolean hasDigest() {
        return sha256 != null;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
