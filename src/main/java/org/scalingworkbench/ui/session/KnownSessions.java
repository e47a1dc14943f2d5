package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The session files saved or opened on this machine, newest first (at most {@value #LIMIT}), kept
 * in the user's preferences. A session not among them came from elsewhere (a colleague, a
 * download): before its data files are read from disk the window shows which paths it will read.
 */
final class KnownSessions {

    static final int LIMIT = 200;
    private static final String KEY = "knownSessions";
    /** Preferences hold at most 8 KB a value: the list is kept in numbered entries. */
    private static final String ENTRY = "knownSession.";

    private final Preferences prefs;

    KnownSessions(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Whether {@code file} was saved or opened here before. */
    boolean contains(Path file) {
        return list().contains(key(file));
    }

    /** Remembers {@code file} as saved or opened here. */
    void add(Path file) {
        List<String> now = new ArrayList<>(list());
        now.remove(key(file));
        now.add(0, key(file));
        int n = Math.min(now.size(), LIMIT);
        for (int i = 0; i < n; i++) {
            prefs.put(ENTRY + i, now.get(i));
        }
        for (int i = n; i < prefs.getInt(KEY, 0); i++) {
            prefs.remove(ENTRY + i);
        }
        prefs.putInt(KEY, n);
    }

    private List<String> list() {
        List<String> out = new ArrayList<>();
        int n = Math.min(prefs.getInt(KEY, 0), LIMIT);
        for (int i = 0; i < n; i++) {
            String s = prefs.get(ENTRY + i, null);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
