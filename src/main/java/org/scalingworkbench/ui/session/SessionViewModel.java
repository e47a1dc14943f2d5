package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.session.LoadedSession;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.session.SessionStore;
import org.scalingworkbench.ui.DialogService;

/**
 * The window's session: File &gt; Open Session, Save Session, Save Session As, the unsaved-changes
 * mark in the title, autosave to the recovery file, the offer to restore it at start, and the
 * question on quit. The window is captured on the FX thread and written by a worker; opening reads
 * the session and its files on a worker and changes nothing until all of it has been read, so a
 * refused session (newer version, corrupted) or an unreadable file leaves the window as it was.
 *
 * <p>Recovery: the recovery file of the open session (of {@value #UNTITLED} in the recovery folder
 * while untitled) is rewritten after every fit and by the window's timer while there are unsaved
 * changes; the preferences remember which session was open, so the next start can offer it. A
 * clean quit deletes it.
 */
public final class SessionViewModel {

    /** The preferences key holding the open session's path ("" while untitled). */
    static final String OPEN_SESSION_KEY = "openSession";
    /** The name a session is known by until saved. */
    static final String UNTITLED = "Untitled.swb.json";
    /** The system property naming the folder of recovery files. */
    public static final String RECOVERY_PROPERTY = "scaling.workbench.recovery";

