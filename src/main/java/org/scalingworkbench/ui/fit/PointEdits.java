package org.scalingworkbench.ui.fit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * The points the user excluded, as sweep rows, with undo and redo of each toggle. A new toggle
 * clears the redo history.
 */
final class PointEdits {

    private final Set<Integer> excluded = new TreeSet<>();
    private final Deque<Integer> undo = new ArrayDeque<>();
    private final Deque<Integer> redo = new ArrayDeque<>();

    /** Excludes the row if included, includes it if excluded. */
    void toggle(int row) {
        flip(row);
        undo.push(row);
        redo.clear();
    }

    /** Reverts the last toggle; false when there is none. */
    boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        int row = undo.pop();
        flip(row);
        redo.push(row);
        return true;
    }

    /** Re-applies the last undone toggle; false when there is none. */
    boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        int row = redo.pop();
        flip(row);
        undo.push(row);
        return true;
    }

    /** Forgets all exclusions and history (another curve was chosen). */
    void clear() {
        excluded.clear();
        undo.clear();
        redo.clear();
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

    /** Excludes exactly {@code rows} and forgets the history (a session was opened). */
    void replaceAll(java.util.Collection<Integer> rows) {
        clear();
        excluded.addAll(rows);
    }

    private void flip(int row) {
        if (!excluded.remove(row)) {
            excluded.add(row);
        }
    }
}
