package org.scalingworkbench.ui.fit;

import org.scalingworkbench.app.select.PlotData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * What the next fit fits and how: the ticked laws (each tick undoable) plus the custom formula,
 * checked as typed against the variables of the points shown, the objective, the bootstrap
 * resamples, and each law's parameter table.
 */
final class FitSetup {

    private final UndoHistory history;
    private final LawOffer offer = new LawOffer();
    private final StringProperty formula = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper("");
    private final StringProperty objective = new SimpleStringProperty(FitViewModel.OBJECTIVES.get(0));
    private final IntegerProperty resamples = new SimpleIntegerProperty(0);
    private final ParameterTableModel parameters;

    /** @param history where ticks and parameter edits are recorded for undo */
    FitSetup(UndoHistory history) {
        this.history = history;
        this.parameters = new ParameterTableModel(history);
        offer.choices().forEach(this::recordTicks);
        formula.addListener((obs, old, now) -> checkFormula());
        formula.addListener((obs, old, now) -> parameters.offer(chosenLaws()));
        parameters.offer(chosenLaws());
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

    /** Each law's options by id: the chosen objective plus the law's parameter table. */
    Map<String, FitOptions> options(List<ScalingLaw> laws) {
        return parameters.options(laws, options());
    }

    /** The chosen objective's options, without any law's table. */
    FitOptions options() {
        return FitOptions.defaults().withObjective(FitViewModel.objectiveOf(objective.get()));
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

    StringProperty objectiveProperty() {
        return objective;
    }

    IntegerProperty resamplesProperty() {
        return resamples;
    }

    ParameterTableModel parameters() {
        return parameters;
    }
}
