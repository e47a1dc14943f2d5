package org.scalingworkbench.ui.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The parameter tables of the laws to fit: one {@link LawSettings} per law (kept while the law is
 * unticked, so a bound typed once survives), the laws whose table can be edited now, and which one
 * is shown. Every edit is recorded in the window's {@link UndoHistory}.
 */
public final class ParameterTableModel {

    private final UndoHistory history;
    private final Map<String, LawSettings> byLaw = new LinkedHashMap<>();
    private final ObservableList<LawSettings> editable = FXCollections.observableArrayList();
    private final ObjectProperty<LawSettings> shown = new SimpleObjectProperty<>();

    public ParameterTableModel(UndoHistory history) {
        this.history = history;
    }

    /** Offers the tables of {@code laws} (the ticked ones and a valid custom formula), keeping the one shown if still there. */
    void offer(List<ScalingLaw> laws) {
        LawSettings was = shown.get();
        editable.setAll(laws.stream().map(this::settings).toList());
        shown.set(was != null && editable.contains(was) ? was : editable.isEmpty() ? null : editable.get(0));
    }

    /** The settings of {@code law}, created on first use; a custom formula's are renewed when its parameters change. */
    public LawSettings settings(ScalingLaw law) {
        LawSettings s = byLaw.get(law.id());
        if (s == null || !s.law().parameters().equals(law.parameters())) {
            s = new LawSettings(law);
            byLaw.put(law.id(), s);
        }
        return s;
    }

    /** Sets a cell of a row to {@code text}; undoable. */
    public void edit(LawSettings law, ParameterSetting row, ParameterSetting.Field field, String text) {
        String old = row.field(field).get();
        String now = text == null ? "" : text.strip();
        if (old.equals(now)) {
            return;
        }
        row.field(field).set(now);
        history.record("edit " + law.law().id() + " " + row.name(), () -> row.field(field).set(old), () -> row.field(field).set(now));
    }

    /**
     * Fixes or frees a row; fixing a row with no value typed holds it at its last fitted value.
     * Undoable as one edit.
     */
    public void setFixed(LawSettings law, ParameterSetting row, boolean fixed) {
        if (row.fixedProperty().get() == fixed) {
            return;
        }
        String oldValue = row.field(ParameterSetting.Field.VALUE).get();
        String newValue = fixed && oldValue.isBlank() && !Double.isNaN(row.fittedValue())
                ? row.fittedProperty().get() : oldValue;
        Runnable apply = () -> {
            row.field(ParameterSetting.Field.VALUE).set(newValue);
            row.fixedProperty().set(fixed);
        };
        apply.run();
        history.record((fixed ? "fix " : "free ") + law.law().id() + " " + row.name(), () -> {
            row.fixedProperty().set(!fixed);
            row.field(ParameterSetting.Field.VALUE).set(oldValue);
        }, apply);
    }

    /** The first problem in the tables of {@code laws}, if any. */
    Optional<String> problem(List<ScalingLaw> laws) {
        return laws.stream().map(l -> settings(l).problem()).flatMap(Optional::stream).findFirst();
    }

    /** Shows each fitted law's values beside its settings. */
    void showFitted(Leaderboard board) {
        byLaw.values().forEach(s -> s.showFitted(null));
        if (board == null) {
            return;
        }
        for (LeaderboardEntry e : board.entries()) {
            LawSettings s = byLaw.get(e.lawId());
            if (s != null && e.fit() != null && e.fit().values().length == s.rows().size()) {
                s.showFitted(e.fit());
            }
        }
    }

    /** The tables that can be edited now, one per law to fit. */
    public ObservableList<LawSettings> editable() {
        return editable;
    }

    /** The table on screen. */
    public ObjectProperty<LawSettings> shownProperty() {
        return shown;
    }
}
