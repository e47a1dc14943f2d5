package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;

/**
 * Base of the logistic laws in ln x: y = start + (end - start)·σ(k·(ln x - m)), where σ is the
 * sigmoid, {@code start} the level at small x, {@code end} the level as x grows without bound (both
 * in the units of y), k &gt; 0 the steepness per unit of ln x (natural log) and m the ln x of the
 * midpoint. A rising score has end &gt; start, a falling error end &lt; start. Parameters in order:
 * the level at small x, the limit at infinite x, {@code k}, {@code m}.
 */
abstract class LogisticInLnX extends SingleVariableLaw {

    private static final double[] STEEPNESS = {0.5, 1.5};

    LogisticInLnX(String id, String displayName, List<LawParameter> parameters) {
        super(id, displayName, parameters);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return p[0] + (p[1] - p[0]) * LogisticFunctions.sigmoid(p[2] * (Math.log(x) - p[3]));
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double t = Math.log(x) - p[3];
        double s = LogisticFunctions.sigmoid(p[2] * t);
        double slope = (p[1] - p[0]) * s * LogisticFunctions.sigmoid(-p[2] * t);
        gradient[0] = 1.0 - s;
        gradient[1] = s;
        gradient[2] = slope * t;
        gradient[3] = -slope * p[2];
        return p[0] + (p[1] - p[0]) * s;
    }

    /**
     * Starts: the small-x level at the data's first level and a little beyond it (towards chance),
     * the limit at the data's last level and beyond it, the midpoint at the middle, the end and
     * past the end of the data's ln x, and k in {0.5, 1.5}.
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        double[] starts = smallXLevels(data);
        double[] limits = limits(data);
        double lo = data.lnXQuantile(0.0);
        double hi = data.lnXQuantile(1.0);
        double span = Math.max(hi - lo, 1.0);
        double[] mids = {0.5 * (lo + hi), hi, hi + 0.5 * span};
        List<double[]> out = new ArrayList<>();
        for (double[] q : StartGrid.of(starts, limits, STEEPNESS, mids).combinations()) {
            out.add(clamp(q));
        }
        return out;
    }

    /** Candidate levels at small x, from the data. */
    abstract double[] smallXLevels(CurveSummary data);

    /** Candidate limits at infinite x, from the data. */
    abstract double[] limits(CurveSummary data);

    /** {@code q} moved inside every parameter's bounds. */
    private double[] clamp(double[] q) {
        for (int j = 0; j < q.length; j++) {
            LawParameter lp = parameters().get(j);
            q[j] = Math.max(lp.lower(), Math.min(lp.upper(), q[j]));
        }
        return q;
    }
}
