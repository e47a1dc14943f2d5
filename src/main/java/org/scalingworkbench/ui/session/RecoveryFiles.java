package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.scalingworkbench.session.SessionStore;

/**
 * Which recovery file belongs to the work in the window: the open session's, or that of
 * {@value #UNTITLED} in the recovery folder while untitled; and, in the preferences, which session
 * was open, so the next start can offer its recovery file.
 */
final class RecoveryFiles {

    /** The system property naming the folder of recovery files. */
    static final String FOLDER_PROPERTY = "scaling.workbench.recovery";
    /** The preferences key holding the open session's path ("" while untitled). */
    static final String OPEN_SESSION_KEY = "openSession";
    /** The name a session is known by until saved. */
    static final String UNTITLED = "Untitled.swb.json";

    private final SessionStore store;
    private final Path folder;
    private final Preferences prefs;

    RecoveryFiles(SessionStore store, Path folder, Preferences prefs) {
        this.store = store;
        this.folder = folder;
        this.prefs = prefs;
    }

    /** The per-user recovery folder: the system property {@value #FOLDER_PROPERTY}, else {@code ~/.scaling-workbench/recovery}. */
    static Path defaultFolder() {
        String named = System.getProperty(FOLDER_PROPERTY);
        return named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".scaling-workbench", "recovery");
    }

    /** The key of the recovery file for the session {@code file}, or for untitled work when null. */
    Path keyOf(Path file) {
        return file == null ? folder.resolve(UNTITLED) : file;
    }

    /** The key of the session open when the workbench last ran (untitled when none was). */
    Path lastOpenKey() {
        String last = prefs.get(OPEN_SESSION_KEY, "");
        return last.isEmpty() ? keyOf(null) : Path.of(last);
    }

    /** Whether {@code key} stands for untitled work. */
    boolean isUntitled(Path key) {
        return key.equals(keyOf(null));
    }

    /** Remembers {@code file} as the open session (null: untitled). */
    void remember(Path file) {
        prefs.put(OPEN_SESSION_KEY, file == null ? "" : file.toAbsolutePath().toString());
    }

    /** Forgets which session was open (a clean quit). */
    void forget() {
        prefs.remove(OPEN_SESSION_KEY);
    }

    /** Deletes the recovery file of {@code key}. */
    void discard(Path key) throws IOException {
        store.discardRecovery(key);
    }
}
