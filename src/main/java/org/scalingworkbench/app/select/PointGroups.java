package org.scalingworkbench.app.select;

import java.util.List;

/**
 * Which group each plotted point belongs to.
 *
 * @param labels point k's group label
 * @param order  the distinct labels in the order to draw and list them (ascending level)
 * @param levels whether the groups are levels the runs were made at (compute budgets, model
 *               sizes), rather than bins cut through values spread out; a law of N and D is drawn
 *               along each level's own path
 */
public record PointGroups(String[] labels, List<String> order, boolean levels) {

    public PointGroups {
        labels = labels.clone();
        order = List.copyOf(order);
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    /** Point k's label, not copied. */
    public String labelAt(int k) {
        return labels[k];
    }
}
