package org.scalingworkbench.analysis.frontier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hoffmann et al.'s approach 2: for each compute budget, a parabola of loss against ln N
 * ({@link IsoFlopParabola}, weighted least squares in closed form) whose minimum is N_opt(C);
 * then ln N_opt and ln D_opt against ln C by least squares. A budget is rejected, with a note, when
 * it has fewer than 3 distinct model sizes, its parabola opens downward, or its minimum lies
 * outside the sampled range of N. The bootstrap resamples points within each budget.
 */
public final class IsoFlopFrontier {

    private final double windowLn;

    /** Parabolas fitted to every point of a budget, as Hoffmann et al. do. */
    public IsoFlopFrontier() {
        this(Double.POSITIVE_INFINITY);
    }

    /**
     * Parabolas fitted, in each budget, only to the points within a factor e^windowLn in N of the
     * point of lowest loss (for example ln 10: one decade either side). The loss along an IsoFLOP
     * is asymmetric in ln N, so over a wide span a parabola's minimum moves; a local fit follows
     * the minimum more closely.
     *
     * @param windowLn half-width of the window in ln N, &gt; 0; +Infinity for the whole budget
     */
    public IsoFlopFrontier(double windowLn) {
        if (!(windowLn > 0)) {
            throw new IllegalArgumentException("the IsoFLOP window must be positive, got " + windowLn);
        }
        this.windowLn = windowLn;
    }

    /** The frontier of the budgets in {@code profiles}. */
    public FrontierEstimate estimate(IsoFlopProfiles profiles, FrontierSettings settings) {
        double[] ones = new double[profiles.pointCount()];
        Arrays.fill(ones, 1.0);
        List<String> notes = new ArrayList<>();
        java.util.Map<String, List<Double>> rejected = new java.util.LinkedHashMap<>();
        Minima point = minima(profiles, ones, rejected);
        rejected.forEach((why, budgets) -> notes.add(budgets.size() + (budgets.size() == 1 ? " budget" : " budgets")
                + " left out, " + why + ": C = " + budgets.stream().limit(6)
                .map(c -> String.format(Locale.ROOT, "%.3g", c)).collect(java.util.stream.Collectors.joining(", "))
                + (budgets.size() > 6 ? ", ..." : "") + " FLOPs"));
        if (point.count() < 2) {
            throw new IllegalArgumentException("IsoFLOP: only " + point.count() + " of " + profiles.budgetCount()
                    + " budgets have a parabola with a minimum inside the sampled sizes; at least 2 are needed ("
                    + profiles.grouping() + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + ")");
        }
        FrontierLine line = point.line();
        List<FrontierLine> resampled = new ArrayList<>(settings.resamples());
        for (int k = 0; k < settings.resamples(); k++) {
            Minima m = minima(profiles, resampleWithinBudgets(profiles, settings.generator(k)), null);
            resampled.add(m.count() < 2 ? FrontierLine.UNDEFINED : m.line());
        }
        double budget = settings.budgetOr(profiles.budget(profiles.budgetCount() - 1));
        notes.add(0, point.count() + " of " + profiles.budgetCount() + " budgets used (" + profiles.pointCount()
                + " points)");
        notes.add(1, profiles.grouping());
        return FrontierEstimate.of(FrontierApproach.ISOFLOP, line, resampled, budget, point.count(), notes);
    }

    /** The budgets' minima (ln C, ln N_opt, ln D_opt) under weights {@code w}; collects rejected budgets by reason when asked. */
    private Minima minima(IsoFlopProfiles profiles, double[] w, java.util.Map<String, List<Double>> rejected) {
        int budgets = profiles.budgetCount();
        double[] lnC = new double[budgets];
        double[] lnN = new double[budgets];
        double[] lnD = new double[budgets];
        int used = 0;
        for (int b = 0; b < budgets; b++) {
            IsoFlopParabola p = profiles.parabola(b, windowed(profiles, b, w));
            String rejection = Double.isNaN(p.c2()) ? "fewer than 3 model sizes"
                    + (windowLn == Double.POSITIVE_INFINITY ? "" : " within the window")
                    : !p.opensUpward() ? "the parabola opens downward"
                    : !p.minimumInsideSample() ? "the minimum lies outside the sampled N" : null;
            if (rejection == null) {
                lnC[used] = profiles.lnBudget(b);
                lnN[used] = p.lnOptimalParameters();
                lnD[used] = p.lnOptimalTokens();
                used++;
            } else if (rejected != null) {
                rejected.computeIfAbsent(rejection, k -> new ArrayList<>()).add(profiles.budget(b));
            }
        }
        return new Minima(lnC, lnN, lnD, used);
    }

    /** The weights with every point of budget b outside the window around its lowest loss set to 0. */
    private double[] windowed(IsoFlopProfiles profiles, int b, double[] w) {
        if (windowLn == Double.POSITIVE_INFINITY) {
            return w;
        }
        int best = -1;
        for (int i = profiles.start(b); i < profiles.end(b); i++) {
            if (w[i] > 0 && (best < 0 || profiles.loss(i) < profiles.loss(best))) {
                best = i;
            }
        }
        double[] local = w.clone();
        for (int i = profiles.start(b); i < profiles.end(b); i++) {
            if (best < 0 || Math.abs(profiles.lnParameters(i) - profiles.lnParameters(best)) > windowLn) {
                local[i] = 0;
            }
        }
        return local;
    }

    /** Counts of each point drawn with replacement within its own budget. */
    private static double[] resampleWithinBudgets(IsoFlopProfiles profiles, java.util.SplittableRandom rng) {
        double[] w = new double[profiles.pointCount()];
        for (int b = 0; b < profiles.budgetCount(); b++) {
            int from = profiles.start(b);
            int size = profiles.end(b) - from;
            for (int i = 0; i < size; i++) {
                w[from + rng.nextInt(size)]++;
            }
        }
        return w;
    }

    private record Minima(double[] lnC, double[] lnN, double[] lnD, int count) {
        FrontierLine line() {
            return FrontierLine.fit(lnC, lnN, lnD, count);
        }
    }
}
