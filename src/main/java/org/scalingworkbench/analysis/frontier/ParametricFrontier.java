package org.scalingworkbench.analysis.frontier;

import java.util.ArrayList;
import java.util.List;

import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;

/**
 * Hoffmann et al.'s approach 3: the closed-form compute-optimal allocation of a fitted Chinchilla
 * law L(N, D) = E + A/N^α + B/D^β under C = 6ND (C in FLOPs, N parameters, D tokens). Minimising
 * L along C = 6ND gives a = β/(α+β), b = α/(α+β), G = (αA/(βB))^(1/(α+β)),
 * N_opt = G·(C/6)^a and D_opt = (C/6)^b / G. Kaplan et al.'s joint law has one too (see
 * {@link #kaplanLine}). Intervals come from the bootstrap's refits: every resample's parameters
 * give their own frontier.
 */
public final class ParametricFrontier {

    /**
     * The frontier of a Chinchilla or Kaplan fit.
     *
     * @param fit       a fit of the law {@code chinchilla} (parameters E, A, B, alpha, beta) or
     *                  {@code kaplan} (Nc, Dc, alphaN, alphaD)
     * @param bootstrap its bootstrap, or null for no intervals
     * @param budget    C of the read-offs, FLOPs
     * @param rows      rows the law was fitted to (reported as the supporting points)
     * @param notes     notes on the fit (rows left out), carried into the estimate
     */
    public FrontierEstimate estimate(FitResult fit, BootstrapResult bootstrap, double budget, int rows,
            List<String> notes) {
        if (!covers(fit.lawId())) {
            throw new IllegalArgumentException("the parametric frontier needs a chinchilla or kaplan fit, got " + fit.lawId());
        }
        FrontierLine line = line(fit.lawId(), fit.parameterNames(), fit.values());
        if (!line.isDefined()) {
            throw new IllegalArgumentException("the fitted " + fit.lawId() + " law has no compute-optimal frontier"
                    + " (an exponent or coefficient is not positive): " + fit.parameterNames() + " = "
                    + java.util.Arrays.toString(fit.values()));
        }
        List<FrontierLine> resampled = new ArrayList<>();
        if (bootstrap != null) {
            for (double[] p : bootstrap.samples()) {
                resampled.add(line(fit.lawId(), fit.parameterNames(), p));
            }
        }
        return FrontierEstimate.of(FrontierApproach.PARAMETRIC, line, resampled, budget, rows, notes);
    }

    /** Whether law {@code lawId} has a closed-form frontier here: {@code chinchilla} or {@code kaplan}. */
    public static boolean covers(String lawId) {
        return lawId.equals("chinchilla") || lawId.equals("kaplan");
    }

    /**
     * The frontier of law {@code lawId} with parameters {@code p} named {@code names} (law order,
     * reported units); {@link FrontierLine#UNDEFINED} for a failed resample (NaN first parameter).
     *
     * @throws IllegalArgumentException when the law is not one {@link #covers} names
     */
    public static FrontierLine line(String lawId, List<String> names, double[] p) {
        if (Double.isNaN(p[0])) {
            return FrontierLine.UNDEFINED;
        }
        return switch (lawId) {
            case "chinchilla" -> line(p[names.indexOf("A")], p[names.indexOf("B")], p[names.indexOf("alpha")],
                    p[names.indexOf("beta")]);
            case "kaplan" -> kaplanLine(p[names.indexOf("Nc")], p[names.indexOf("Dc")], p[names.indexOf("alphaN")],
                    p[names.indexOf("alphaD")]);
            default -> throw new IllegalArgumentException("no closed-form frontier for the law " + lawId);
        };
    }

    /**
     * The frontier of L = E + A/N^α + B/D^β: ln N_opt = ln G + a·(ln C − ln 6) and
     * ln D_opt = −ln G + b·(ln C − ln 6), natural logs; undefined (NaN) when α+β ≤ 0 or αA/(βB) ≤ 0.
     */
    public static FrontierLine line(double coefficientA, double coefficientB, double alpha, double beta) {
        double sum = alpha + beta;
        double ratio = alpha * coefficientA / (beta * coefficientB);
        if (!(sum > 0) || !(ratio > 0)) {
            return FrontierLine.UNDEFINED;
        }
        double lnG = Math.log(ratio) / sum;
        double a = beta / sum;
        double b = alpha / sum;
        double ln6 = Math.log(6);
        return new FrontierLine(a, lnG - a * ln6, b, -lnG - b * ln6);
    }

    /**
     * The frontier of Kaplan et al.'s L = [(Nc/N)^p + Dc/D]^αD with p = αN/αD, under C = 6ND.
     * L is increasing in the bracket, so its minimum along a budget is that of
     * (Nc/N)^p + 6·Dc·N/C, where N^(p+1) = p·Nc^p·C/(6·Dc): a = 1/(p+1) = αD/(αN+αD),
     * ln N_opt = [ln p + p·ln Nc − ln(6·Dc) + ln C]/(p+1), and D_opt = C/(6·N_opt), so b = 1 − a.
     * Natural logs; undefined (NaN) unless Nc, Dc, αN and αD are all positive.
     *
     * @param nc     Nc, parameters
     * @param dc     Dc, tokens
     * @param alphaN αN (dimensionless)
     * @param alphaD αD (dimensionless)
     */
    public static FrontierLine kaplanLine(double nc, double dc, double alphaN, double alphaD) {
        if (!(nc > 0 && dc > 0 && alphaN > 0 && alphaD > 0)) {
            return FrontierLine.UNDEFINED;
        }
        double p = alphaN / alphaD;
        double a = 1 / (p + 1);
        double lnN0 = (Math.log(p) + p * Math.log(nc) - Math.log(6 * dc)) * a;
        return new FrontierLine(a, lnN0, 1 - a, -Math.log(6) - lnN0);
    }
}
