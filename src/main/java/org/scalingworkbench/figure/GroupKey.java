package org.scalingworkbench.figure;

import java.util.Arrays;
import java.util.List;

/**
 * How the point groups (curves) of a plot are coloured and named in the key: in the order given,
 * either on a continuous colour scale by a value of each group with a colour bar (a numeric key of
 * many values: compute budgets, model sizes), or by position in that order, each group listed in
 * the legend when {@code listed} (a few groups), else summed up as one line "41 Model Family values"
 * (many groups that have no order of their own). The same key colours every panel of a faceted figure.
 *
 * @param title  what the groups are (a column's name, "Training FLOP"): the colour bar's title; may be null
 * @param order  every group in colour order (ascending value)
 * @param values the value of group i of {@code order} for a colour scale, or null for colours by position
 * @param log    whether the colour scale is logarithmic (values spanning decades)
 * @param listed whether the legend has an entry per group (without a colour scale)
 */
public record GroupKey(String title, List<String> order, double[] values, boolean log, boolean listed) {

    /** Groups past this many are listed in no legend: a colour scale or a summary line instead. */
    public static final int MAX_LISTED = 8;

    public GroupKey {
        order = List.copyOf(order);
        values = values == null ? null : values.clone();
        if (values != null && values.length != order.size()) {
            throw new IllegalArgumentException(order.size() + " groups and " + values.length + " values in a colour key");
        }
        if (values != null && log && Arrays.stream(values).anyMatch(v -> !(v > 0))) {
            throw new IllegalArgumentException("a logarithmic colour scale needs positive values");
        }
    }

    /** Groups coloured by position and listed in the legend, today's key of a few groups. */
    public static GroupKey listed(List<String> order) {
        return new GroupKey(null, order, null, false, true);
    }

    /**
     * The key of groups in {@code order} named by {@code title}: listed with up to
     * {@link #MAX_LISTED} groups; beyond, on a colour scale when {@code values} are given (log when
     * they are positive and span a decade or more), else summed up in one legend line.
     */
    public static GroupKey of(String title, List<String> order, double[] values) {
        if (order.size() <= MAX_LISTED) {
            return new GroupKey(title, order, null, false, true);
        }
        if (values == null) {
            return new GroupKey(title, order, null, false, false);
        }
        double lo = Arrays.stream(values).min().orElse(1);
        double hi = Arrays.stream(values).max().orElse(1);
        return new GroupKey(title, order, values, lo > 0 && hi / lo >= 10, false);
    }

    @Override
    public double[] values() {
        return values == null ? null : values.clone();
    }

    /** Whether groups are coloured on a continuous scale with a colour bar. */
    public boolean scaled() {
        return values != null;
    }

    /** The smallest and largest value of the scale. */
    public double[] range() {
        return new double[] {Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow()};
    }

    /**
     * Where {@code value} falls on the colour scale, 0 at the smallest group value and 1 at the
     * largest (in log10 units on a log scale), clamped to [0, 1]; 0 when all values are equal.
     */
    public double position(double value) {
        double[] r = range();
        double a = log ? Math.log10(r[0]) : r[0];
        double b = log ? Math.log10(r[1]) : r[1];
        double v = log ? Math.log10(value) : value;
        return b > a ? Math.max(0, Math.min(1, (v - a) / (b - a))) : 0;
    }

    /** The position on the scale of group {@code g} (see {@link #position(double)}); 0 for an unknown group. */
    public double positionOf(String g) {
        int i = order.indexOf(g);
        return i < 0 ? 0 : position(values[i]);
    }
}
