package org.scalingworkbench.analysis.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

/**
 * An IsoFLOP ladder simulated from Besiroglu et al.'s Chinchilla fit: 9 budgets from 6e18 to 3e21
 * FLOPs, 9 sizes each over 1.6 decades of N around the optimum, D = C/(6N) of the nominal budget.
 * The C column is then jittered by up to ±5% per run, as computed FLOPs of one nominal budget are.
 */
class BudgetGroupingTest {

    private static final double[] BUDGETS = {6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21};
    private static final int SIZES = 9;
    private static final FrontierSettings NO_BOOTSTRAP = new FrontierSettings(1e21, 0, 1);

    @Test
    void jitteredLadderGivesTheExponentOfTheNominalOne() {
        double nominal = new IsoFlopFrontier().estimate(ladder(0, 1).profiles(BudgetGrouping.derived()), NO_BOOTSTRAP).a();
        IsoFlopProfiles jittered = ladder(0.05, 7).profiles(BudgetGrouping.derived());
        FrontierEstimate e = new IsoFlopFrontier().estimate(jittered, NO_BOOTSTRAP);
        assertThat(jittered.budgetCount()).isEqualTo(BUDGETS.length);
        assertThat(e.supportingPoints()).isEqualTo(BUDGETS.length);
        assertThat(nominal).isCloseTo(SimulatedSweeps.EXPONENT_A, within(2e-3));
        // only each budget's C moves (its geometric mean of jittered C, by about 5%/3 at most)
        assertThat(e.a()).isCloseTo(nominal, within(0.01));
    }

    @Test
    void groupingIsReportedWithItsRuleAndWidestSpread() {
        IsoFlopProfiles p = ladder(0.05, 7).profiles(BudgetGrouping.derived());
        assertThat(p.grouping()).startsWith("9 budgets from 81 runs: clusters in log C, widest spread ");
        double spread = Double.parseDouble(p.grouping().replaceAll(".*spread ([0-9.]+)%", "$1"));
        assertThat(spread).isBetween(5.0, 100 * (1.05 / 0.95 - 1));
        FrontierEstimate e = new IsoFlopFrontier().estimate(p, NO_BOOTSTRAP);
        assertThat(e.notes()).contains(p.grouping());
    }

    @Test
    void toleranceFromTheFirstRunOfABudgetSplitsJitteredBudgets() {
        // the rule before: a new budget wherever C exceeds the budget's first C by 5%
        IsoFlopProfiles p = ladder(0.05, 7).profiles(BudgetGrouping.within(IsoFlopProfiles.DEFAULT_TOLERANCE));
        assertThat(p.budgetCount()).isGreaterThan(BUDGETS.length);
        assertThat(p.grouping()).contains("within 5% of each budget's smallest C");
    }

    @Test
    void repeatedNominalBudgetsGroupExactly() {
        IsoFlopProfiles p = ladder(0, 1).profiles(BudgetGrouping.derived());
        assertThat(p.budgetCount()).isEqualTo(BUDGETS.length);
        assertThat(p.grouping()).isEqualTo("9 budgets from 81 runs: clusters in log C, widest spread 0.0%");
        for (int b = 0; b < BUDGETS.length; b++) {
            assertThat(p.budget(b)).isCloseTo(BUDGETS[b], within(BUDGETS[b] * 1e-12));
        }
    }

    @Test
    void computeSpreadEvenlyHasNoClustersSoTheDefaultToleranceGroups() {
        int n = 40;
        double[] c = new double[n];
        Arrays.setAll(c, i -> 1e18 * Math.pow(10, i / 10.0));
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        IsoFlopProfiles p = IsoFlopProfiles.group(c, ones, ones, ones, BudgetGrouping.derived());
        assertThat(p.budgetCount()).isEqualTo(n);
        assertThat(p.grouping()).contains("no clear clusters in log C, so within 5% of each budget's smallest C");
    }

    @Test
    void givenToleranceOverridesTheClusters() {
        IsoFlopProfiles p = ladder(0, 1).profiles(BudgetGrouping.within(Math.log(4)));
        // 6e18 and 1e19 share one, 3e19 and 6e19 another, ...: fewer budgets than planned
        assertThat(p.budgetCount()).isLessThan(BUDGETS.length);
    }

    /** The ladder's columns; C jittered by a uniform factor in [1 − jitter, 1 + jitter]. */
    private static Ladder ladder(double jitter, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = SimulatedSweeps.BESIROGLU;
        double a = p[4] / (p[3] + p[4]);
        double g = Math.pow(p[3] * p[1] / (p[4] * p[2]), 1 / (p[3] + p[4]));
        int rows = BUDGETS.length * SIZES;
        Ladder l = new Ladder(new double[rows], new double[rows], new double[rows], new double[rows]);
        ChinchillaLaw law = new ChinchillaLaw();
        for (int b = 0; b < BUDGETS.length; b++) {
            double nOpt = g * Math.pow(BUDGETS[b] / 6, a);
            for (int s = 0; s < SIZES; s++) {
                int r = b * SIZES + s;
                l.n[r] = nOpt * Math.pow(10, 1.6 * (s / (SIZES - 1.0) - 0.5));
                l.d[r] = BUDGETS[b] / (6 * l.n[r]);
                l.loss[r] = law.value(new double[] {l.n[r], l.d[r]}, p);
                l.c[r] = BUDGETS[b] * (1 + jitter * (2 * rng.nextDouble() - 1));
            }
        }
        return l;
    }

    private record Ladder(double[] c, double[] n, double[] d, double[] loss) {
        IsoFlopProfiles profiles(BudgetGrouping grouping) {
            return IsoFlopProfiles.group(c, n, d, loss, grouping);
        }
    }
}
