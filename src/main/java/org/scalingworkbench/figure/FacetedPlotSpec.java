package org.scalingworkbench.figure;

import java.util.List;

/**
 * Small multiples: scaling plots side by side in a grid, one panel per value of a column
 * ({@code plot --facet Task}), on shared x and y axes (the same ranges, tick labels on the outer
 * panels only), under one legend or colour bar for all panels, which share one {@link GroupKey}
 * so a curve has the same colour in every panel. No residual panels.
 *
 * @param title  what the panels are (the facet column's name)
 * @param panels the panels in reading order (left to right, then down)
 * @param key    the groups of every panel, coloured and keyed alike
 */
public record FacetedPlotSpec(String title, List<Panel> panels, GroupKey key) {

    /**
     * One panel.
     *
     * @param title the panel's heading ("Task = arc")
     * @param plot  what it shows (its key is the grid's)
     */
    public record Panel(String title, ScalingPlotSpec plot) { }

    public FacetedPlotSpec {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a grid of panels needs at least one panel");
        }
    }

    /** Every panel's points and curves in one plot, as the shared legend lists them. */
    public ScalingPlotSpec merged() {
        ScalingPlotSpec first = panels.get(0).plot();
        return new ScalingPlotSpec(first.x(), first.y(), panels.stream().flatMap(p -> p.plot().points().stream()).toList(),
                panels.stream().flatMap(p -> p.plot().curves().stream()).toList(), Double.NaN, false, key);
    }
}
