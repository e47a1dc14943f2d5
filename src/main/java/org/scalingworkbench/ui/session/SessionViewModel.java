package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.report.SourceDigests;
import org.scalingworkbench.session.LoadedSession;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.session.SessionStore;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.common.DialogService.UnsavedChoice;

/**
 * The window's session: File &gt; Open Session, Save Session, Save Session As, the unsaved-changes
 * mark in the title, autosave to the recovery file, the offer to restore it at start, and the
 * question on quit. The window is captured on the FX thread and written by a worker; opening reads
 * the session and its files on a worker and changes nothing until all of it has been read, so a
 * refused session (newer version, corrupted) or an unreadable file leaves the window as it was.
 *
 * <p>Recovery: the recovery file of the open session (of {@value RecoveryFiles#UNTITLED} in the
 * recovery folder while untitled) is rewritten after every fit and by the window's timer while there
 * are unsaved changes ({@link UnsavedChanges} says what counts); the preferences remember which
 * session was open, so the next start can offer it. A clean quit deletes it.
 */
public final class SessionViewModel {

    private final SessionWindow window;
    private final SessionStore store;
    private final TaskRunner writes;
    private final DialogService dialogs;
    private final RecoveryFiles recovery;
    private final KnownSessions known;
    private final UnsavedChanges changes;
    private final SessionOpening opening;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty embedData = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** A save's outcome: the file written, and the data files that changed on disk since they were loaded. */
    private record Written(Path file, List<Path> changedFiles) { }

    /**
     * @param window         the view-models a session captures and restores
     * @param recoveryFolder the per-user folder of recovery files
     * @param tasks          runs opening (status bar shows it)
     * @param writes         runs saves and autosaves, apart from the status bar so a running fit keeps its progress
     * @param dialogs        file choosers and questions
     * @param prefs          where the open session's path is remembered
     */
    public SessionViewModel(SessionWindow window, Path recoveryFolder, TaskRunner tasks, TaskRunner writes,
            DialogService dialogs, Preferences prefs) {
        this.window = Objects.requireNonNull(window);
        this.store = new SessionStore(new SessionCodec(), recoveryFolder);
        this.writes = writes;
        this.dialogs = dialogs;
        this.recovery = new RecoveryFiles(store, recoveryFolder, prefs);
        this.changes = new UnsavedChanges(window);
        this.known = new KnownSessions(prefs);
        this.opening = new SessionOpening(window, store, tasks, dialogs, known);
        file.addListener(o -> updateTitle());
        changes.dirtyProperty().addListener(o -> updateTitle());
        updateTitle();
        window.fits().chart().boardProperty().addListener((o, old, now) -> {
            if (now != null && now.entries().stream().noneMatch(e -> e.warmStarted())) {
                changes.changed();
                autosave();
            }
        });
    }

    /** The per-user recovery folder: the system property {@value RecoveryFiles#FOLDER_PROPERTY}, else {@code ~/.scaling-workbench/recovery}. */
    public static Path defaultRecoveryFolder() {
        return RecoveryFiles.defaultFolder();
    }

    /**
     * Opens the files the window starts with (the bundled sample, or files named at start) through
     * {@code open}; once they are shown the window counts as unchanged, so a user who only looked
     * can quit without a question. Excluding a point, fitting or ticking a law afterwards is a change.
     */
    public void openAtStart(List<Path> files, Consumer<List<Path>> open) {
        if (!files.isEmpty()) {
            changes.unchangedOnceShown(files.size());
        }
        open.accept(files);
    }

    /** File &gt; Open Session: asks about unsaved changes, then for a session file, and opens it. */
    public void open() {
        Runnable choose = () -> dialogs.chooseSessionToOpen().ifPresent(this::open);
        confirmThen(choose, choose);
    }

    /** Opens {@code sessionFile}, replacing the window's content once all of it has been read. */
    public void open(Path sessionFile) {
        opening.open(sessionFile, (loaded, sweeps) -> restored(loaded, sweeps, sessionFile, false), message::set);
    }

    /** File &gt; Save Session: to the open session's file, or asks where while untitled. */
    public void save() {
        saveThen(() -> { });
    }

    /** File &gt; Save Session As: asks where, then saves there. */
    public void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Writes the recovery file when there are changes since the last save or autosave: captured
     * here (FX thread), written by a worker. Called after every fit (a board fitted from cold; the
     * warm re-rankings during a cut-off drag are not) and by the window's timer.
     */
    public void autosave() {
        if (!changes.needsAutosave()) {
            return;
        }
        WindowSnapshot snapshot = SessionCapture.capture(window, embedData.get());
        Path key = recovery.keyOf(file.get());
        long at = changes.latest();
        writes.run("Autosaving", ctx -> store.saveRecovery(snapshot.toSession(key.getParent(), digests()), key),
                done -> changes.autosaved(at), e -> message.set("Autosave failed: " + e.getMessage()));
    }

