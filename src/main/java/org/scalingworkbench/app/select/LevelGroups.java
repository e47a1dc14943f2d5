package org.scalingworkbench.app.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * Groups the points of a sweep with model size and data by the level of a variable other than the
 * plotted one: the compute budgets of an IsoFLOP sweep when N is plotted, the model sizes of
 * training curves when D is plotted. A variable has natural levels when its values fall into at
 * most {@link #MAX_GROUPS} tight clusters (each within {@link #LEVEL_WIDTH} decades); otherwise
 * (values read off a figure, say) its first preferred variable is cut into half-decade bins.
 */
final class LevelGroups {

    /** Most groups shown; beyond this a variable has no natural levels. */
    static final int MAX_GROUPS = 16;
    /** A natural level spans at most this many decades (log10). */
    static final double LEVEL_WIDTH = 0.1;
    /** Two values more than this many decades (log10) apart start a new level. */
    static final double LEVEL_GAP = 0.05;

    private LevelGroups() {
    }

    /** The grouping of {@code rows} for plotted column {@code x}, or empty when no other variable serves. */
    static Optional<PointGroups> choose(Sweep sweep, Column x, int[] rows) {
        List<Column> candidates = preferred(x.role()).stream().map(sweep::column).flatMap(Optional::stream)
                .filter(c -> c != x && c.isNumeric()).toList();
        for (Column c : candidates) {
            Optional<PointGroups> levels = naturalLevels(c, rows);
            if (levels.isPresent()) {
                return levels;
            }
        }
        return candidates.isEmpty() ? Optional.empty() : halfDecades(candidates.get(0), rows);
    }

    private static List<ColumnRole> preferred(ColumnRole plotted) {
        return switch (plotted) {
            case PARAMETERS -> List.of(ColumnRole.COMPUTE, ColumnRole.DATA);
            case DATA -> List.of(ColumnRole.PARAMETERS, ColumnRole.COMPUTE);
            case COMPUTE -> List.of(ColumnRole.PARAMETERS, ColumnRole.DATA);
            default -> List.of(ColumnRole.PARAMETERS, ColumnRole.COMPUTE, ColumnRole.DATA);
        };
    }

    /** Clusters of log10 values split at gaps above {@link #LEVEL_GAP}, if they are few and tight. */
    static Optional<PointGroups> naturalLevels(Column c, int[] rows) {
        double[] logs = Arrays.stream(rows).mapToDouble(r -> Math.log10(c.number(r))).distinct().sorted().toArray();
        List<double[]> clusters = new ArrayList<>();
        for (double v : logs) {
            if (clusters.isEmpty() || v - clusters.get(clusters.size() - 1)[1] > LEVEL_GAP) {
                clusters.add(new double[] {v, v});
            } else {
                clusters.get(clusters.size() - 1)[1] = v;
            }
        }
        if (clusters.size() < 2 || clusters.size() > MAX_GROUPS || clusters.stream().anyMatch(k -> k[1] - k[0] > LEVEL_WIDTH)) {
            return Optional.empty();
        }
        List<String> order = clusters.stream().map(k -> c.name() + (k[0] == k[1] ? " = " : " ≈ ")
                + compact(Math.pow(10, (k[0] + k[1]) / 2))).toList();
        String[] labels = Arrays.stream(rows).mapToObj(r -> {
            double v = Math.log10(c.number(r));
            int i = 0;
            while (v > clusters.get(i)[1]) {
                i++;
            }
            return order.get(i);
        }).toArray(String[]::new);
        return Optional.of(new PointGroups(labels, order, true));
    }

    /** Half-decade bins of the column's values ("flops 1e19–3.2e19"), if there are at least two. */
    static Optional<PointGroups> halfDecades(Column c, int[] rows) {
        TreeMap<Integer, String> bins = new TreeMap<>();
        int[] bin = Arrays.stream(rows).map(r -> (int) Math.floor(2 * Math.log10(c.number(r)))).toArray();
        Arrays.stream(bin).forEach(b -> bins.computeIfAbsent(b, k -> c.name() + " " + compact(Math.pow(10, k / 2.0))
                + "–" + compact(Math.pow(10, (k + 1) / 2.0))));
        if (bins.size() < 2 || bins.size() > MAX_GROUPS) {
            return Optional.empty();
        }
        return Optional.of(new PointGroups(Arrays.stream(bin).mapToObj(bins::get).toArray(String[]::new),
                List.copyOf(bins.values()), false));
    }

    /** Two significant digits at most, in e-notation from 1e4 on: 6e18, 3.2e19, 500. */
    static String compact(double v) {
        int exponent = (int) Math.floor(Math.log10(v));
        double mantissa = Math.round(v / Math.pow(10, exponent) * 10) / 10.0;
        if (mantissa >= 10) {
            mantissa /= 10;
            exponent++;
        }
        String m = mantissa == Math.rint(mantissa) ? Long.toString((long) mantissa) : String.format(Locale.ROOT, "%.1f", mantissa);
        if (exponent >= 4 || exponent <= -3) {
            return m + "e" + exponent;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
