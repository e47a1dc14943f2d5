package org.scalingworkbench.app.select;

import java.util.Arrays;
import java.util.List;

/**
 * Points to plot that carry several variables each: the plotted x (variable 0, named {@code x})
 * and, for a sweep with model size and data, {@code N}, {@code D} and {@code C}, so that laws of
 * two variables can be drawn along each group's path. Values in the columns' original units.
 *
 * @param name       what the points are (the file's name), the group of points when there are no groups
 * @param xName      the x axis title (the plotted column's name)
 * @param xSymbol    the plotted column's role symbol: N, D, C, step, or other
 * @param yName      the y axis title (the target's name)
 * @param variables  variable names, {@code x} first
 * @param rows       rows[k][j]: variable j of point k
 * @param y          point k's target
 * @param groups     the points' groups, or null for one group of all points
 */
public record PlotPoints(String name, String xName, String xSymbol, String yName, List<String> variables, double[][] rows,
        double[] y, PointGroups groups) {

    public PlotPoints {
        variables = List.copyOf(variables);
        rows = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        y = y.clone();
        if (rows.length != y.length || (groups != null && groups.labels().length != y.length)) {
            throw new IllegalArgumentException("rows, targets and groups of plot points have different lengths");
        }
    }

    @Override
    public double[][] rows() {
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** Number of points. */
    public int size() {
        return y.length;
    }

    /** Point k's plotted x. */
    public double xAt(int k) {
        return rows[k][0];
    }

    /** Point k's group label (the points' name without groups). */
    public String groupAt(int k) {
        return groups == null ? name : groups.labelAt(k);
    }

    /** Whether the points are split into groups. */
    public boolean grouped() {
        return groups != null;
    }

    /** The group labels in drawing order; the points' name alone without groups. */
    public List<String> groupOrder() {
        return groups == null ? List.of(name) : groups.order();
    }

    /** Row k, all variables, not copied. */
    public double[] rowAt(int k) {
        return rows[k];
    }

    /** Point k's target, not copied. */
    public double yAt(int k) {
        return y[k];
    }
}
