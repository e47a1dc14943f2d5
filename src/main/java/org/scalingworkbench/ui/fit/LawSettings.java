package org.scalingworkbench.ui.fit;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.ParameterRange;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;

/** The parameter table of one law: a {@link ParameterSetting} per parameter, in the law's order. */
public final class LawSettings {

    private final ScalingLaw law;
    private final List<ParameterSetting> rows;
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper("");

    public LawSettings(ScalingLaw law) {
        this.law = law;
        this.rows = law.parameters().stream().map(ParameterSetting::new).toList();
        rows.forEach(r -> r.problemProperty().addListener(o -> firstProblem.set(problem().orElse(""))));
    }

    /** The first problem of any row, prefixed with the law's id; empty when all rows can be used. */
    public ReadOnlyStringProperty problemProperty() {
        return firstProblem.getReadOnlyProperty();
    }

    public ScalingLaw law() {
        return law;
    }

    public List<ParameterSetting> rows() {
        return rows;
    }

    /** The row of parameter {@code name}. */
    public Optional<ParameterSetting> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The first problem of any row, prefixed with the law's id; empty when all rows can be used. */
    public Optional<String> problem() {
        return rows.stream().map(r -> r.problemProperty().get()).filter(p -> !p.isEmpty()).findFirst()
                .map(p -> law.id() + ": " + p);
    }

    /** Whether every parameter is fixed (nothing left to fit). */
    public boolean allFixed() {
        return rows.stream().allMatch(r -> r.fixedProperty().get());
    }

    /**
     * {@code law} (this table's law, as a request names it) with the table's fixed values and
     * bounds; rows with a problem add nothing.
     */
    public LawSpec applyTo(LawSpec law) {
        LawSpec out = law;
        for (ParameterSetting r : rows) {
            double held = r.fixedValue();
            double[] range = r.bounds();
            if (!Double.isNaN(held)) {
                out = out.withFixed(r.name(), held);
            } else if (range != null) {
                out = out.withBounds(r.name(), new ParameterRange(range[0], range[1]));
            }
        }
        return out;
    }

    /** Shows a fit's values beside the settings (null: clears them). */
    void showFitted(FitResult fit) {
        for (int j = 0; j < rows.size(); j++) {
            rows.get(j).showFitted(fit == null ? Double.NaN : fit.values()[j]);
        }
    }

    @Override
    public String toString() {
        return law.id();
    }
}
