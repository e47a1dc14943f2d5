package org.scalingworkbench.ui.fit;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalingworkbench.fit.FitOptions;
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

    /** {@code base} with this law's fixed values and bounds added. */
    public FitOptions options(FitOptions base) {
        FitOptions out = base;
        for (ParameterSetting r : rows) {
            out = r.applyTo(out);
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
