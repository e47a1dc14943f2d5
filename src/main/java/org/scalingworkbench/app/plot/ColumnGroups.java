package org.scalingworkbench.app.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.app.select.PointGroups;
import org.scalingworkbench.data.Column;

/**
 * Points grouped by a column the user names ({@code plot --group}) instead of the groups the
 * selection chose: one group per value, labelled "column = value", in ascending order of a
 * numeric column's values (else in order of first appearance). The groups count as levels, so a
 * law of N and D is drawn along each group's path. A point with the cell missing joins group
 * "column = ?".
 */
final class ColumnGroups {

    private ColumnGroups() {
    }

    /**
     * {@code plot}'s points grouped by column {@code name} of its sweep.
     *
     * @throws IllegalArgumentException when the sweep has no such column
     */
    static PlotData by(PlotData plot, String name) {
        Column column = plot.curve().sweep().column(name).orElseThrow(() -> new IllegalArgumentException(
                plot.curve().sweep().sourceName() + " has no column named " + name + " to group by"));
        int n = plot.curve().size();
        String[] labels = new String[n];
        Map<String, Double> order = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            int row = plot.curve().rowAt(k);
            labels[k] = name + " = " + (column.isMissing(row) ? "?" : column.isNumeric() ? compact(column.number(row)) : column.text(row));
            order.putIfAbsent(labels[k], column.isNumeric() && !column.isMissing(row) ? column.number(row) : (double) k);
        }
        List<String> sorted = order.keySet().stream().sorted(Comparator.comparingDouble(order::get)).toList();
        PlotPoints p = plot.points();
        PlotPoints regrouped = new PlotPoints(p.name(), p.xName(), p.xSymbol(), p.yName(), p.variables(), p.rows(), p.y(),
                new PointGroups(labels, sorted, true));
        return new PlotData(plot.curve(), regrouped, plot.joint());
    }

    /** Three significant digits at most, in e-notation from 1e5 on and below 1e-3: 6e18, 1.5e19, 300, 0.25. */
    static String compact(double v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        boolean plain = v == 0 || Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5;
        return plain ? d.toPlainString() : d.toString().replace("E+", "e").replace("E", "e");
    }
}
