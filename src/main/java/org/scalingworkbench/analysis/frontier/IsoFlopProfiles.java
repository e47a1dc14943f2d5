package org.scalingworkbench.analysis.frontier;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Points of an IsoFLOP sweep grouped by compute budget ({@link BudgetGrouping}): by default the
 * clusters of ln C found in the data ({@link LogComputeClusters}), so the runs of one nominal budget
 * whose computed FLOPs differ by a few percent share it; else, or when a tolerance is given, sorted
 * by C, a new budget starts where C exceeds the first C of the current budget by more than the
 * tolerance in ln C (so a C column with repeated values groups exactly). A budget's C is the
 * geometric mean of its points' C. Units: C in FLOPs, N in parameters, D in
 * tokens, loss as in the file; stored as natural logs where said.
 */
public final class IsoFlopProfiles {

    /** Default tolerance: points within 5% of a budget's first C (ln 1.05) belong to it. */
    public static final double DEFAULT_TOLERANCE = Math.log(1.05);

    private final double[] lnN;
    private final double[] lnD;
    private final double[] loss;
    private final int[] budgetStarts;
    private final double[] lnBudget;
    private final String grouping;

    private IsoFlopProfiles(double[] lnN, double[] lnD, double[] loss, int[] budgetStarts, double[] lnBudget,
            String grouping) {
        this.grouping = grouping;
        this.lnN = lnN;
        this.lnD = lnD;
        this.loss = loss;
        this.budgetStarts = budgetStarts;
        this.lnBudget = lnBudget;
    }

    /**
     * Groups the points (arrays are not modified).
     *
     * @param compute     C of each point, FLOPs
     * @param parameters  N, parameters
     * @param tokens      D, tokens
     * @param loss        the loss
     * @param toleranceLn the largest ln C distance from a budget's first point, ≥ 0
     */
    public static IsoFlopProfiles group(double[] compute, double[] parameters, double[] tokens, double[] loss,
            double toleranceLn) {
        return group(compute, parameters, tokens, loss, BudgetGrouping.within(toleranceLn));
    }

    /**
     * Groups the points (arrays are not modified) as {@code grouping} says.
     *
     * @param compute    C of each point, FLOPs
     * @param parameters N, parameters
     * @param tokens     D, tokens
     * @param loss       the loss
     * @param grouping   derived from the data, or a tolerance
     */
    public static IsoFlopProfiles group(double[] compute, double[] parameters, double[] tokens, double[] loss,
            BudgetGrouping grouping) {
        int n = compute.length;
        if (parameters.length != n || tokens.length != n || loss.length != n) {
            throw new IllegalArgumentException("C, N, D and loss have different lengths");
        }
        if (IntStream.range(0, n).anyMatch(i -> !(compute[i] > 0 && parameters[i] > 0 && tokens[i] > 0)
                || !Double.isFinite(loss[i]))) {
            throw new IllegalArgumentException("C, N and D must be positive and the loss present");
        }
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer i) -> compute[i])
                .thenComparingDouble(i -> parameters[i])).mapToInt(Integer::intValue).toArray();
        double[] sortedLnC = Arrays.stream(order).mapToDouble(i -> Math.log(compute[i])).toArray();
        int[] clusters = grouping.isDerived() ? LogComputeClusters.starts(sortedLnC) : null;
        double toleranceLn = grouping.isDerived() ? DEFAULT_TOLERANCE : grouping.toleranceLn();
        int[] budgetStarts = clusters != null ? clusters : withinTolerance(sortedLnC, toleranceLn);
        int budgets = budgetStarts.length - 1;
        String rule = clusters != null ? "clusters in log C" : (grouping.isDerived() ? "no clear clusters in log C, so " : "")
                + "within " + percent(Math.expm1(toleranceLn)) + " of each budget's smallest C";
        String described = String.format(Locale.ROOT, "%d budgets from %d runs: %s, widest spread %.1f%%", budgets, n, rule,
                100 * LogComputeClusters.widestSpread(sortedLnC, budgetStarts));
        double[] lnBudget = new double[budgets];
        for (int b = 0; b < budgets; b++) {
            double s = 0;
            for (int k = budgetStarts[b]; k < budgetStarts[b + 1]; k++) {
                s += Math.log(compute[order[k]]);
            }
            lnBudget[b] = s / (budgetStarts[b + 1] - budgetStarts[b]);
        }
        return new IsoFlopProfiles(permuteLog(parameters, order), permuteLog(tokens, order),
                Arrays.stream(order).mapToDouble(i -> loss[i]).toArray(), budgetStarts, lnBudget, described);
    }

    /** Budget starts where sorted ln C exceeds the current budget's first by more than {@code toleranceLn}, then the end. */
    private static int[] withinTolerance(double[] sortedLnC, double toleranceLn) {
        int n = sortedLnC.length;
        int[] starts = new int[n + 1];
        int budgets = 0;
        double first = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (sortedLnC[k] - first > toleranceLn) {
                starts[budgets++] = k;
                first = sortedLnC[k];
            }
        }
        starts[budgets] = n;
        return Arrays.copyOf(starts, budgets + 1);
    }

    /** A fraction as a percentage to 3 significant digits, without trailing zeros: 0.05 as "5%". */
    private static String percent(double fraction) {
        return new java.math.BigDecimal(100 * fraction).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** How the budgets were grouped, e.g. "37 budgets from 412 runs: clusters in log C, widest spread 4.1%". */
    public String grouping() {
        return grouping;
    }

    private static double[] permuteLog(double[] values, int[] order) {
        return Arrays.stream(order).mapToDouble(i -> Math.log(values[i])).toArray();
    }

    /** Number of budgets. */
    public int budgetCount() {
        return lnBudget.length;
    }

    /** Number of points. */
    public int pointCount() {
        return loss.length;
    }

    /** Budget b's compute, FLOPs (geometric mean of its points' C). */
    public double budget(int b) {
        return Math.exp(lnBudget[b]);
    }

    double lnBudget(int b) {
        return lnBudget[b];
    }

    int start(int b) {
        return budgetStarts[b];
    }

    int end(int b) {
        return budgetStarts[b + 1];
    }

    /** The parabola of budget b with per-point weights {@code w} (indexed like the sorted points). */
    IsoFlopParabola parabola(int b, double[] w) {
        return IsoFlopParabola.fit(lnN, lnD, loss, w, start(b), end(b));
    }

    /** ln N (ln parameters) of sorted point i. */
    double lnParameters(int point) {
        return lnN[point];
    }

    /** The loss of sorted point i. */
    double loss(int point) {
        return loss[point];
    }
}
