package org.scalingworkbench.app.select;

import java.util.stream.IntStream;

/**
 * One curve of a selection: its points (with their variables and groups) and which of them are
 * excluded from every fit (by the user, or as a curve's rows of highest target).
 *
 * @param points   the points, as the chart shows them
 * @param excluded excluded[k]: whether point k is left out
 */
public record SelectedCurve(PlotData points, boolean[] excluded) {

    public SelectedCurve {
        excluded = excluded.clone();
        if (excluded.length != points.curve().size()) {
            throw new IllegalArgumentException("one exclusion flag per point is needed");
        }
    }

    @Override
    public boolean[] excluded() {
        return excluded.clone();
    }

    /** The curve's name ("runs.csv", "Task = arc"). */
    public String name() {
        return points.curve().name();
    }

    /** How many points are not excluded. */
    public int keptCount() {
        return (int) IntStream.range(0, excluded.length).filter(k -> !excluded[k]).count();
    }
}
