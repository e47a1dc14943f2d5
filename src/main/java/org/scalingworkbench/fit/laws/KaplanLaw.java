package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ParameterTransform;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The joint law of Kaplan et al. 2020 (arXiv:2001.08361, eq. 1.5): L(N, D) = [(Nc/N)^(alphaN/alphaD)
 * + Dc/D]^alphaD, with N the (non-embedding) parameter count, D the tokens seen, Nc &gt; 0 in
 * parameters, Dc &gt; 0 in tokens, alphaN, alphaD &gt; 0, and L in nats per token. Evaluated as
 * exp(alphaD·LSE(t1, t2)) with t1 = (alphaN/alphaD)·ln(Nc/N) and t2 = ln(Dc/D), so neither term
 * overflows. Parameters in order: {@code Nc}, {@code Dc}, {@code alphaN}, {@code alphaD}.
 */
public final class KaplanLaw implements ScalingLaw {

    /** Kaplan et al.'s published fit: Nc = 8.8e13, Dc = 5.4e13, alphaN = 0.076, alphaD = 0.095. */
    public static final List<Double> PUBLISHED = List.of(8.8e13, 5.4e13, 0.076, 0.095);

    private static final double[] EXPONENTS = {0.05, 0.1, 0.3};
    private static final double[] PARAMETER_SHARES = {0.2, 0.5, 0.8};

    private final List<LawParameter> parameters = List.of(
            LawParameter.positive("Nc", 1e10, 1e16),
            LawParameter.positive("Dc", 1e10, 1e16),
            LawParameter.positive("alphaN", 0.03, 0.3),
            LawParameter.positive("alphaD", 0.03, 0.3));

    @Override
    public String id() {
        return "kaplan";
    }

    @Override
    public String displayName() {
        return "Kaplan L(N, D)";
    }

    @Override
    public List<String> variables() {
        return List.of("N", "D");
    }

    @Override
    public List<LawParameter> parameters() {
        return parameters;
    }

    /** The solver searches Nc and Dc (tokens and parameters, ~1e13) as their natural logs. */
    @Override
    public List<ParameterTransform> solverTransforms() {
        return List.of(ParameterTransform.LOG, ParameterTransform.LOG,
                ParameterTransform.IDENTITY, ParameterTransform.IDENTITY);
    }

    /** Nc and Dc in the units of their variables, alphaN and alphaD exponents. */
    @Override
    public List<ParameterScale> parameterScales() {
        return List.of(ParameterScale.X_LEVEL, ParameterScale.X_LEVEL, ParameterScale.EXPONENT, ParameterScale.EXPONENT);
    }

    @Override
    public double value(double[] x, double[] p) {
        double t1 = p[2] / p[3] * (Math.log(p[0]) - Math.log(x[0]));
        double t2 = Math.log(p[1]) - Math.log(x[1]);
        return Math.exp(p[3] * LogisticFunctions.logSumExp(t1, t2));
    }

    /**
     * With S = e^t1 + e^t2 and w = e^t1/S: dL/dNc = L·alphaN·w/Nc, dL/dDc = L·alphaD·(1 - w)/Dc,
     * dL/dalphaN = L·w·ln(Nc/N) and dL/dalphaD = L·(ln S - w·t1).
     */
    @Override
    public double valueAndGradient(double[] x, double[] p, double[] gradient) {
        double lnRatioN = Math.log(p[0]) - Math.log(x[0]);
        double t1 = p[2] / p[3] * lnRatioN;
        double t2 = Math.log(p[1]) - Math.log(x[1]);
        double lnS = LogisticFunctions.logSumExp(t1, t2);
        double w = LogisticFunctions.sigmoid(t1 - t2);
        double oneMinusW = LogisticFunctions.sigmoid(t2 - t1);
        double loss = Math.exp(p[3] * lnS);
        gradient[0] = loss * p[2] * w / p[0];
        gradient[1] = loss * p[3] * oneMinusW / p[1];
        gradient[2] = loss * w * lnRatioN;
        gradient[3] = loss * (lnS - w * t1);
        return loss;
    }

    /**
     * The published fit, then for alphaN, alphaD in {0.05, 0.1, 0.3} and a share s in {0.2, 0.5, 0.8}
     * of L^(1/alphaD) given to the N term: Nc and Dc such that, averaged over rows in logs,
     * (Nc/N)^(alphaN/alphaD) = s·L^(1/alphaD) and Dc/D = (1 - s)·L^(1/alphaD).
     */
    @Override
    public List<double[]> startingPoints(double[][] x, double[] y) {
        List<double[]> starts = new ArrayList<>();
        starts.add(PUBLISHED.stream().mapToDouble(Double::doubleValue).toArray());
        double[] means = logMeans(x, y);
        for (double alphaN : EXPONENTS) {
            for (double alphaD : EXPONENTS) {
                for (double share : PARAMETER_SHARES) {
                    double lnNc = means[0] + (alphaD / alphaN) * (means[2] / alphaD + Math.log(share));
                    double lnDc = means[1] + means[2] / alphaD + Math.log(1.0 - share);
                    starts.add(new double[] {Math.exp(lnNc), Math.exp(lnDc), alphaN, alphaD});
                }
            }
        }
        return StartGrid.finiteOrElse(starts, starts.get(0));
    }

    /** Means of ln N, ln D and ln L over rows where all three are positive (zeros if none). */
    private static double[] logMeans(double[][] x, double[] y) {
        double[] sums = new double[3];
        int count = 0;
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i][0] > 0 && x[i][1] > 0 && y[i] > 0) {
                sums[0] += Math.log(x[i][0]);
                sums[1] += Math.log(x[i][1]);
                sums[2] += Math.log(y[i]);
                count++;
            }
        }
        for (int k = 0; k < 3 && count > 0; k++) {
            sums[k] /= count;
        }
        return sums;
    }
}
