package org.scalingworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Roles of a tracker log's columns: the run and step columns as the format defines them, and every
 * other numeric column a metric unless the role guess found a better role for it.
 */
final class TrackerRoles {

    private TrackerRoles() {
    }

    static List<Column> assign(List<Column> columns, String run, String step, String runReason, String stepReason,
            String metricReason) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.name().equals(run)) {
                out.add(c.withRole(ColumnRole.RUN, runReason));
            } else if (c.name().equals(step)) {
                out.add(c.withRole(ColumnRole.STEP, stepReason));
            } else if (c.isNumeric() && (c.role() == ColumnRole.OTHER || c.role() == ColumnRole.STEP)) {
                out.add(c.withRole(ColumnRole.METRIC, metricReason));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
