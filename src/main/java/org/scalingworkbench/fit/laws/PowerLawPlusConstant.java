package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * Power law plus constant (M2, Henighan et al. 2020): y = Linf + (x0/x)^alpha, where Linf &ge; 0 is
 * the irreducible loss (units of y, for a loss nats), x0 &gt; 0 the scale (units of x) at which the
 * reducible loss is 1, and alpha &gt; 0. The reducible term is evaluated as exp(alpha·(ln x0 - ln x)).
 * Parameters in order: {@code Linf}, {@code x0}, {@code alpha}.
 */
public final class PowerLawPlusConstant extends SingleVariableLaw {

    private static final double[] FLOOR_FRACTIONS = {0.0, 0.5, 0.9, 0.99};
    private static final double[] ALPHAS = {0.1, 0.3, 0.6};

    /** The power law plus constant with id {@code plc}. */
    public PowerLawPlusConstant() {
        super("plc", "power law + constant (M2)", List.of(
                new LawParameter("Linf", 0.0, Double.POSITIVE_INFINITY, 0.0, 2.0),
                LawParameter.positive("x0", 1.0, 1e10),
                LawParameter.positive("alpha", 0.05, 1.0)));
    }

    /** The solver searches x0 as ln x0 (it may be 1 or 1e20), Linf and alpha as they are. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.IDENTITY, ParameterTransform.LOG, ParameterTransform.IDENTITY);
    }

    /** Linf in the units of y, x0 in those of x, alpha an exponent. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.Y_LEVEL, ParameterScale.X_LEVEL, ParameterScale.EXPONENT);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return p[0] + reducibleLoss(x, p);
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double logRatio = Math.log(p[1]) - Math.log(x);
        double reducible = Math.exp(p[2] * logRatio);
        gradient[0] = 1.0;
        gradient[1] = p[2] * reducible / p[1];
        gradient[2] = reducible * logRatio;
        return p[0] + reducible;
    }

    /** The reducible part (x0/x)^alpha of the prediction at x, in the units of y. */
    public double reducibleLoss(double x, double[] p) {
        return Math.exp(p[2] * (Math.log(p[1]) - Math.log(x)));
    }

    /**
     * The x at which the reducible loss equals {@code epsilon} &gt; 0: x = x0·epsilon^(-1/alpha), in
     * the units of x; +Infinity when that x is beyond the double range (see
     * {@link #lnXForReducibleLoss}).
     */
    public double xForReducibleLoss(double epsilon, double[] p) {
        return Math.exp(lnXForReducibleLoss(epsilon, p));
    }

    /** ln of {@link #xForReducibleLoss}: ln x0 - ln(epsilon)/alpha, finite even where x is not. */
    public double lnXForReducibleLoss(double epsilon, double[] p) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("target reducible loss must be positive, got " + epsilon);
        }
        return Math.log(p[1]) - Math.log(epsilon) / p[2];
    }

    /**
     * The x at which the predicted loss equals {@code target}, which must lie above Linf; in the
     * units of x.
     */
    public double xForLoss(double target, double[] p) {
        if (!(target > p[0])) {
            throw new IllegalArgumentException("target loss " + target
                    + " is not above the irreducible loss Linf = " + p[0]);
        }
        return xForReducibleLoss(target - p[0], p);
    }

    /**
     * For Linf at a few fractions of min(y): the log-log line of y - Linf against x gives one start
     * (its slope is -alpha, its intercept alpha·ln x0); then alpha in {0.1, 0.3, 0.6}, each with the
     * x0 that puts the curve through the centre of the data in log space.
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        List<double[]> starts = new ArrayList<>();
        for (double fraction : FLOOR_FRACTIONS) {
            double floor = fraction * data.minY();
            CurveSummary.Line line = data.logLogLine(floor);
            double slopeAlpha = -line.slope();
            if (slopeAlpha > 0) {
                starts.add(new double[] {floor, Math.exp(line.intercept() / slopeAlpha), slopeAlpha});
            }
            for (double alpha : ALPHAS) {
                starts.add(new double[] {floor, Math.exp(line.meanU() + line.meanV() / alpha), alpha});
            }
        }
        return starts;
    }
}
