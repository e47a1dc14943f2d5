package org.scalingworkbench.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

/**
 * What a fitted law says beyond the data: the irreducible loss L∞ (an estimate of the entropy of
 * the data), the reducible loss L(x) − L∞ (an estimate of the KL divergence of the model from
 * the truth), the scale that reaches a target, and the loss at any point. Every read-off is a
 * function of the parameter vector, evaluated at the fit and on each bootstrap refit for its
 * percentile interval. Losses are in the target's units (nats when the file's loss is in nats;
 * {@link ReadOff#inBits()} divides by ln 2), scales in the variable's original units. Immutable.
 */
public final class LossReadOffs {

    /** The parameter that is L∞, by law id: plc Linf, bnsl a, chinchilla E, m4 epsInf. */
    private static final Map<String, String> IRREDUCIBLE = Map.of("plc", "Linf", "bnsl1", "a", "bnsl2", "a",
            "bnsl3", "a", "chinchilla", "E", "m4", "epsInf");

    /** Interval ends above this come from resamples that never reach the target: reported as +Infinity. */
    private static final double HUGE = 1e300;

    private final ScalingLaw law;
    private final FitResult fit;
    private final BootstrapResult bootstrap;
    private final double level;
    private final double referenceX;

    /**
     * @param law        the fitted law
     * @param fit        its fit
     * @param bootstrap  refits on resamples for intervals, or null for none
     * @param level      the intervals' confidence level, e.g. 0.95
     * @param referenceX a scale inside the data (e.g. the largest fitted x) where root finds start
     */
    public LossReadOffs(ScalingLaw law, FitResult fit, BootstrapResult bootstrap, double level, double referenceX) {
        if (!law.id().equals(fit.lawId())) {
            throw new IllegalArgumentException("fit of " + fit.lawId() + " given for law " + law.id());
        }
        this.law = law;
        this.fit = fit;
        this.bootstrap = bootstrap;
        this.level = level;
        this.referenceX = referenceX;
    }

    /** The name of the law's irreducible-loss parameter, if the law has one. */
    public static Optional<String> irreducibleParameter(String lawId) {
        return Optional.ofNullable(IRREDUCIBLE.get(lawId));
    }

    /** Whether the law has an irreducible term (otherwise L∞ = 0 and reducible = total loss). */
    public boolean hasIrreducibleLoss() {
        return IRREDUCIBLE.containsKey(law.id());
    }

    /** L∞ in the target's units; empty for laws without an irreducible term (pl, m3, kaplan). */
    public Optional<ReadOff> irreducibleLoss() {
        return irreducibleParameter(law.id()).map(name -> {
            int j = fit.parameterNames().indexOf(name);
            return readOff("irreducible loss " + name, p -> p[j]);
        });
    }

    /** L(x) − L∞ at {@code x} (original units), in the target's units. Needs a single-variable law. */
    public ReadOff reducibleLossAt(double x) {
        ToDoubleFunction<double[]> floor = floor();
        return readOff("reducible loss at x = " + x, p -> single(x, p) - floor.applyAsDouble(p));
    }

    /** The loss at {@code variables} (in the law's variable order, e.g. N and D), target units. */
    public ReadOff lossAt(double... variables) {
        if (variables.length != law.variables().size()) {
            throw new IllegalArgumentException("law " + law.id() + " takes " + law.variables() + ", got "
                    + variables.length + " values");
        }
        double[] v = variables.clone();
        return readOff("loss at " + law.variables() + " = " + java.util.Arrays.toString(v), p -> law.value(v, p));
    }

    /**
     * The x (original units) at which the loss falls to {@code target} (target units): closed form
     * x = x0·(target − L∞)^(−1/α) for the power law plus constant, a root find in ln x otherwise.
     * +Infinity where the target is never reached (at or below L∞).
     */
    public ReadOff xForLoss(double target) {
        return readOff("x at loss " + target, p -> xWhere(target, p, false));
    }

    /** The x (original units) at which the reducible loss L(x) − L∞ falls to {@code target} &gt; 0. */
    public ReadOff xForReducibleLoss(double target) {
        if (!(target > 0)) {
            throw new IllegalArgumentException("target reducible loss must be positive, got " + target);
        }
        return readOff("x at reducible loss " + target, p -> xWhere(target, p, true));
    }

    private double xWhere(double target, double[] p, boolean reducible) {
        if (law instanceof PowerLawPlusConstant plc) {
            double epsilon = reducible ? target : target - p[0];
            return epsilon > 0 ? plc.xForReducibleLoss(epsilon, p) : Double.POSITIVE_INFINITY;
        }
        double offset = reducible ? floor().applyAsDouble(p) : 0.0;
        return ScaleRoot.solve(x -> single(x, p) - offset, target, referenceX);
    }

    private ToDoubleFunction<double[]> floor() {
        return irreducibleParameter(law.id()).map(name -> {
            int j = fit.parameterNames().indexOf(name);
            return (ToDoubleFunction<double[]>) p -> p[j];
        }).orElse(p -> 0.0);
    }

    private double single(double x, double[] p) {
        if (law.variables().size() != 1) {
            throw new IllegalArgumentException("law " + law.id() + " takes " + law.variables()
                    + "; read the loss at a point with lossAt");
        }
        return law.value(new double[] {x}, p);
    }

    /**
     * Any other read-off: a function of the parameter vector (law order, reported units) evaluated
     * at the fit and on every refit, with the intervals of the read-offs above (a resample that
     * never reaches a target, +Infinity, counts as the largest value).
     */
    public ReadOff derived(String quantity, ToDoubleFunction<double[]> function) {
        return readOff(quantity, function);
    }

    private ReadOff readOff(String quantity, ToDoubleFunction<double[]> derived) {
        double value = derived.applyAsDouble(fit.values());
        return new ReadOff(quantity, value, bootstrap == null ? null : interval(derived));
    }

    /** The percentile interval; a resample that never reaches a target (+Infinity) counts as the largest value. */
    private Interval interval(ToDoubleFunction<double[]> derived) {
        double[] v = bootstrap.values(derived);
        for (int b = 0; b < v.length; b++) {
            v[b] = v[b] == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : v[b];
        }
        Interval i = Interval.percentile(v, level);
        return new Interval(unbounded(i.lower()), unbounded(i.upper()), level);
    }

    private static double unbounded(double v) {
        return v >= HUGE ? Double.POSITIVE_INFINITY : v;
    }
}
