package org.scalingworkbench.app.frontier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scalingworkbench.analysis.frontier.BudgetGrouping;
import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierApproach;

/**
 * How the frontier use case runs, beyond the rows, objective and bootstrap of its request.
 *
 * @param approaches  the approaches to run; with one, its failure is the error, with several a skip
 * @param budget      compute C of the read-offs, FLOPs; NaN for the largest C of the rows
 * @param cells       cells of the envelope's log-compute grid (at least 3)
 * @param budgets     IsoFLOP: how points are grouped into budgets (clusters in ln C, or a tolerance)
 * @param windowLn    IsoFLOP: half-width in ln N of each parabola's window around the lowest-loss
 *                    size; +Infinity for the whole budget
 * @param runKeys     envelope: columns whose values together name a run; empty for the default
 */
public record FrontierOptions(Set<FrontierApproach> approaches, double budget, int cells, BudgetGrouping budgets, double windowLn,
        List<String> runKeys) {

    public FrontierOptions {
        if (approaches.isEmpty()) {
            throw new IllegalArgumentException("name at least one frontier approach");
        }
        approaches = Set.copyOf(EnumSet.copyOf(approaches));
        runKeys = List.copyOf(runKeys);
        if (!Double.isNaN(budget) && !(budget > 0 && Double.isFinite(budget))) {
            throw new IllegalArgumentException("the budget must be a positive number of FLOPs, got " + budget);
        }
        if (cells < 3 || !(windowLn > 0)) {
            throw new IllegalArgumentException("cells must be ≥ 3 and the IsoFLOP window above 1");
        }
    }

    /** Every approach, the largest C, the default grid, budget grouping and run keys, whole-budget parabolas. */
    public static FrontierOptions defaults() {
        return new FrontierOptions(EnumSet.allOf(FrontierApproach.class), Double.NaN, EnvelopeFrontier.DEFAULT_CELLS,
                BudgetGrouping.derived(), Double.POSITIVE_INFINITY, List.of());
    }

    public FrontierOptions withApproaches(Set<FrontierApproach> a) {
        return new FrontierOptions(a, budget, cells, budgets, windowLn, runKeys);
    }

    public FrontierOptions withBudget(double flops) {
        return new FrontierOptions(approaches, flops, cells, budgets, windowLn, runKeys);
    }

    /** The approaches named on the command line: one label ({@code envelope}, {@code isoflop}, {@code parametric}) or {@code all}. */
    public static Set<FrontierApproach> approaches(String name) {
        if (name.equals("all")) {
            return EnumSet.allOf(FrontierApproach.class);
        }
        for (FrontierApproach a : FrontierApproach.values()) {
            if (a.label().equals(name)) {
                return EnumSet.of(a);
            }
        }
        throw new IllegalArgumentException("--approach must be envelope, isoflop, parametric or all, got '" + name + "'");
    }
}
