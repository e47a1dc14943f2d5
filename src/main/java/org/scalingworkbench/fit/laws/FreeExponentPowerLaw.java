package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterTransform;

/**
 * Power law with an exponent of either sign: y = a·x^b, a &gt; 0 in the units of y, b dimensionless
 * and free (b &gt; 0: y grows with x, as the information a caption adds does in Henighan et al.
 * 2020; b &lt; 0: y falls, as {@link PowerLaw} with alpha = −b). Evaluated as exp(ln a + b·ln x).
 * Parameters in order: {@code a}, {@code b}. Not in the built-in catalog: the {@code gap} use case
 * adds it as the default law of a loss gap.
 */
public final class FreeExponentPowerLaw extends SingleVariableLaw {

    /** The id this law is fitted and reported under. */
    public static final String ID = "pl-free";

    private static final double[] EXPONENTS = {-0.3, 0.1, 0.3};

    /** The power law of free exponent, id {@value #ID}. */
    public FreeExponentPowerLaw() {
        super(ID, "power law of free exponent, y = a·x^b", List.of(
                LawParameter.positive("a", 0.01, 10.0),
                LawParameter.free("b", -0.5, 0.5)));
    }

    /** The solver searches a as ln a (it may span many orders of magnitude), b as it is. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.LOG, ParameterTransform.IDENTITY);
    }

    @Override
    public double valueAt(double x, double[] p) {
        return Math.exp(Math.log(p[0]) + p[1] * Math.log(x));
    }

    @Override
    public double valueAndGradientAt(double x, double[] p, double[] gradient) {
        double lnX = Math.log(x);
        double y = Math.exp(Math.log(p[0]) + p[1] * lnX);
        gradient[0] = y / p[0];
        gradient[1] = y * lnX;
        return y;
    }

    /**
     * The least-squares line through (ln x, ln y), and for each b in {−0.3, 0.1, 0.3} the a that
     * makes the curve pass through the data's centre in log space.
     */
    @Override
    List<double[]> startingPoints(CurveSummary data) {
        CurveSummary.Line line = data.logLogLine(0.0);
        List<double[]> starts = new ArrayList<>();
        starts.add(new double[] {Math.exp(line.intercept()), line.slope()});
        for (double b : EXPONENTS) {
            starts.add(new double[] {Math.exp(line.meanV() - b * line.meanU()), b});
        }
        return starts;
    }
}