    /**
     * At start: when the last session (or the untitled one) left a recovery file newer than itself,
     * offers to restore it; restores it or deletes it as the user says.
     *
     * @return whether a restore was started (the window should then not open its default files)
     */
    public boolean offerRecovery() {
        Path key = recovery.lastOpenKey();
        boolean untitled = recovery.isUntitled(key);
        return opening.offerRecovery(key, untitled, (loaded, sweeps) -> restored(loaded, sweeps, untitled ? null : key, true), message::set);
    }

    /**
     * The window is asked to close: true when it may close now. With unsaved changes the user
     * chooses to save (the window then closes through {@code close} once saved), not to save, or to
     * stay. A clean close deletes the recovery file.
     */
    public boolean requestClose(Runnable close) {
        return confirmThen(this::discardRecovery, () -> {
            discardRecovery();
            close.run();
        });
    }

    /** The window's state as a session, digests read here (tests and callers off the FX thread). */
    Session capture(Path sessionFolder) throws IOException {
        return SessionCapture.capture(window, embedData.get()).toSession(sessionFolder, digests());
    }

    private SourceDigests digests() {
        return window.paths().digests();
    }

    /**
     * Asks about unsaved changes, if any: runs {@code next} now when there are none or the user
     * drops them, {@code afterSaving} once saved when the user saves. True when {@code next} ran.
     */
    private boolean confirmThen(Runnable next, Runnable afterSaving) {
        if (changes.dirtyProperty().get()) {
            UnsavedChoice choice = dialogs.askUnsavedChanges(name());
            if (choice == UnsavedChoice.SAVE) {
                saveThen(afterSaving);
            }
            if (choice != UnsavedChoice.DISCARD) {
                return false;
            }
        }
        next.run();
        return true;
    }

    /** Saves to the open session's file (asks where while untitled), then runs {@code then}. */
    private void saveThen(Runnable then) {
        if (file.get() == null) {
            saveAs(then);
        } else {
            write(file.get(), then);
        }
    }

    private void saveAs(Runnable then) {
        dialogs.chooseSessionToSave(name()).map(SessionViewModel::withSuffix).ifPresent(p -> write(p, then));
    }

    private void write(Path target, Runnable then) {
        WindowSnapshot snapshot = SessionCapture.capture(window, embedData.get());
        long at = changes.latest();
        Path previousKey = recovery.keyOf(file.get());
        writes.run("Saving " + target.getFileName(), ctx -> {
            store.save(snapshot.toSession(target.toAbsolutePath().getParent(), digests()), target);
            return new Written(target, snapshot.changedSinceLoaded(digests()));
        }, saved -> {
            file.set(saved.file());
            changes.saved(at);
            if (!previousKey.equals(recovery.keyOf(saved.file()))) {
                discardRecoveryOf(previousKey);
            }
            recovery.remember(saved.file());
            known.add(saved.file());
            message.set("Saved " + saved.file().getFileName() + changedNote(saved.changedFiles()));
            then.run();
        }, e -> {
            message.set("Could not save: " + e.getMessage());
            dialogs.showError("Could not save the session", String.valueOf(e.getMessage()));
        });
    }

    private static String changedNote(List<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        String names = changed.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        return "; " + names + " changed on disk since loaded: the session names the data loaded, so opening it will ask about "
                + (changed.size() == 1 ? "that file" : "those files");
    }

    private void restored(LoadedSession loaded, SessionOpening.Loaded sweeps, Path sessionFile, boolean recovered) {
        changes.restoring();
        SessionRestore.Outcome out = SessionRestore.apply(window, loaded.session(), sweeps.sweeps());
        file.set(sessionFile);
        recovery.remember(sessionFile);
        if (sessionFile != null) {
            known.add(sessionFile);
        }
        List<String> notes = new ArrayList<>(sweeps.notes());
        notes.addAll(out.notes());
        String what = (recovered ? "Restored unsaved work" : "Opened " + name()) + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
        message.set(what);
        embedData.set(loaded.session().sources().stream().anyMatch(d -> d.embedded() != null));
        changes.restored(recovered, out.refitting() ? window.fits().runningProperty() : null);
    }

    private void updateTitle() {
        title.set((changes.dirtyProperty().get() ? "*" : "") + name() + " — Scaling Workbench");
    }

    private void discardRecovery() {
        discardRecoveryOf(recovery.keyOf(file.get()));
        recovery.forget();
    }

    private void discardRecoveryOf(Path key) {
        try {
            recovery.discard(key);
        } catch (IOException e) {
            message.set("Could not delete the recovery file: " + e.getMessage());
        }
    }

    private static Path withSuffix(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + ".swb.json");
    }

    /** The session's file name, or "Untitled.swb.json". */
    public String name() {
        return file.get() == null ? RecoveryFiles.UNTITLED : file.get().getFileName().toString();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether saving embeds each data file's text, so that the session travels alone. */
    public BooleanProperty embedDataProperty() {
        return embedData;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return changes.dirtyProperty();
    }

    /** "*name — Scaling Workbench", the star while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the last session command did, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
