package org.scalingworkbench.ui.fit;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * One row of a law's parameter table: the value to hold the parameter at when it is fixed, and
 * bounds tighter than the law's own, all as the user typed them (empty: not set), in the
 * parameter's own units. The last fitted value is shown beside them. {@link #problemProperty()}
 * names what is wrong with the row, empty when it can be used.
 */
public final class ParameterSetting {

    /** The editable cells of a row. */
    public enum Field { VALUE, LOWER, UPPER }

    private final LawParameter parameter;
    private final BooleanProperty fixed = new SimpleBooleanProperty();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty lower = new SimpleStringProperty("");
    private final StringProperty upper = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fitted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private double fittedValue = Double.NaN;

    public ParameterSetting(LawParameter parameter) {
        this.parameter = parameter;
        fixed.addListener(o -> check());
        value.addListener(o -> check());
        lower.addListener(o -> check());
        upper.addListener(o -> check());
    }

    public String name() {
        return parameter.name();
    }

    /** The law's own range of the parameter, for the cells' prompts, e.g. "> 0". */
    public String lawRange() {
        boolean lo = Double.isFinite(parameter.lower());
        boolean hi = Double.isFinite(parameter.upper());
        if (lo && hi) {
            return "[" + compact(parameter.lower()) + ", " + compact(parameter.upper()) + "]";
        }
        return lo ? "≥ " + compact(parameter.lower()) : hi ? "≤ " + compact(parameter.upper()) : "any";
    }

    /** A bound as a person writes it: 0, 1, 0.5, 1e-08. */
    private static String compact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The text of one editable cell. */
    public StringProperty field(Field f) {
        return switch (f) {
            case VALUE -> value;
            case LOWER -> lower;
            case UPPER -> upper;
        };
    }

    /** The value the row holds the parameter at, NaN when it is not fixed (or not readable). */
    public double fixedValue() {
        return fixed.get() && problem.get().isEmpty() ? number(value.get()) : Double.NaN;
    }

    /** The row's bounds {lower, upper} (infinite where not set), or null when none is set or readable. */
    public double[] bounds() {
        if (fixed.get() || !problem.get().isEmpty() || lower.get().isBlank() && upper.get().isBlank()) {
            return null;
        }
        return new double[] {lower.get().isBlank() ? Double.NEGATIVE_INFINITY : number(lower.get()),
                upper.get().isBlank() ? Double.POSITIVE_INFINITY : number(upper.get())};
    }

    /** Sets the row as a session stored it (not an edit: nothing is recorded for undo). */
    public void restore(double heldAt, double[] range) {
        boolean isFixed = !Double.isNaN(heldAt);
        value.set(isFixed ? Double.toString(heldAt) : "");
        lower.set(range == null || Double.isInfinite(range[0]) ? "" : Double.toString(range[0]));
        upper.set(range == null || Double.isInfinite(range[1]) ? "" : Double.toString(range[1]));
        fixed.set(isFixed);
    }

    /** Records the last fitted value (NaN: none), shown in the table and used when the row is fixed. */
    void showFitted(double v) {
        fittedValue = v;
        fitted.set(Double.isNaN(v) ? "" : WindowNumbers.format(v));
    }

    /** The last fitted value, NaN before a fit. */
    double fittedValue() {
        return fittedValue;
    }

    private void check() {
        problem.set(firstProblem());
    }

    private String firstProblem() {
        if (fixed.get()) {
            if (value.get().isBlank()) {
                return name() + " is fixed but has no value";
            }
            String bad = unparsable(value.get(), "value");
            if (bad != null) {
                return bad;
            }
            double v = number(value.get());
            return v < parameter.lower() || v > parameter.upper() ? name() + " = " + value.get().strip()
                    + " is outside the law's range " + lawRange() : "";
        }
        String bad = lower.get().isBlank() ? null : unparsable(lower.get(), "lower bound");
        bad = bad != null || upper.get().isBlank() ? bad : unparsable(upper.get(), "upper bound");
        if (bad != null) {
            return bad;
        }
        double lo = lower.get().isBlank() ? parameter.lower() : number(lower.get());
        double hi = upper.get().isBlank() ? parameter.upper() : number(upper.get());
        if (!(Math.max(lo, parameter.lower()) < Math.min(hi, parameter.upper()))) {
            return "bounds of " + name() + " leave no room (law's range " + lawRange() + ")";
        }
        return "";
    }

    private String unparsable(String text, String what) {
        try {
            double v = number(text);
            return Double.isNaN(v) ? "the " + what + " of " + name() + " is NaN" : null;
        } catch (NumberFormatException e) {
            return "the " + what + " of " + name() + " is not a number: '" + text.strip() + "'";
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.strip().replace('−', '-'));
    }

    public BooleanProperty fixedProperty() {
        return fixed;
    }

    public ReadOnlyStringProperty fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
