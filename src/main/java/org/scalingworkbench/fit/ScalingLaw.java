package org.scalingworkbench.fit;

import java.util.List;

/**
 * A scaling law y = f(x; p): named parameters with bounds, the variables it takes, its value and
 * its analytic gradient with respect to the parameters.
 *
 * <p>Variables and parameters are in original units (x in parameters, tokens or FLOPs; y in the
 * metric's own units, for a loss nats per token). Implementations are immutable and thread-safe:
 * the multi-start solver calls one instance from many threads at once.
 */
public interface ScalingLaw {

    /** Short identifier used by the CLI and in session files, for example {@code plc}. */
    String id();

    /** Name shown to users, for example "power law + constant". */
    String displayName();

    /** The variables the law reads from a row, in the order of {@code x}: {@code ["x"]} or {@code ["N", "D"]}. */
    List<String> variables();

    /** The parameters, in the order of {@code p}. */
    List<LawParameter> parameters();

    /** The law's prediction at one row {@code x} for parameters {@code p}. */
    double value(double[] x, double[] p);

    /**
     * The prediction at {@code x}, writing the exact derivative d value / d p[j] into
     * {@code gradient[j]} for every parameter.
     */
    double valueAndGradient(double[] x, double[] p, double[] gradient);

    /**
     * Starting points for the multi-start solver, given the data the law is about to be fitted to
     * ({@code x[i]} is row i's variables, {@code y[i]} its observed value). Laws override this with
     * data-informed guesses (for example L-infinity just below the smallest loss); the default is
     * the centre of every parameter's typical range.
     */
    default java.util.List<double[]> startingPoints(double[][] x, double[] y) {
        double[] centre = new double[parameterCount()];
        for (int j = 0; j < centre.length; j++) {
            LawParameter lp = parameters().get(j);
            centre[j] = 0.5 * (lp.typicalLow() + lp.typicalHigh());
        }
        return java.util.List.of(centre);
    }

    /**
     * How the solver represents each parameter, in the order of {@link #parameters()}. The default
     * is {@link ParameterTransform#IDENTITY} for all; a law whose positive coefficients span many
     * orders of magnitude returns {@link ParameterTransform#LOG} for them. Bounds and starting
     * points stay in reported units; the solver maps them.
     */
    default List<ParameterTransform> solverTransforms() {
        return java.util.Collections.nCopies(parameterCount(), ParameterTransform.IDENTITY);
    }

    /**
     * Binds the law to rows {@code x} (row i's variables in the order of {@link #variables()}) for
     * fast repeated evaluation in the solver parametrization. The default evaluates
     * {@link #valueAndGradient} row by row with the chain rule; laws override it to precompute
     * logs of the variables or to evaluate ln ŷ in a stable closed form.
     */
    default BoundLaw bind(double[][] x) {
        return new GenericBoundLaw(this, x);
    }

    /**
     * What each parameter measures, in the order of {@link #parameters()}, so that a value far
     * outside the data's scales can be told from a fit ({@link ParameterScale}). The default,
     * {@link ParameterScale#UNKNOWN} for all, is that of a formula typed by the user.
     */
    default List<ParameterScale> parameterScales() {
        return java.util.Collections.nCopies(parameterCount(), ParameterScale.UNKNOWN);
    }

    /** Number of parameters. */
    default int parameterCount() {
        return parameters().size();
    }
}
