package org.scalingworkbench.ui.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;

/**
 * The points of the chart a per-curve hold-out ({@code last:K}, {@code upto:F%}) holds out: each
 * curve's points not excluded split alone, as the fit use case splits each curve of a request
 * with a curve key. A curve the split does not apply to (too few points) holds out none here; the
 * fit lists it as not fitted with the reason.
 */
final class CurveHoldOuts {

    private CurveHoldOuts() {
    }

    /**
     * @param shown    the chart's points
     * @param curveOf  each point's curve (-1: none); null: all points are one curve
     * @param excluded excluded[k]: point k is left out by the user
     * @param split    the per-curve split
     * @return held[k]: point k is held out
     */
    static boolean[] held(Curve shown, int[] curveOf, boolean[] excluded, HoldOutSplit split) {
        Map<Integer, List<Integer>> curves = new LinkedHashMap<>();
        for (int k = 0; k < shown.size(); k++) {
            int c = curveOf == null ? 0 : curveOf[k];
            if (c >= 0 && !excluded[k]) {
                curves.computeIfAbsent(c, i -> new java.util.ArrayList<>()).add(k);
            }
        }
        boolean[] held = new boolean[shown.size()];
        for (List<Integer> members : curves.values()) {
            int[] kept = members.stream().mapToInt(Integer::intValue).toArray();
            boolean[] out = splitOrNone(shown.subset(kept), split);
            IntStream.range(0, kept.length).forEach(i -> held[kept[i]] = out[i]);
        }
        return held;
    }

    private static boolean[] splitOrNone(Curve one, HoldOutSplit split) {
        try {
            return split.heldOut(one);
        } catch (IllegalArgumentException e) {
            return new boolean[one.size()];
        }
    }
}
