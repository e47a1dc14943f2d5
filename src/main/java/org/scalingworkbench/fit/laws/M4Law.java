package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * M4 of Alabdulmohsin, Neyshabur and Zhai 2022: (y - epsInf) / (epsZero - y)^alpha = beta·x^(-c),
 * solved for y in (epsInf, epsZero). epsInf and epsZero are in the units of y (the loss reached at
 * infinite and at zero scale), alpha &ge; 0, beta &gt; 0 and c &gt; 0. The value comes from
 * {@link M4Root} (to machine precision, with no allocation per row), the gradient from implicit
 * differentiation.
 *
 * <p>With alpha = 0 the law is y = epsInf + beta·x^(-c) and epsZero drops out; that value must still
 * lie below epsZero, otherwise (and whenever epsZero &le; epsInf) the law is outside its domain and
 * returns NaN. Parameters in order: {@code epsInf}, {@code epsZero}, {@code alpha}, {@code beta},
 * {@code c}.
 */
public final class M4Law extends SingleVariableLaw {

    private static final double[] FLOOR_FRACTIONS = {0.0, 0.5, 0.9};
    private static final double[] CEILING_FACTORS = {1.1, 2.0};
    private static final double[] ALPHAS = {0.1, 0.5, 1.0};

    /** M4 with id {@code m4}. */
    public M4Law() {
        super("m4", "M4 (Alabdulmohsin et al.)", List.of(
                LawParameter.free("epsInf", 0.0, 2.0),
                LawParameter.free("epsZero", 1.0, 10.0),
                new LawParameter("alpha", 0.0, Double.POSITIVE_INFINITY, 0.0, 1.0),
                LawParameter.positive("beta", 0.1, 10.0),
                LawParameter.positive("c", 0.05, 1.0)));
    }

    /** The solver searches beta as ln beta, the other parameters as they are. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.IDENTITY, ParameterTransform.IDENTITY, ParameterTransform.IDENTITY,
                ParameterTransform.LOG, ParameterTransform.IDENTITY);
    }

    /** epsInf and epsZero in the units of y, alpha and c exponents, beta a coefficient. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.Y_LEVEL, ParameterScale.Y_LEVEL, ParameterScale.EXPONENT, ParameterScale.COEFFICIENT, ParameterScale.EXPONENT);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return M4Root.solveInto(p[0], p[1], p[2], Math.log(p[3]) - p[4] * Math.log(x), null);
    }

    /**
     * With A = y - epsInf, B = epsZero - y (both from the root without cancellation) and
     * F = ln A - alpha·ln B - ln beta + c·ln x = 0, dF/dy = (B + alpha·A)/(A·B) and
     * dy/dp = -(dF/dp)/(dF/dy).
     */
    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double lnX = Math.log(x);
        double y = M4Root.solveInto(p[0], p[1], p[2], Math.log(p[3]) - p[4] * lnX, gradient);
        if (Double.isNaN(y)) {
            Arrays.fill(gradient, Double.NaN);
            return Double.NaN;
        }
        double a = gradient[0];
        double b = gradient[1];
        double denominator = b + p[2] * a;
        double ab = a * (b / denominator);
        gradient[0] = b / denominator;
        gradient[1] = p[2] * (a / denominator);
        gradient[2] = Math.log(b) * ab;
        gradient[3] = ab / p[3];
        gradient[4] = -lnX * ab;
        return y;
    }

    /**
     * epsInf at fractions of min(y), epsZero at multiples of max(y), alpha in {0.1, 0.5, 1}; for
     * each, the least-squares line of ln((y - epsInf)/(epsZero - y)^alpha) against ln x gives c
     * (minus its slope, 0.3 if that is not positive) and ln beta (through the centre).
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        List<double[]> starts = new ArrayList<>();
        for (double fraction : FLOOR_FRACTIONS) {
            for (double factor : CEILING_FACTORS) {
                for (double alpha : ALPHAS) {
                    starts.add(start(data, fraction * data.minY(), factor * data.maxY(), alpha));
                }
            }
        }
        return starts;
    }

    private static double[] start(CurveSummary data, double floor, double ceiling, double alpha) {
        double[] lnX = data.lnX();
        double[] y = data.y();
        double[] v = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            v[i] = Math.log(Math.max(y[i] - floor, 1e-12 * ceiling)) - alpha * Math.log(ceiling - y[i]);
        }
        CurveSummary.Line line = CurveSummary.Line.fit(lnX, v);
        double c = -line.slope() > 0 ? -line.slope() : 0.3;
        double lnBeta = line.meanV() + c * line.meanU();
        return new double[] {floor, ceiling, alpha, Math.exp(lnBeta), c};
    }
}
