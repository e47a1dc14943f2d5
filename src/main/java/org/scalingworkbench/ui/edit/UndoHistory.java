package org.scalingworkbench.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one undo history: every user edit that changes what is fitted (a point excluded, the
 * cut-off moved, a law ticked, a parameter's value, bound or fixed flag changed) is recorded here as
 * an {@link Edit} after it was applied. Undo and redo replay edits in order; a new edit clears
 * the redo side. While an edit is being undone or redone, {@link #isReplaying()} is true, so that
 * listeners reacting to the resulting property changes do not record it again.
 */
public final class UndoHistory {

    /** One reversible change, already applied when recorded. */
    public interface Edit {

        /** A few words for the Edit menu, e.g. "move cut-off" or "tick chinchilla". */
        String label();

        void undo();

        void redo();
    }

    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private boolean replaying;

    /** Records an edit the user just made; ignored while an undo or redo is being replayed. */
    public void record(Edit edit) {
        Objects.requireNonNull(edit);
        if (replaying) {
            return;
        }
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** Records an edit given as its label and two actions. */
    public void record(String label, Runnable undoAction, Runnable redoAction) {
        record(new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo() {
                undoAction.run();
            }

            @Override
            public void redo() {
                redoAction.run();
            }
        });
    }

    /** Reverts the last edit; false when there is none. */
    public boolean undo() {
        return replay(undo, redo, true);
    }

    /** Re-applies the last undone edit; false when there is none. */
    public boolean redo() {
        return replay(redo, undo, false);
    }

    /** Forgets every edit (another file was shown, or a session opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    /** Whether an undo or redo is being applied right now. */
    public boolean isReplaying() {
        return replaying;
    }

    private boolean replay(Deque<Edit> from, Deque<Edit> to, boolean backwards) {
        if (from.isEmpty()) {
            return false;
        }
        Edit e = from.pop();
        replaying = true;
        try {
            if (backwards) {
                e.undo();
            } else {
                e.redo();
            }
        } finally {
            replaying = false;
        }
        to.push(e);
        update();
        return true;
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo" followed by the label of the edit an undo would revert. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
