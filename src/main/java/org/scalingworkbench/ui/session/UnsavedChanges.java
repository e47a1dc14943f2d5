package org.scalingworkbench.ui.session;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/**
 * What counts as a change to the window's work, and whether some are not saved yet or not
 * autosaved yet. Every change of the files, columns, formula, objective, bootstrap, ticks, chart
 * (exclusions, cut-off, results) and theme counts, except while a session is being put into the
 * window and except the loading of the files the window opens by itself at start. Changes are
 * numbered; saving and autosaving remember the number they wrote.
 */
final class UnsavedChanges {

    private final SessionWindow window;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private long changes;
    private long savedAt;
    private long autosavedAt;
    private boolean restoring;

    UnsavedChanges(SessionWindow window) {
        this.window = window;
        watch();
    }

    /** Counts a change (none while restoring). */
    void changed() {
        if (!restoring) {
            changes++;
            update();
        }
    }

    /** The number of the latest change, to hand to {@link #saved} or {@link #autosaved} once written. */
    long latest() {
        return changes;
    }

    /** The work up to change {@code at} was saved to the session file (and so to the recovery file). */
    void saved(long at) {
        savedAt = at;
        autosavedAt = at;
        update();
    }

    /** The work up to change {@code at} was written to the recovery file. */
    void autosaved(long at) {
        autosavedAt = at;
    }

    /** Whether the recovery file lags behind: unsaved changes not autosaved yet, and no restore under way. */
    boolean needsAutosave() {
        return !restoring && dirty.get() && autosavedAt != changes;
    }

    /** A session is being put into the window: what that changes is not a change. */
    void restoring() {
        restoring = true;
    }

    /**
     * The session is in the window, once {@code refit} (when not null) is no longer running: saved
     * as it is, unless it was recovered from an autosave (then the work is still unsaved, though
     * written to the recovery file).
     */
    void restored(boolean recovered, ObservableBooleanValue refit) {
        if (refit != null && refit.get()) {
            refit.addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    o.removeListener(this);
                    restored(recovered, null);
                }
            });
            return;
        }
        restoring = false;
        savedAt = recovered ? -1 : changes;
        autosavedAt = changes;
        update();
    }

    /**
     * Counts the window as unchanged once {@code count} files the window opens by itself are shown
     * (after the fit panel took them up); stops waiting when a file fails to load, leaving the
     * changes made so far. Call before starting the loads: a runner may finish them at once.
     */
    void unchangedOnceShown(int count) {
        new StartFiles(window.sweeps(), count).watch();
    }

    /** Waits for the start files to be shown, or for one to fail. */
    private final class StartFiles implements ChangeListener<Object> {
        private final SweepOverviewViewModel sweeps;
        private final int count;
        private int shown;

        StartFiles(SweepOverviewViewModel sweeps, int count) {
            this.sweeps = sweeps;
            this.count = count;
        }

        void watch() {
            sweeps.selectedProperty().addListener(this);
            sweeps.errorProperty().addListener(this);
        }

        @Override
        public void changed(ObservableValue<?> o, Object old, Object now) {
            boolean failed = !sweeps.errorProperty().get().isEmpty();
            boolean selection = o == sweeps.selectedProperty();
            if (!failed && (!selection || now == null || ++shown < count)) {
                return;
            }
            sweeps.selectedProperty().removeListener(this);
            sweeps.errorProperty().removeListener(this);
            if (!failed) {
                saved(changes);
            }
        }
    }

    /** Whether there are changes not saved to the session file. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void update() {
        dirty.set(changes != savedAt);
    }

    /** Change listeners, not invalidation listeners: a property nobody reads invalidates only once. */
    private void watch() {
        FitViewModel fits = window.fits();
        window.sweeps().files().addListener((ListChangeListener<Object>) c -> changed());
        List<ObservableValue<?>> watched = List.of(fits.xColumnProperty(), fits.yColumnProperty(), fits.formulaProperty(),
                fits.objectiveProperty(), fits.bootstrapProperty(), fits.chart().specProperty(), window.theme());
        watched.forEach(o -> o.addListener((v, old, now) -> changed()));
        fits.laws().forEach(c -> c.selectedProperty().addListener((v, old, now) -> changed()));
        fits.curveKey().addListener((ListChangeListener<String>) c -> changed());
    }
}
