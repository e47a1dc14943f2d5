package org.scalingworkbench.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of a file's bytes, as 64 lowercase hexadecimal digits; of a folder (a TensorBoard folder
 * of runs), of each file in it in order of relative path: the path in UTF-8, a zero byte, the bytes.
 */
public final class FileDigest {

    private FileDigest() {
    }

    /** The SHA-256 of {@code file}'s content. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        if (Files.isDirectory(file)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(file)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(file.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                update(digest, f);
            }
        } else {
            update(digest, file);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }

    /** The SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
