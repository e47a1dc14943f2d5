package org.scalingworkbench.ui.fit;

import java.util.Set;
import java.util.TreeSet;

/** The points the user excluded, as sweep rows (undo lives in the window's {@code UndoHistory}). */
final class PointEdits {

    private final Set<Integer> excluded = new TreeSet<>();

    /** Excludes the row if included, includes it if excluded. */
    void toggle(int row) {
        if (!excluded.remove(row)) {
            excluded.add(row);
        }
    }

    /** Forgets all exclusions (another curve was chosen). */
    void clear() {
        excluded.clear();
    }

    boolean isExcluded(int row) {
        return excluded.contains(row);
    }

    int count() {
        return excluded.size();
    }

    /** The excluded rows, ascending. */
    java.util.List<Integer> rows() {
        return java.util.List.copyOf(excluded);
    }

    /** Excludes exactly {@code rows} (a session was opened). */
    void replaceAll(java.util.Collection<Integer> rows) {
        clear();
        excluded.addAll(rows);
    }
}
