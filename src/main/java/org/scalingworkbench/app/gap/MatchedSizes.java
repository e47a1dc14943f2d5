package org.scalingworkbench.app.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.app.select.SelectedCurve;

/**
 * The sizes both series were measured at, matched exactly (the same models), with each series'
 * mean loss over its kept rows at that size. A size measured in one series only is an error: the
 * gap is a difference between the same models, so it is refused, naming the sizes.
 */
final class MatchedSizes {

    /** Fewer matched sizes leave no freedom for a two-parameter law of the gap. */
    static final int MIN_SIZES = 3;

    private MatchedSizes() {
    }

    /** One size: x in the scale's units, each series' mean loss in the target's units. */
    record Size(double x, double first, double second) {
    }

    /**
     * The matched sizes in increasing x.
     *
     * @throws IllegalArgumentException naming the sizes only one series has, or when fewer than three match
     */
    static List<Size> match(String firstName, SelectedCurve first, String secondName, SelectedCurve second, String xName) {
        Map<Double, Double> a = means(first);
        Map<Double, Double> b = means(second);
        String onlyA = missing(a, b);
        String onlyB = missing(b, a);
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            StringBuilder why = new StringBuilder("the two series are not the same models: ");
            if (!onlyA.isEmpty()) {
                why.append(xName).append(" = ").append(onlyA).append(" only in ").append(firstName);
            }
            if (!onlyB.isEmpty()) {
                why.append(onlyA.isEmpty() ? "" : "; ").append(xName).append(" = ").append(onlyB).append(" only in ").append(secondName);
            }
            throw new IllegalArgumentException(why.append(" (sizes are matched exactly)").toString());
        }
        if (a.size() < MIN_SIZES) {
            throw new IllegalArgumentException("the gap needs at least " + MIN_SIZES + " sizes measured in both series, got "
                    + a.size());
        }
        List<Size> out = new ArrayList<>();
        a.forEach((x, l) -> out.add(new Size(x, l, b.get(x))));
        return List.copyOf(out);
    }

    private static String missing(Map<Double, Double> in, Map<Double, Double> notIn) {
        TreeSet<Double> only = new TreeSet<>(in.keySet());
        only.removeAll(notIn.keySet());
        return only.stream().map(x -> String.format("%.6g", x)).collect(Collectors.joining(", "));
    }

    /** Mean target per distinct x over the curve's kept points, by increasing x. */
    private static Map<Double, Double> means(SelectedCurve curve) {
        PlotPoints p = curve.points().points();
        boolean[] excluded = curve.excluded();
        Map<Double, double[]> sums = new TreeMap<>();
        for (int k = 0; k < p.size(); k++) {
            if (!excluded[k]) {
                double[] s = sums.computeIfAbsent(p.xAt(k), x -> new double[2]);
                s[0] += p.yAt(k);
                s[1] += 1;
            }
        }
        Map<Double, Double> out = new TreeMap<>();
        sums.forEach((x, s) -> out.put(x, s[0] / s[1]));
        return out;
    }
}