    private final SessionWindow window;
    private final SessionStore store;
    private final Path recoveryFolder;
    private final TaskRunner tasks;
    private final TaskRunner writes;
    private final DialogService dialogs;
    private final Preferences prefs;
    private final DigestCache digests = new DigestCache();
    private final SessionOpening opening;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty embedData = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long changes;
    private long savedAt;
    private long autosavedAt;
    private boolean restoring;

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
        this.recoveryFolder = recoveryFolder;
        this.store = new SessionStore(new SessionCodec(), recoveryFolder);
        this.tasks = tasks;
        this.writes = writes;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.opening = new SessionOpening(window, store, tasks, dialogs);
        file.addListener(o -> updateTitle());
        dirty.addListener(o -> updateTitle());
        updateTitle();
        watchChanges();
        window.fits().chart().boardProperty().addListener((o, old, now) -> {
            if (now != null && now.entries().stream().noneMatch(e -> e.warmStarted())) {
                changed();
                autosave();
            }
        });
    }

    /** The per-user recovery folder: the system property {@value #RECOVERY_PROPERTY}, else {@code ~/.scaling-workbench/recovery}. */
    public static Path defaultRecoveryFolder() {
        String named = System.getProperty(RECOVERY_PROPERTY);
        return named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".scaling-workbench", "recovery");
    }

    /** File &gt; Open Session: asks about unsaved changes, then for a session file, and opens it. */
    public void open() {
        confirmThen(() -> dialogs.chooseSessionToOpen().ifPresent(this::open));
    }

    /** Opens {@code sessionFile}, replacing the window's content once all of it has been read. */
    public void open(Path sessionFile) {
        opening.open(sessionFile, (loaded, sweeps) -> restored(loaded, sweeps, sessionFile, false), message::set);
    }

    /** File &gt; Save Session: to the open session's file, or asks where while untitled. */
    public void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            write(file.get(), () -> { });
        }
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
        if (restoring || !dirty.get() || autosavedAt == changes) {
            return;
        }
        WindowSnapshot snapshot = SessionCapture.capture(window, embedData.get());
        Path key = recoveryKey();
        long at = changes;
        writes.run("Autosaving", ctx -> store.saveRecovery(snapshot.toSession(key.getParent(), digests), key),
                done -> autosavedAt = at, e -> message.set("Autosave failed: " + e.getMessage()));
    }

    /**
     * At start: when the last session (or the untitled one) left a recovery file newer than itself,
     * offers to restore it; restores it or deletes it as the user says.
     *
     * @return whether a restore was started (the window should then not open its default files)
     */
    public boolean offerRecovery() {
        Path key = lastOpenKey();
        return opening.offerRecovery(key, isUntitled(key),
                (loaded, sweeps) -> restored(loaded, sweeps, isUntitled(key) ? null : key, true), message::set);
    }

    /**
     * The window is asked to close: true when it may close now. With unsaved changes the user
     * chooses to save (the window then closes through {@code close} once saved), not to save, or to
     * stay. A clean close deletes the recovery file.
     */
    public boolean requestClose(Runnable close) {
        if (!dirty.get()) {
            discardRecovery();
            return true;
        }
        switch (dialogs.askUnsavedChanges(name())) {
            case DISCARD -> {
                discardRecovery();
                return true;
            }
            case SAVE -> {
                Runnable closeAfter = () -> {
                    discardRecovery();
                    close.run();
                };
                if (file.get() == null) {
                    saveAs(closeAfter);
                } else {
                    write(file.get(), closeAfter);
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The window's state as a session, digests read here (tests and callers off the FX thread). */
    Session capture(Path sessionFolder) throws java.io.IOException {
        return SessionCapture.capture(window, embedData.get()).toSession(sessionFolder, digests);
    }

    private void confirmThen(Runnable next) {
        if (!dirty.get()) {
            next.run();
            return;
        }
        switch (dialogs.askUnsavedChanges(name())) {
            case SAVE -> {
                if (file.get() == null) {
                    saveAs(next);
                } else {
                    write(file.get(), next);
                }
            }
            case DISCARD -> next.run();
            default -> { }
        }
    }

    private void saveAs(Runnable then) {
        dialogs.chooseSessionToSave(name()).map(SessionViewModel::withSuffix).ifPresent(p -> write(p, then));
    }

    private void write(Path target, Runnable then) {
        WindowSnapshot snapshot = SessionCapture.capture(window, embedData.get());
        long at = changes;
        Path previousKey = recoveryKey();
        writes.run("Saving " + target.getFileName(), ctx -> {
            store.save(snapshot.toSession(target.toAbsolutePath().getParent(), digests), target);
            return target;
        }, saved -> {
            file.set(saved);
            savedAt = at;
            autosavedAt = at;
            if (!previousKey.equals(recoveryKey())) {
                discardRecoveryOf(previousKey);
            }
            remember();
            updateDirty();
            message.set("Saved " + saved.getFileName());
            then.run();
        }, e -> {
            message.set("Could not save: " + e.getMessage());
            dialogs.showError("Could not save the session", String.valueOf(e.getMessage()));
        });
    }

    private void restored(LoadedSession loaded, SessionOpening.Loaded sweeps, Path sessionFile, boolean recovered) {
        restoring = true;
        SessionRestore.Outcome out = SessionRestore.apply(window, loaded.session(), sweeps.sweeps());
        file.set(sessionFile);
        remember();
        List<String> notes = new java.util.ArrayList<>(sweeps.notes());
        notes.addAll(out.notes());
        String what = (recovered ? "Restored unsaved work" : "Opened " + name()) + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
        message.set(what);
        embedData.set(loaded.session().sources().stream().anyMatch(d -> d.embedded() != null));
        if (out.refitting() && window.fits().runningProperty().get()) {
            window.fits().runningProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    o.removeListener(this);
                    finishRestore(recovered);
                }
            });
        } else {
            finishRestore(recovered);
        }
    }

    private void finishRestore(boolean recovered) {
        restoring = false;
        savedAt = recovered ? -1 : changes;
        autosavedAt = changes;
        updateDirty();
    }

    /** Change listeners, not invalidation listeners: a property nobody reads invalidates only once. */
    private void watchChanges() {
        var fits = window.fits();
        window.sweeps().files().addListener((javafx.collections.ListChangeListener<Object>) c -> changed());
        List<javafx.beans.value.ObservableValue<?>> watched = List.of(fits.xColumnProperty(), fits.yColumnProperty(),
                fits.formulaProperty(), fits.objectiveProperty(), fits.resamplesProperty(), fits.chart().specProperty(), window.theme());
        watched.forEach(o -> o.addListener((v, old, now) -> changed()));
        fits.laws().forEach(c -> c.selectedProperty().addListener((v, old, now) -> changed()));
    }

    private void changed() {
        if (!restoring) {
            changes++;
            updateDirty();
        }
    }

    private void updateDirty() {
        dirty.set(changes != savedAt);
    }

    private void updateTitle() {
        title.set((dirty.get() ? "*" : "") + name() + " — Scaling Workbench");
    }

    private void remember() {
        prefs.put(OPEN_SESSION_KEY, file.get() == null ? "" : file.get().toAbsolutePath().toString());
    }

    private Path lastOpenKey() {
        String last = prefs.get(OPEN_SESSION_KEY, "");
        return last.isEmpty() ? recoveryFolder.resolve(UNTITLED) : Path.of(last);
    }

    private Path recoveryKey() {
        return file.get() == null ? recoveryFolder.resolve(UNTITLED) : file.get();
    }

    private boolean isUntitled(Path key) {
        return key.equals(recoveryFolder.resolve(UNTITLED));
    }

    private void discardRecovery() {
        discardRecoveryOf(recoveryKey());
        prefs.remove(OPEN_SESSION_KEY);
    }

    private void discardRecoveryOf(Path key) {
        try {
            store.discardRecovery(key);
        } catch (java.io.IOException e) {
            message.set("Could not delete the recovery file: " + e.getMessage());
        }
    }

    private static Path withSuffix(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + ".swb.json");
    }

    /** The session's file name, or "Untitled.swb.json". */
    public String name() {
        return file.get() == null ? UNTITLED : file.get().getFileName().toString();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether saving embeds each data file's text, so that the session travels alone. */
    public BooleanProperty embedDataProperty() {
        return embedData;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
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
