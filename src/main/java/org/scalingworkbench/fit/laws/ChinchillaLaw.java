package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.BoundLaw;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Hoffmann et al.'s (2022) parametric loss L(N, D) = E + A/N^α + B/D^β: N parameters, D training
 * tokens, L in nats per token. E, A and B are positive and searched as ln E, ln A, ln B (Besiroglu
 * et al. 2024's e, a, b); α and β are unbounded, as in Besiroglu et al.'s fit.
 */
public final class ChinchillaLaw implements ScalingLaw {

    private static final List<LawParameter> PARAMETERS = List.of(
            new LawParameter("E", 0, Double.POSITIVE_INFINITY, Math.exp(-1), Math.exp(1)),
            new LawParameter("A", 0, Double.POSITIVE_INFINITY, 1, Math.exp(25)),
            new LawParameter("B", 0, Double.POSITIVE_INFINITY, 1, Math.exp(25)),
            LawParameter.free("alpha", 0, 2),
            LawParameter.free("beta", 0, 2));

    private static final List<ParameterTransform> TRANSFORMS = List.of(
            ParameterTransform.LOG, ParameterTransform.LOG, ParameterTransform.LOG,
            ParameterTransform.IDENTITY, ParameterTransform.IDENTITY);

    @Override
    public String id() {
        return "chinchilla";
    }

    @Override
    public String displayName() {
        return "Chinchilla L(N, D)";
    }

    @Override
    public List<String> variables() {
        return List.of("N", "D");
    }

    @Override
    public List<LawParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<ParameterTransform> solverTransforms() {
        return TRANSFORMS;
    }

    /** E in the units of y, A and B coefficients, alpha and beta exponents. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.Y_LEVEL, ParameterScale.COEFFICIENT, ParameterScale.COEFFICIENT, ParameterScale.EXPONENT, ParameterScale.EXPONENT);
    }

    @Override
    public double value(double[] x, double[] p) {
        return p[0] + p[1] * Math.pow(x[0], -p[3]) + p[2] * Math.pow(x[1], -p[4]);
    }

    @Override
    public double valueAndGradient(double[] x, double[] p, double[] gradient) {
        double nTerm = Math.pow(x[0], -p[3]);
        double dTerm = Math.pow(x[1], -p[4]);
        gradient[0] = 1;
        gradient[1] = nTerm;
        gradient[2] = dTerm;
        gradient[3] = -p[1] * nTerm * Math.log(x[0]);
        gradient[4] = -p[2] * dTerm * Math.log(x[1]);
        return p[0] + p[1] * nTerm + p[2] * dTerm;
    }

    /**
     * Besiroglu et al.'s grid of 4,500 starts: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
     * a, b ∈ {0, 5, …, 25}, with E = e^e, A = e^a, B = e^b. It does not depend on the data.
     */
    @Override
    public List<double[]> startingPoints(double[][] x, double[] y) {
        List<double[]> starts = new ArrayList<>(4500);
        for (int ia = 0; ia <= 4; ia++) {
            for (int ib = 0; ib <= 4; ib++) {
                for (int ie = 0; ie <= 4; ie++) {
                    for (int ka = 0; ka <= 5; ka++) {
                        for (int kb = 0; kb <= 5; kb++) {
                            starts.add(new double[] {Math.exp(-1 + 0.5 * ie), Math.exp(5.0 * ka), Math.exp(5.0 * kb), 0.5 * ia, 0.5 * ib});
                        }
                    }
                }
            }
        }
        return starts;
    }

    /** Precomputes ln N and ln D and evaluates ln L by log-sum-exp (see {@link ChinchillaBound}). */
    @Override
    public BoundLaw bind(double[][] x) {
        return new ChinchillaBound(x);
    }
}
