package org.scalingworkbench.app.plot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingworkbench.figure.GroupKey;

/**
 * The key of point groups named by a numeric value, read back from their labels: "Training FLOP =
 * 6e18" and "flops ≈ 1e19" (levels, {@code plot --group}) take their value, "Training FLOP
 * 1e19–3.2e19" (half-decade bins) the geometric middle of the bin; all labels must name the same
 * column. Then many such groups (the window's compute bins of Epoch's Chinchilla points) are drawn
 * on a colour scale with a colour bar titled by the column.
 */
final class LabelValues {

    private static final String NUMBER = "([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)";
    private static final Pattern LEVEL = Pattern.compile("(.+) [=≈] " + NUMBER);
    private static final Pattern BIN = Pattern.compile("(.+) " + NUMBER + "–" + NUMBER);
    private static final Pattern NAMED = Pattern.compile("(.+?) = .*");

    private LabelValues() {
    }

    /** The key of groups {@code order}: on a colour scale when every label names a value of one column and there are many. */
    static GroupKey key(List<String> order) {
        String title = null;
        double[] values = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            Matcher level = LEVEL.matcher(order.get(i));
            Matcher bin = BIN.matcher(order.get(i));
            String name;
            if (level.matches()) {
                name = level.group(1);
                values[i] = Double.parseDouble(level.group(2));
            } else if (bin.matches()) {
                name = bin.group(1);
                values[i] = Math.sqrt(Double.parseDouble(bin.group(2)) * Double.parseDouble(bin.group(3)));
            } else {
                return GroupKey.of(commonName(order), order, null);
            }
            if (title != null && !title.equals(name)) {
                return GroupKey.of(commonName(order), order, null);
            }
            title = name;
        }
        return GroupKey.of(title, order, values);
    }

    /** The column every label "column = value" names, or null when they name none or several. */
    private static String commonName(List<String> order) {
        List<String> names = order.stream().map(NAMED::matcher).map(m -> m.matches() ? m.group(1) : null).distinct().toList();
        return names.size() == 1 ? names.get(0) : null;
    }
}
