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
        return assign(columns, run, step, runReason, stepReason, metricReason, name -> false);
    }

    /** As above, leaving the columns named as {@code bookkeeping} says with their guessed role. */
    static List<Column> assign(List<Column> columns, String run, String step, String runReason, String stepReason,
            String metricReason, java.util.function.Predicate<String> bookkeeping) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (bookkeeping.test(c.name()) && !c.name().equals(step)) {
                out.add(c.role() == ColumnRole.STEP ? c.withRole(ColumnRole.OTHER, "the tracker's bookkeeping") : c);
            } else if (c.name().equals(run)) {
                out.add(c.withRole(ColumnRole.RUN, runReason));
            } else if (c.name().equals(step)) {
                out.add(c.withRole(ColumnRole.STEP, stepReason));
            } else if (c.isNumeric() && c.role() == ColumnRole.OTHER && isLearningRate(c.name())) {
                out.add(c.withRole(ColumnRole.OTHER, "a learning rate: a setting the run logged, not a result to fit"));
            } else if (c.isNumeric() && (c.role() == ColumnRole.OTHER || c.role() == ColumnRole.STEP)) {
                out.add(c.withRole(ColumnRole.METRIC, metricReason));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a logged scalar is a learning rate (Lightning's {@code lr-AdamW}, W&B's
     * {@code train/lr}, TensorBoard's {@code learning_rate}): offered as a metric it became the
     * window's default target ahead of the losses.
     */
    static boolean isLearningRate(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.asList(lower.split("[^a-z0-9]+")).contains("lr") || lower.replaceAll("[^a-z]", "").contains("learningrate");
    }

    /**
     * A size column (N, D or C) of a log with its zero or negative cells read as missing, with a
     * note: a log's running count of tokens or FLOPs starts at 0, which is not a size.
     */
    static Column positiveOnly(Column c, ColumnRole role, List<String> notes) {
        double[] values = c.numbers();
        int cleared = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0) {
                values[i] = Double.NaN;
                cleared++;
            }
        }
        if (cleared == 0) {
            return c;
        }
        notes.add("column \"" + c.name() + "\" (" + role.symbol() + "): " + cleared + " value" + (cleared == 1 ? "" : "s")
                + " of 0 or less read as missing (a running count starts at 0; a size must be positive)");
        return Column.ownedNumeric(c.name(), c.sourcePosition(), values, values.length);
    }

}
