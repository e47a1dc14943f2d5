package org.scalingworkbench.analysis;

import java.util.List;
import java.util.Optional;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.ParameterScale;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Tells a fit that ran off from one that converged: its objective or a parameter is not finite, no
 * start converged (neither in the first stage nor at the end), or a parameter lies far outside any
 * scale the data support. What "far" means depends on what the parameter measures
 * ({@link ScalingLaw#parameterScales()}); with x spanning [x_lo, x_hi] and |y| at most y_max
 * (log10 throughout):
 * <ul>
 *   <li>an exponent beyond ±{@value #EXPONENT_LIMIT}: x^50 changes by 50 orders of magnitude per
 *       decade of x, which no measured curve does;</li>
 *   <li>a level in the units of y beyond {@value #Y_LEVEL_FACTOR} times y_max;</li>
 *   <li>a level in the units of x more than {@value #X_DECADES} orders of magnitude below x_lo or
 *       above x_hi (in the units of 1/x: above 10^{@value #X_DECADES}/x_lo; 0 is a level, not a
 *       run-away);</li>
 *   <li>a coefficient (y times x to an exponent) further from y_max than an exponent of
 *       {@value #PLAUSIBLE_EXPONENT} on the largest |log10 x| allows, plus
 *       {@value #COEFFICIENT_SLACK} orders of magnitude;</li>
 *   <li>a parameter of a user's formula, whose scale is unknown, beyond 10^{@value #UNKNOWN_DECADES}
 *       times the largest of 1, y_max, x_hi and 1/x_lo.</li>
 * </ul>
 * The limits are wide on purpose: they catch the valleys a solver follows to infinity (M3's beta
 * at 1.6e307), not a fit that is merely poor. Stateless.
 */
public final class RunAwayRule {

    static final double EXPONENT_LIMIT = 50;
    static final double Y_LEVEL_FACTOR = 1e6;
    static final double X_DECADES = 60;
    static final double PLAUSIBLE_EXPONENT = 5;
    static final double COEFFICIENT_SLACK = 10;
    static final double UNKNOWN_DECADES = 100;

    private RunAwayRule() {
    }

    /**
     * Why {@code fit} of {@code law} to rows {@code x} (the law's variables, original units) and
     * targets {@code y} ran off, or empty when it did not.
     */
    public static Optional<String> reason(ScalingLaw law, FitResult fit, double[][] x, double[] y) {
        if (!Double.isFinite(fit.objectiveValue())) {
            return Optional.of("the objective is not finite at the end point");
        }
        if (fit.starts() > 0 && fit.converged() == 0 && fit.hasWarning(FitWarning.Kind.NOT_CONVERGED)) {
            return Optional.of("no start converged (" + fit.starts() + (fit.starts() == 1 ? " start)" : " starts)"));
        }
        DataScales scales = DataScales.of(x, y);
        double[] p = fit.values();
        List<ParameterScale> kinds = law.parameterScales();
        for (int j = 0; j < p.length; j++) {
            String name = fit.parameterNames().get(j);
            ParameterScale kind = kinds.size() == p.length ? kinds.get(j) : ParameterScale.UNKNOWN;
            Optional<String> why = Double.isFinite(p[j]) ? ranOff(kind, p[j], scales)
                    : Optional.of("is not finite");
            if (why.isPresent()) {
                return Optional.of(name + " = " + String.format("%.3g", p[j]) + " ran off: " + why.get());
            }
        }
        return Optional.empty();
    }

    /** Why value {@code v} of a parameter of kind {@code kind} lies outside the data's scales, if it does. */
    static Optional<String> ranOff(ParameterScale kind, double v, DataScales s) {
        double lg = v == 0 ? Double.NEGATIVE_INFINITY : Math.log10(Math.abs(v));
        return switch (kind) {
            case EXPONENT -> Math.abs(v) > EXPONENT_LIMIT
                    ? Optional.of("an exponent beyond ±" + (int) EXPONENT_LIMIT) : Optional.empty();
            case Y_LEVEL -> lg > s.lgYMax() + Math.log10(Y_LEVEL_FACTOR)
                    ? Optional.of("a level in y's units more than a million times the largest |y| ("
                            + String.format("%.3g", Math.pow(10, s.lgYMax())) + ")") : Optional.empty();
            case X_LEVEL -> v > 0 && (lg > s.lgXHi() + X_DECADES || lg < s.lgXLo() - X_DECADES)
                    ? Optional.of("a scale in x's units more than " + (int) X_DECADES + " orders of magnitude outside the data's x ("
                            + range(s) + ")") : Optional.empty();
            case INVERSE_X_LEVEL -> lg > -s.lgXLo() + X_DECADES
                    ? Optional.of("a scale in 1/x's units more than " + (int) X_DECADES + " orders of magnitude above 1/x of the data ("
                            + range(s) + ")") : Optional.empty();
            case COEFFICIENT -> Math.abs(lg - s.lgYMax()) > PLAUSIBLE_EXPONENT * s.lgXExtent() + COEFFICIENT_SLACK
                    ? Optional.of("a coefficient further from the data's y than y·x^" + (int) PLAUSIBLE_EXPONENT
                            + " reaches (x from " + range(s) + ")") : Optional.empty();
            case UNKNOWN -> lg > UNKNOWN_DECADES + Math.max(0, Math.max(s.lgYMax(), Math.max(s.lgXHi(), -s.lgXLo())))
                    ? Optional.of("more than " + (int) UNKNOWN_DECADES + " orders of magnitude beyond the data's x and y")
                    : Optional.empty();
        };
    }

    private static String range(DataScales s) {
        return String.format("%.3g to %.3g", Math.pow(10, s.lgXLo()), Math.pow(10, s.lgXHi()));
    }

    /**
     * The data's scales, log10: the largest |y|, the smallest and largest positive x over every
     * variable, and the largest |log10 x|.
     */
    record DataScales(double lgYMax, double lgXLo, double lgXHi) {

        static DataScales of(double[][] x, double[] y) {
            double yMax = 0;
            for (double v : y) {
                yMax = Double.isFinite(v) ? Math.max(yMax, Math.abs(v)) : yMax;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double[] row : x) {
                for (double v : row) {
                    if (v > 0 && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            return new DataScales(yMax > 0 ? Math.log10(yMax) : 0, hi > 0 ? Math.log10(lo) : 0, hi > 0 ? Math.log10(hi) : 0);
        }

        double lgXExtent() {
            return Math.max(Math.abs(lgXLo), Math.abs(lgXHi));
        }
    }
}
