package org.scalingworkbench.ui.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * What the next fit fits and how: the ticked laws (each tick undoable) plus the custom formula,
 * checked as typed against the variables of the points shown, the objective, the bootstrap, and
 * each law's parameter table; {@link #specs} names the laws as a request does.
 */
final class FitSetup {

    private final UndoHistory history;
    private final LawOffer offer = new LawOffer();
    private final StringProperty formula = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(Objective.logLeastSquares());
    private final ObservableList<Objective> objectives = FXCollections.observableArrayList(Objective.logLeastSquares(),
            Objective.logHuber(Objective.DEFAULT_DELTA), Objective.leastSquares());
    private final ObjectProperty<Resampling> bootstrap = new SimpleObjectProperty<>(Resampling.NONE);
    private final ParameterTableModel parameters;

    /** @param history where ticks and parameter edits are recorded for undo */
    FitSetup(UndoHistory history) {
        this.history = history;
        this.parameters = new ParameterTableModel(history);
        offer.choices().forEach(this::recordTicks);
        formula.addListener((obs, old, now) -> checkFormula());
        formula.addListener((obs, old, now) -> parameters.offer(chosenLaws()));
        parameters.offer(chosenLaws());
        objective.addListener((obs, old, now) -> {
            if (now != null && !objectives.contains(now)) {
                objectives.add(now); // a session's own δ or offset is offered beside the usual ones
            }
        });
    }

    private void recordTicks(LawChoice c) {
        c.selectedProperty().addListener((obs, old, now) -> {
            parameters.offer(chosenLaws());
            history.record((now ? "tick " : "untick ") + c.law().id(), () -> c.selectedProperty().set(old),
                    () -> c.selectedProperty().set(now));
        });
    }

    /** New points are shown (null for none): the laws and formula variables follow them, no table is open. */
    void offer(PlotData data) {
        offer.offer(data);
        checkFormula();
        parameters.shownProperty().set(null);
        parameters.offer(chosenLaws());
    }

    private void checkFormula() {
        formulaError.set(offer.problem(formula.get()));
    }

    /** The ticked laws, plus the custom formula when it parses. */
    List<ScalingLaw> chosenLaws() {
        List<ScalingLaw> out = new ArrayList<>(offer.ticked());
        offer.formula(formula.get()).ifPresent(out::add);
        return out;
    }

    /** The chosen laws that are on {@code board}, in its order (what a warm re-rank refits). */
    List<ScalingLaw> chosenOn(Leaderboard board) {
        Map<String, ScalingLaw> byId = new LinkedHashMap<>();
        chosenLaws().forEach(l -> byId.put(l.id(), l));
        return board.entries().stream().map(e -> byId.get(e.lawId())).filter(Objects::nonNull).toList();
    }

    /** What is wrong with the parameter tables of {@code laws}, naming the law and parameter. */
    Optional<String> problem(List<ScalingLaw> laws) {
        return parameters.problem(laws);
    }

    /**
     * The laws as a request names them: a built-in law by id, the formula by its text, each with its
     * table's fixed values and bounds. Call when {@link #problem} is empty.
     */
    List<LawSpec> specs(List<ScalingLaw> laws) {
        return laws.stream().map(this::spec).toList();
    }

    private LawSpec spec(ScalingLaw law) {
        LawSpec named = law.id().equals(LawSpec.FORMULA_ID) ? LawSpec.formula(formula.get()) : LawSpec.builtIn(law.id());
        return parameters.settings(law).applyTo(named);
    }

    LawOffer offer() {
        return offer;
    }

    StringProperty formulaProperty() {
        return formula;
    }

    ReadOnlyStringProperty formulaErrorProperty() {
        return formulaError.getReadOnlyProperty();
    }

    ObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    ObservableList<Objective> objectives() {
        return objectives;
    }

    ObjectProperty<Resampling> bootstrapProperty() {
        return bootstrap;
    }

    ParameterTableModel parameters() {
        return parameters;
    }
}
