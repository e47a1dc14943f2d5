package org.scalingworkbench.ui.fit;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingworkbench.analysis.HoldOutSplit;

/**
 * How the fit panel holds points out: right of the chart's cut-off line (one x for every curve),
 * or per curve, each curve's last K points ({@code last:K}) or its points beyond F% of its own
 * largest x ({@code upto:F%}). With many curves of different lengths and ranges one cut-off holds
 * out every point of the short curves; the per-curve forms hold out some of each.
 */
public final class HoldOutChoice {

    /** The kinds of hold-out the panel offers. */
    public enum Form {
        /** The points right of the cut-off line. */
        CUT_OFF("right of the cut-off"),
        /** Each curve's K points of largest x. */
        LAST_POINTS("each curve's last K points"),
        /** Each curve's points beyond F% of its own largest x. */
        UP_TO("each curve beyond F% of its x");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The points a curve keeps to fit at least, when the default K is chosen. */
    static final int KEEP_AT_LEAST = 5;
    /** The most points the default K holds out of each curve. */
    static final int MOST_BY_DEFAULT = 5;

    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.CUT_OFF);
    private final IntegerProperty last = new SimpleIntegerProperty(3);
    private final DoubleProperty percent = new SimpleDoubleProperty(50);

    /** The per-curve split chosen, or null for the cut-off (whose x the chart holds). */
    public HoldOutSplit perCurve() {
        return switch (form.get()) {
            case CUT_OFF -> null;
            case LAST_POINTS -> new HoldOutSplit.LastPoints(Math.max(1, last.get()));
            case UP_TO -> new HoldOutSplit.UpTo(Math.min(99, Math.max(1, percent.get())));
        };
    }

    /** Sets the form from a split (a session's); the cut-off forms (x&gt;VALUE, none) choose the cut-off. */
    void set(HoldOutSplit split) {
        if (split instanceof HoldOutSplit.LastPoints l) {
            last.set(l.k());
            form.set(Form.LAST_POINTS);
        } else if (split instanceof HoldOutSplit.UpTo u) {
            percent.set(u.percent());
            form.set(Form.UP_TO);
        } else {
            form.set(Form.CUT_OFF);
        }
    }

    /**
     * The default K of {@code last:K} for curves of {@code keptCounts} points (curves of fewer than 3
     * are left out: they are too small for any law anyway): a quarter of the smallest curve, at least
     * 1 and at most {@value #MOST_BY_DEFAULT}, and small enough that it keeps {@value #KEEP_AT_LEAST}
     * points to fit where it has them.
     */
    static int defaultLast(List<Integer> keptCounts) {
        int smallest = keptCounts.stream().filter(n -> n >= 3).mapToInt(Integer::intValue).min().orElse(4);
        int k = Math.min(MOST_BY_DEFAULT, smallest / 4);
        k = Math.min(k, smallest - KEEP_AT_LEAST);
        return Math.max(1, k);
    }

    /** Chooses each curve's last K points, K by {@link #defaultLast(List)}. */
    void choosePerCurveDefault(List<Integer> keptCounts) {
        last.set(defaultLast(keptCounts));
        form.set(Form.LAST_POINTS);
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    /** K of {@code last:K}. */
    public IntegerProperty lastProperty() {
        return last;
    }

    /** F of {@code upto:F%}, in percent. */
    public DoubleProperty percentProperty() {
        return percent;
    }
}
