package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * Power law (M1): y = a·x^(-alpha), with a &gt; 0 in the units of y and alpha &gt; 0 dimensionless.
 * Evaluated as exp(ln a - alpha·ln x), so x from 1e-300 to 1e300 does not overflow an intermediate.
 * Parameters in order: {@code a}, {@code alpha}.
 */
public final class PowerLaw extends SingleVariableLaw {

    private static final double[] ALPHAS = {0.1, 0.3, 0.6};

    /** The power law with id {@code pl}. */
    public PowerLaw() {
        super("pl", "power law (M1)", List.of(
                LawParameter.positive("a", 0.1, 10.0),
                LawParameter.positive("alpha", 0.05, 1.0)));
    }

    /** The solver searches a as ln a (it may span many orders of magnitude), alpha as it is. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.LOG, ParameterTransform.IDENTITY);
    }

    /** a is y·x^alpha; alpha an exponent. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.COEFFICIENT, ParameterScale.EXPONENT);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return Math.exp(Math.log(p[0]) - p[1] * Math.log(x));
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double lnX = Math.log(x);
        double power = Math.exp(-p[1] * lnX);
        double y = Math.exp(Math.log(p[0]) - p[1] * lnX);
        gradient[0] = power;
        gradient[1] = -y * lnX;
        return y;
    }

    /**
     * The least-squares line through (ln x, ln y), and for each alpha in {0.1, 0.3, 0.6} the a that
     * makes the curve pass through the data's centre in log space.
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        CurveSummary.Line line = data.logLogLine(0.0);
        List<double[]> starts = new ArrayList<>();
        if (-line.slope() > 0) {
            starts.add(new double[] {Math.exp(line.intercept()), -line.slope()});
        }
        for (double alpha : ALPHAS) {
            starts.add(new double[] {Math.exp(line.meanV() + alpha * line.meanU()), alpha});
        }
        return starts;
    }
}
