package org.scalingworkbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Saves and opens session files, and keeps a recovery copy of the open session.
 *
 * <p>Every write is atomic ({@link AtomicFileWriter}): a crash leaves the old or the new file. The
 * recovery file of {@code fit.swb.json} is {@code .fit.swb.json.recovery} next to it, or, when the
 * store is given a recovery folder, a file in that folder named after the session's absolute path.
 * Saving a session removes its recovery file, which the save supersedes.
 */
public final class SessionStore {

    /** The suffix of recovery files. */
    public static final String RECOVERY_SUFFIX = ".recovery";

    private final SessionCodec codec;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final Path recoveryFolder;

    /**
     * @param codec          reads and writes the bytes
     * @param recoveryFolder a per-user folder for recovery files; null to keep them next to the session
     */
    public SessionStore(SessionCodec codec, Path recoveryFolder) {
        this.codec = codec;
        this.recoveryFolder = recoveryFolder;
    }

    /** A store over the built-in laws that keeps recovery files next to the sessions. */
    public SessionStore() {
        this(new SessionCodec(), null);
    }

    /**
     * Saves {@code session} to {@code file} atomically, then deletes the now stale recovery file.
     *
     * @return {@link AtomicFileWriter.Replacement#NON_ATOMIC} where the file system could not rename atomically
     */
    public AtomicFileWriter.Replacement save(Session session, Path file) throws IOException {
        AtomicFileWriter.Replacement how = writer.write(file, codec.write(session));
        Files.deleteIfExists(recoveryFile(file));
        return how;
    }

    /**
     * Opens a session file and checks its data files.
     *
     * @throws SessionFormatException when the file is not a complete, valid session (nothing is loaded)
     * @throws IOException            when the file cannot be read
     */
    public LoadedSession load(Path file) throws IOException {
        return load(file, file);
    }

    /** Writes {@code session} to the recovery file of {@code sessionFile}, atomically. */
    public Path saveRecovery(Session session, Path sessionFile) throws IOException {
        Path recovery = recoveryFile(sessionFile);
        Files.createDirectories(recovery.toAbsolutePath().getParent());
        writer.write(recovery, codec.write(session));
        return recovery;
    }

    /**
     * The recovery file of {@code sessionFile} if one exists that is newer than the session file
     * (or the session file no longer exists): what the window offers to restore at start.
     */
    public Optional<Path> newerRecovery(Path sessionFile) throws IOException {
        Path recovery = recoveryFile(sessionFile);
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        if (!Files.exists(sessionFile)
                || Files.getLastModifiedTime(recovery).compareTo(Files.getLastModifiedTime(sessionFile)) > 0) {
            return Optional.of(recovery);
        }
        return Optional.empty();
    }

    /**
     * Opens the recovery file of {@code sessionFile}; data paths stored relative are resolved
     * against the session file's folder, as for the session itself.
     */
    public LoadedSession loadRecovery(Path sessionFile) throws IOException {
        return load(recoveryFile(sessionFile), sessionFile);
    }

    /**
     * Every recovery file in the per-user recovery folder, newest first: what a window that does
     * not know which session was open before a crash can offer. Empty without a recovery folder.
     */
    public List<Path> recoveries() throws IOException {
        if (recoveryFolder == null || !Files.isDirectory(recoveryFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(recoveryFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(RECOVERY_SUFFIX))
                    .sorted(Comparator.comparing(SessionStore::modified).reversed()).toList();
        }
    }

    /** Deletes the recovery file of {@code sessionFile} (the user declined to restore it). */
    public void discardRecovery(Path sessionFile) throws IOException {
        Files.deleteIfExists(recoveryFile(sessionFile));
    }

    /** Where the recovery copy of {@code sessionFile} is written. */
    public Path recoveryFile(Path sessionFile) {
        Path absolute = sessionFile.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (recoveryFolder == null) {
            return absolute.resolveSibling("." + name + RECOVERY_SUFFIX);
        }
        String key = FileDigest.sha256(absolute.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return recoveryFolder.resolve(name + "-" + key + RECOVERY_SUFFIX);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private LoadedSession load(Path file, Path sessionFile) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > SessionCodec.MAX_BYTES) {
            throw new SessionFormatException(name, 0, 0, "the file is " + size + " bytes; a session may be at most "
                    + SessionCodec.MAX_BYTES + " bytes");
        }
        Session session = codec.read(Files.readAllBytes(file), name);
        Path base = sessionFile.toAbsolutePath().getParent();
        return new LoadedSession(session, file, checkSources(session, base));
    }

    private static List<SourceProblem> checkSources(Session session, Path base) {
        List<SourceProblem> problems = new ArrayList<>();
        for (int i = 0; i < session.sources().size(); i++) {
            DataSource source = session.sources().get(i);
            sourceProblem(i, source, base).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<SourceProblem> sourceProblem(int index, DataSource source, Path base) {
        boolean embedded = source.embedded() != null;
        Path path;
        try {
            path = base == null ? Path.of(source.path()) : base.resolve(source.path());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(new SourceProblem(index, source.path(), SourceProblem.Kind.MISSING, embedded,
                    "data file " + source.path() + " is not a valid path here: " + e.getReason()));
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of(new SourceProblem(index, source.path(), SourceProblem.Kind.MISSING, embedded,
                    "data file " + source.path() + " was moved or deleted"));
        }
        try {
            if (!FileDigest.sha256(path).equals(source.sha256())) {
                return Optional.of(new SourceProblem(index, source.path(), SourceProblem.Kind.CHANGED, embedded,
                        "data file " + source.path() + " changed: it is not the data the session was made from (SHA-256 differs)"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new SourceProblem(index, source.path(), SourceProblem.Kind.UNREADABLE, embedded,
                    "data file " + source.path() + " cannot be read: " + e.getMessage()));
        }
    }
}
