package org.scalingworkbench.app.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scalingworkbench.data.Column;

/**
 * Groups the points of several files shown together by file, and within a file by the groups
 * the points would have alone (compute budgets, model sizes): "small.csv · flops = 6e18". Files
 * keep the order they are listed in; levels keep their order within a file.
 */
final class FileGroups {

    /** Between the file and the group within it. */
    static final String SEPARATOR = " · ";

    private FileGroups() {
    }

    /**
     * @param file   the union's file column
     * @param rows   the sweep row of each point
     * @param within each point's group regardless of file, or null when the points have none
     */
    static PointGroups of(Column file, int[] rows, PointGroups within) {
        String[] labels = new String[rows.length];
        Set<String> files = new LinkedHashSet<>();
        for (int k = 0; k < rows.length; k++) {
            String f = file.text(rows[k]);
            files.add(f);
            labels[k] = within == null ? f : f + SEPARATOR + within.labels()[k];
        }
        Set<String> present = new LinkedHashSet<>(Arrays.asList(labels));
        List<String> order = new ArrayList<>();
        for (String f : files) {
            if (within == null) {
                order.add(f);
            } else {
                within.order().stream().map(g -> f + SEPARATOR + g).filter(present::contains).forEach(order::add);
            }
        }
        return new PointGroups(labels, order, within != null && within.levels());
    }
}
