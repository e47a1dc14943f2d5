package org.scalingworkbench.app.plot;

import java.util.Arrays;
import java.util.List;

/**
 * A group's path through a point's variables as a function of the plotted one, so that a law of
 * several variables can be drawn against x: each other variable v follows ln v = a + b·ln x, the
 * least-squares line over the group's points (D = C/(6N) along an IsoFLOP profile, constant N on
 * a training curve). Natural logs; values in the columns' original units.
 *
 * @param plotted   index of the plotted variable in a row
 * @param intercept a of each variable (0 for the plotted one)
 * @param slope     b of each variable
 */
record GroupPath(int plotted, double[] intercept, double[] slope) {

    /** The path through {@code rows[m]} for the members m of a group, x being variable {@code plotted}. */
    static GroupPath through(double[][] rows, List<Integer> members, int plotted) {
        int k = rows[members.get(0)].length;
        double[] a = new double[k];
        double[] b = new double[k];
        double[] u = members.stream().mapToDouble(m -> Math.log(rows[m][plotted])).toArray();
        double mu = Arrays.stream(u).average().orElse(0);
        double suu = Arrays.stream(u).map(t -> (t - mu) * (t - mu)).sum();
        for (int j = 0; j < k; j++) {
            final int col = j;
            double[] v = members.stream().mapToDouble(m -> Math.log(rows[m][col])).toArray();
            double mv = Arrays.stream(v).average().orElse(0);
            double suv = 0;
            for (int i = 0; i < u.length; i++) {
                suv += (u[i] - mu) * (v[i] - mv);
            }
            b[j] = suu > 1e-12 ? suv / suu : 0;
            a[j] = mv - b[j] * mu;
        }
        return new GroupPath(plotted, a, b);
    }

    /** Every variable at plotted value x. */
    double[] at(double x) {
        double[] row = new double[intercept.length];
        for (int j = 0; j < row.length; j++) {
            row[j] = j == plotted ? x : Math.exp(intercept[j] + slope[j] * Math.log(x));
        }
        return row;
    }
}
