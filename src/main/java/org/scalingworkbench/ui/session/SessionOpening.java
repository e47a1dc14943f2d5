package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.session.DataSource;
import org.scalingworkbench.session.LoadedSession;
import org.scalingworkbench.session.SessionStore;
import org.scalingworkbench.session.SourceProblem;
import org.scalingworkbench.ui.common.DialogService;

/**
 * Reads a session and its data files before anything in the window changes: the session file on a
 * worker (a refused one is reported with the codec's message), then, on the FX thread, a question
 * for each data file that moved or changed (locate it, use the embedded copy, or cancel), then the
 * files on a worker. Only when everything was read is the result handed on.
 */
final class SessionOpening {

    /** The files read, in the session's order, and notes on where they came from. */
    record Loaded(List<ImportedSweep> sweeps, List<String> notes) { }

    /** Receives a session read whole. */
    interface Done {
        void accept(LoadedSession loaded, Loaded sweeps);
    }

    private final SessionWindow window;
    private final SessionStore store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final KnownSessions known;

    SessionOpening(SessionWindow window, SessionStore store, TaskRunner tasks, DialogService dialogs, KnownSessions known) {
        this.window = window;
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.known = known;
    }

    void open(Path sessionFile, Done done, Consumer<String> message) {
        tasks.run("Opening " + sessionFile.getFileName(), ctx -> store.load(sessionFile),
                loaded -> readFiles(loaded, sessionFile, done, message, !known.contains(sessionFile)),
                e -> refuse(sessionFile, e, message));
    }

    /** Offers the recovery of {@code key} when newer than it; true when a restore was started. */
    boolean offerRecovery(Path key, boolean untitled, Done done, Consumer<String> message) {
        Optional<Path> recovery;
        try {
            recovery = store.newerRecovery(key);
        } catch (IOException e) {
            return false;
        }
        if (recovery.isEmpty()) {
            return false;
        }
        if (!dialogs.offerRecovery(recoveryText(key, untitled, recovery.get()))) {
            discard(key);
            return false;
        }
        try {
            readFiles(store.loadRecovery(key), key, done, message, false);
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot restore the unsaved work", e.getMessage());
            return false;
        }
    }

    /**
     * Resolves where each data file is read from, asks first when {@code fromElsewhere} and some
     * are read from disk, then reads them on a worker.
     */
    private void readFiles(LoadedSession loaded, Path sessionFile, Done done, Consumer<String> message, boolean fromElsewhere) {
        List<String> notes = new ArrayList<>();
        Optional<List<SourceRead>> reads = resolve(loaded, sessionFile.toAbsolutePath().getParent(), notes)
                .filter(r -> !fromElsewhere || confirmed(sessionFile, r));
        if (reads.isEmpty()) {
            message.accept("Opening " + sessionFile.getFileName() + " cancelled; nothing changed");
            return;
        }
        tasks.run("Reading the session's data", ctx -> SessionRestore.read(window.paths(), reads.get(), notes),
                sweeps -> done.accept(loaded, sweeps), e -> refuse(sessionFile, e, message));
    }

    /** True when nothing is read from disk, or the user agreed to read the paths shown. */
    private boolean confirmed(Path sessionFile, List<SourceRead> reads) {
        List<Path> fromDisk = reads.stream().filter(r -> !r.useEmbedded()).map(r -> r.file().toAbsolutePath().normalize()).distinct().toList();
        return fromDisk.isEmpty() || dialogs.confirmSessionReads(String.valueOf(sessionFile.getFileName()), fromDisk);
    }

    /** Where to read each data file from; empty when the user cancelled over a moved or changed one. */
    private Optional<List<SourceRead>> resolve(LoadedSession loaded, Path base, List<String> notes) {
        List<SourceRead> reads = new ArrayList<>();
        List<DataSource> sources = loaded.session().sources();
        for (int i = 0; i < sources.size(); i++) {
            int index = i;
            DataSource d = sources.get(i);
            Path stored = storedPath(base, d.path());
            Optional<SourceProblem> problem = loaded.problems().stream().filter(p -> p.sourceIndex() == index).findFirst();
            Optional<SourceRead> read = problem.isEmpty() ? Optional.of(new SourceRead(d, stored, false)) : ask(problem.get(), d, stored, notes);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            reads.add(read.get());
        }
        return Optional.of(reads);
    }

    private Optional<SourceRead> ask(SourceProblem problem, DataSource d, Path stored, List<String> notes) {
        boolean embedded = d.embedded() != null;
        String said = problem.message();
        String question = Character.toUpperCase(said.charAt(0)) + said.substring(1) + ". Locate the file" + (embedded ? ", or use the copy saved in the session?" : "?");
        return switch (dialogs.askAboutSource(question, embedded)) {
            case LOCATE -> dialogs.locateDataFile(d.path()).map(p -> {
                notes.add(d.path() + " read from " + p);
                return new SourceRead(d, p, false);
            });
            case USE_EMBEDDED -> {
                notes.add(d.path() + " read from the copy in the session");
                yield embedded ? Optional.of(new SourceRead(d, stored, true)) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static Path storedPath(Path base, String path) {
        try {
            return base == null ? Path.of(path) : base.resolve(path);
        } catch (InvalidPathException e) {
            return Path.of("embedded-data.csv").toAbsolutePath();
        }
    }

    private void refuse(Path sessionFile, Exception e, Consumer<String> message) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.accept("Could not open " + sessionFile.getFileName() + "; nothing changed");
        dialogs.showError("Cannot open " + sessionFile.getFileName(), why);
    }

    private static String recoveryText(Path key, boolean untitled, Path recovery) {
        String when;
        try {
            when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                    .format(Files.getLastModifiedTime(recovery).toInstant());
        } catch (IOException e) {
            when = "an unknown time";
        }
        String what = untitled ? "an untitled session" : key.getFileName().toString();
        return "Scaling Workbench did not quit cleanly last time. Unsaved work on " + what
                + " was autosaved at " + when + ". Restore it?";
    }

    private void discard(Path key) {
        try {
            store.discardRecovery(key);
        } catch (IOException e) {
            // nothing to restore either way; the next clean quit tries again
        }
    }
}
