package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * M3 of Alabdulmohsin, Neyshabur and Zhai 2022: y = beta·(1/x + gamma)^c, in the stated form (the
 * paper often rescales x first; here x is in whatever units the caller passes). beta &gt; 0 in the
 * units of y, gamma &ge; 0 in the units of 1/x, c &gt; 0. As x grows, y tends to beta·gamma^c; for
 * small x it behaves like beta·x^(-c). The power is evaluated as exp(c·ln(1/x + gamma)).
 * Parameters in order: {@code beta}, {@code gamma}, {@code c}.
 */
public final class M3Law extends SingleVariableLaw {

    private static final double[] FLOOR_FRACTIONS = {0.0, 0.5, 0.9};
    private static final double[] EXPONENTS = {0.1, 0.3, 0.6};

    /** M3 with id {@code m3}. */
    public M3Law() {
        super("m3", "M3 (Alabdulmohsin et al.)", List.of(
                LawParameter.positive("beta", 0.1, 10.0),
                new LawParameter("gamma", 0.0, Double.POSITIVE_INFINITY, 0.0, 1e-3),
                LawParameter.positive("c", 0.05, 1.0)));
    }

    /** The solver searches beta as ln beta, gamma (which may be 0) and c as they are. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.LOG, ParameterTransform.IDENTITY, ParameterTransform.IDENTITY);
    }

    /** beta is y·x^c, gamma in the units of 1/x, c an exponent. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.COEFFICIENT, ParameterScale.INVERSE_X_LEVEL, ParameterScale.EXPONENT);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return p[0] * Math.exp(p[2] * Math.log(1.0 / x + p[1]));
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double base = 1.0 / x + p[1];
        double lnBase = Math.log(base);
        double power = Math.exp(p[2] * lnBase);
        double y = p[0] * power;
        gradient[0] = power;
        gradient[1] = p[0] * p[2] * Math.exp((p[2] - 1.0) * lnBase);
        gradient[2] = y * lnBase;
        return y;
    }

    /**
     * For an asymptote L = beta·gamma^c at a few fractions of min(y) and c in {0.1, 0.3, 0.6} (plus
     * the log-log slope), the beta and gamma that put the curve through the centre of the data in
     * log space and level off at L. A zero asymptote gives gamma = 0.
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        CurveSummary.Line line = data.logLogLine(0.0);
        List<Double> exponents = new ArrayList<>();
        for (double c : EXPONENTS) {
            exponents.add(c);
        }
        if (-line.slope() > 0) {
            exponents.add(-line.slope());
        }
        List<double[]> starts = new ArrayList<>();
        for (double fraction : FLOOR_FRACTIONS) {
            for (double c : exponents) {
                starts.add(throughCentre(line, fraction * data.minY(), c));
            }
        }
        return starts;
    }

    private static double[] throughCentre(CurveSummary.Line line, double asymptote, double c) {
        double lnXm = line.meanU();
        double lnYm = line.meanV();
        if (asymptote <= 0 || Math.log(asymptote) >= lnYm) {
            return new double[] {Math.exp(lnYm + c * lnXm), 0.0, c};
        }
        double ratio = Math.expm1((lnYm - Math.log(asymptote)) / c);
        double gamma = Math.exp(-lnXm) / ratio;
        double beta = Math.exp(Math.log(asymptote) - c * Math.log(gamma));
        return new double[] {beta, gamma, c};
    }
}
