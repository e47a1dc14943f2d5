package org.scalingworkbench.ui.fit;

import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;
import org.scalingworkbench.fit.Objective;

/**
 * How an objective is named in the pickers: "log least squares", "log Huber (δ=0.001)", "least
 * squares", with "on ln(y + c)" when a target offset is set; a label is read back as the objective
 * of {@code offered} it names.
 */
public final class ObjectiveConverter extends StringConverter<Objective> {

    private final List<Objective> offered;

    /** @param offered the objectives a label may name (the picker's items) */
    public ObjectiveConverter(List<Objective> offered) {
        this.offered = offered;
    }

    @Override
    public String toString(Objective o) {
        if (o == null) {
            return "";
        }
        String name = switch (o.kind()) {
            case LOG_HUBER -> "log Huber (δ=" + number(o.delta()) + ")";
            case LEAST_SQUARES -> "least squares";
            case LOG_LEAST_SQUARES -> "log least squares";
        };
        return o.onLogScale() && o.targetOffset() > 0 ? name + " on ln(y + " + number(o.targetOffset()) + ")" : name;
    }

    @Override
    public Objective fromString(String label) {
        return offered.stream().filter(o -> toString(o).equals(label)).findFirst().orElse(null);
    }

    /** A setting as a person writes it: 0.001, 1, 1e-05. */
    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e");
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
