package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * Broken neural scaling law of Caballero et al. 2022 (arXiv:2210.14891) with n = 1, 2 or 3 breaks:
 * y = a + b·x^(-c0)·prod_i (1 + (x/d_i)^(1/f_i))^(-c_i·f_i). a &ge; 0 is the limit of y (units of
 * y), b &gt; 0 the scale, c0 &ge; 0 the first segment's exponent, c_i &ge; 0 the change of exponent at
 * break i, d_i &gt; 0 the break's location (units of x) and f_i &gt; 0 its sharpness (small is sharp).
 *
 * <p>The product is evaluated in natural logs: ln of the varying term is
 * ln b - c0·ln x - sum_i c_i·f_i·softplus((ln x - ln d_i)/f_i), which neither overflows nor loses
 * precision for x/d_i from 1e-300 to 1e300 or f_i down to 1e-3. Parameters in order: {@code a},
 * {@code b}, {@code c0}, {@code c1..cn}, {@code d1..dn}, {@code f1..fn} (the reference code's order
 * for n = 1).
 */
public final class BrokenNeuralScalingLaw extends SingleVariableLaw {

    private final int breaks;

    /** A BNSL with {@code breaks} in 1..3 breaks; its id is {@code bnsl1}, {@code bnsl2} or {@code bnsl3}. */
    public BrokenNeuralScalingLaw(int breaks) {
        super("bnsl" + breaks, "broken neural scaling law, " + breaks + (breaks == 1 ? " break" : " breaks"),
                parameterList(breaks));
        this.breaks = breaks;
    }

    private static List<LawParameter> parameterList(int breaks) {
        if (breaks < 1 || breaks > 3) {
            throw new IllegalArgumentException("a broken neural scaling law has 1 to 3 breaks, not " + breaks);
        }
        List<LawParameter> list = new ArrayList<>();
        list.add(new LawParameter("a", 0.0, Double.POSITIVE_INFINITY, 0.0, 1.0));
        list.add(LawParameter.positive("b", 0.1, 10.0));
        list.add(new LawParameter("c0", 0.0, Double.POSITIVE_INFINITY, 0.0, 0.5));
        for (int i = 1; i <= breaks; i++) {
            list.add(new LawParameter("c" + i, 0.0, Double.POSITIVE_INFINITY, 0.1, 3.0));
        }
        for (int i = 1; i <= breaks; i++) {
            list.add(LawParameter.positive("d" + i, 1.0, 1e6));
        }
        for (int i = 1; i <= breaks; i++) {
            list.add(LawParameter.positive("f" + i, 0.01, 1.0));
        }
        return list;
    }

    /** The number of breaks n. */
    public int breaks() {
        return breaks;
    }

    /**
     * b, the exponent changes c_i, the breaks d_i and the sharpnesses f_i are searched as natural
     * logs; a and c0 as they are. In logs the valley along which a break beyond the data trades
     * location for size (c_i·f_i·d_i^(-1/f_i) nearly constant) is a straight line, which the solver
     * follows in tens of steps instead of thousands.
     */
    @Override
    public List<ParameterTransform> solverTransforms() {
        List<ParameterTransform> transforms = new ArrayList<>();
        for (int j = 0; j < parameterCount(); j++) {
            boolean log = j == 1 || j >= 3;
            transforms.add(log ? ParameterTransform.LOG : ParameterTransform.IDENTITY);
        }
        return transforms;
    }

    /** a in the units of y, b a coefficient, the c_i and the sharpnesses f_i exponents, the breaks d_i in the units of x. */
    @Override
    public List<ParameterScale> parameterScales() {
        List<ParameterScale> out = new ArrayList<>(List.of(ParameterScale.Y_LEVEL, ParameterScale.COEFFICIENT));
        out.addAll(java.util.Collections.nCopies(breaks + 1, ParameterScale.EXPONENT));
        out.addAll(java.util.Collections.nCopies(breaks, ParameterScale.X_LEVEL));
        out.addAll(java.util.Collections.nCopies(breaks, ParameterScale.EXPONENT));
        return out;
    }

    @Override
    public double valueAt(double x, double[] p) {
        return p[0] + Math.exp(Math.log(p[1]) + lnShape(Math.log(x), p));
    }

    /** ln((y - a)/b) = -c0·ln x - sum_i c_i·f_i·softplus((ln x - ln d_i)/f_i). */
    double lnShape(double lnX, double[] p) {
        double lnShape = -p[2] * lnX;
        for (int i = 0; i < breaks; i++) {
            double c = p[3 + i];
            double f = p[3 + 2 * breaks + i];
            lnShape -= c * f * LogisticFunctions.softplus((lnX - Math.log(p[3 + breaks + i])) / f);
        }
        return lnShape;
    }

    /**
     * With T = y - a and u_i = (ln x - ln d_i)/f_i: dT/db = T/b, dT/dc0 = -T·ln x,
     * dT/dc_i = -T·f_i·softplus(u_i), dT/dd_i = T·c_i·sigmoid(u_i)/d_i and
     * dT/df_i = -T·c_i·(softplus(u_i) - u_i·sigmoid(u_i)).
     */
    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double lnX = Math.log(x);
        double lnShape = -p[2] * lnX;
        for (int i = 0; i < breaks; i++) {
            lnShape -= breakTerms(i, lnX, p, gradient);
        }
        double t = Math.exp(Math.log(p[1]) + lnShape);
        gradient[0] = 1.0;
        gradient[1] = Math.exp(lnShape);
        gradient[2] = -t * lnX;
        for (int j = 3; j < gradient.length; j++) {
            gradient[j] *= t;
        }
        return p[0] + t;
    }

    /**
     * Break i's term c_i·f_i·softplus(u_i) of -ln((y - a)/b); writes its parameters' derivatives
     * divided by T into {@code gradient}. softplus, sigmoid and softplus(u) - u·sigmoid(u) all come
     * from e = exp(-|u|): softplus = max(u, 0) + log1p(e), sigmoid = 1/(1 + e) or e/(1 + e), and
     * softplus(u) - u·sigmoid(u) = log1p(e) + |u|·e/(1 + e) for either sign of u.
     */
    private double breakTerms(int i, double lnX, double[] p, double[] gradient) {
        double c = p[3 + i];
        double d = p[3 + breaks + i];
        double f = p[3 + 2 * breaks + i];
        double u = (lnX - Math.log(d)) / f;
        double e = Math.exp(-Math.abs(u));
        double log1pE = Math.log1p(e);
        double softplus = Math.max(u, 0.0) + log1pE;
        double sigmoid = u >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        gradient[3 + i] = -f * softplus;
        gradient[3 + breaks + i] = c * sigmoid / d;
        gradient[3 + 2 * breaks + i] = -c * (log1pE + Math.abs(u) * (e / (1.0 + e)));
        return c * f * softplus;
    }

    /**
     * The same law with its breaks sorted by location d_i, ascending. The law does not change when
     * breaks trade places, so a fit may return them in any order; this is the order to report.
     */
    public double[] inBreakOrder(double[] p) {
        Integer[] order = new Integer[breaks];
        for (int i = 0; i < breaks; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[3 + breaks + i]));
        double[] sorted = p.clone();
        for (int i = 0; i < breaks; i++) {
            for (int block = 0; block < 3; block++) {
                sorted[3 + block * breaks + i] = p[3 + block * breaks + order[i]];
            }
        }
        return sorted;
    }

    @Override
    List<double[]> startingPoints(CurveSummary data) {
        return new BnslStartGrid(this, data).points();
    }
}
