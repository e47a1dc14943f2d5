package org.scalingworkbench.ui.fit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.scalingworkbench.fit.ScalingLaw;

/** A law the user may tick for fitting; unavailable (and not shown) when the file lacks its variables. */
public final class LawChoice {

    private final ScalingLaw law;
    private final BooleanProperty selected;
    private final BooleanProperty available = new SimpleBooleanProperty(true);

    public LawChoice(ScalingLaw law, boolean selected) {
        this.law = law;
        this.selected = new SimpleBooleanProperty(selected);
    }

    public ScalingLaw law() {
        return law;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Whether the shown file has the law's variables (N and D for a law of two). */
    public BooleanProperty availableProperty() {
        return available;
    }

    @Override
    public String toString() {
        return law.id() + " — " + law.displayName();
    }
}
