package org.scalingworkbench.ui.fit;

import java.util.HashSet;
import java.util.Set;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;

/**
 * Which columns the "curves by" picker offers: text columns, group and run columns, and numeric
 * columns with at most {@value #FEW} distinct values (a model size swept at a few levels). A
 * column of a size role with many values, or a metric, would split the rows into one point per
 * curve, so it is not offered.
 */
final class CurveKeyColumns {

    /** The most distinct values a numeric column may have to be offered as a curve key. */
    static final int FEW = 40;

    private CurveKeyColumns() {
    }

    /** Whether {@code c} is offered as (part of) a curve key. */
    static boolean splits(Column c) {
        if (c.role() == ColumnRole.GROUP || c.role() == ColumnRole.RUN) {
            return true;
        }
        if (c.role() == ColumnRole.METRIC || c.role() == ColumnRole.SPLIT) {
            return false;
        }
        if (!c.isNumeric()) {
            return true;
        }
        int distinct = distinctUpTo(c, FEW + 1);
        return distinct <= FEW && distinct < c.size();
    }

    /** The number of distinct values of {@code c}, counted up to {@code limit}. */
    private static int distinctUpTo(Column c, int limit) {
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < c.size() && seen.size() < limit; r++) {
            seen.add(c.text(r));
        }
        return seen.size();
    }
}
