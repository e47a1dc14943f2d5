package org.scalingworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();
    private final SimpleIntegerProperty value = new SimpleIntegerProperty(0);

    /** Sets the value and records the change, the way a view-model records a user's edit. */
    private void set(int now) {
        int old = value.get();
        value.set(now);
        history.record("set " + now, () -> value.set(old), () -> value.set(now));
    }

    @Test
    void undoAndRedoReplayEditsInOrderAndNameThem() {
        set(1);
        set(2);
        assertThat(history.undoLabelProperty().get()).isEqualTo("Undo set 2");
        history.undo();
        assertThat(value.get()).isEqualTo(1);
        assertThat(history.redoLabelProperty().get()).isEqualTo("Redo set 2");
        history.undo();
        assertThat(value.get()).isZero();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.undo()).isFalse();
        history.redo();
        history.redo();
        assertThat(value.get()).isEqualTo(2);
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewEditAfterUndoClearsTheRedoSide() {
        set(1);
        history.undo();
        set(5);
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.redo()).isFalse();
        history.undo();
        assertThat(value.get()).isZero();
    }

    @Test
    void changesMadeByAReplayAreNotRecordedAgain() {
        value.addListener((o, old, now) -> history.record("listener saw " + now, () -> { }, () -> { }));
        set(3);
        assertThat(history.undoLabelProperty().get()).isEqualTo("Undo set 3");
        history.undo();
        assertThat(value.get()).isZero();
        assertThat(history.undoLabelProperty().get()).isEqualTo("Undo listener saw 3");
        assertThat(history.redoLabelProperty().get()).isEqualTo("Redo set 3");
        history.clear();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.undoLabelProperty().get()).isEqualTo("Undo");
    }
}
