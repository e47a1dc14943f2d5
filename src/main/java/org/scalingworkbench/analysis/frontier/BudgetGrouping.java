package org.scalingworkbench.analysis.frontier;

/**
 * How the points of an IsoFLOP sweep are grouped into compute budgets: derived from the data
 * (clusters in ln C, {@link LogComputeClusters}, else the default tolerance), or by a tolerance
 * given by the user (a new budget starts where C exceeds the first C of the current one by more
 * than the tolerance).
 *
 * @param toleranceLn the tolerance in ln C (≥ 0), or NaN to derive the grouping from the data
 */
public record BudgetGrouping(double toleranceLn) {

    public BudgetGrouping {
        if (!Double.isNaN(toleranceLn) && !(toleranceLn >= 0)) {
            throw new IllegalArgumentException("the budget tolerance must be ≥ 0, got " + toleranceLn);
        }
    }

    /** Budgets found as clusters in ln C, else within {@link IsoFlopProfiles#DEFAULT_TOLERANCE}. */
    public static BudgetGrouping derived() {
        return new BudgetGrouping(Double.NaN);
    }

    /** Budgets within {@code toleranceLn} (natural log of 1 + the relative tolerance) of their first C. */
    public static BudgetGrouping within(double toleranceLn) {
        return new BudgetGrouping(toleranceLn);
    }

    /** Whether the grouping is derived from the data. */
    public boolean isDerived() {
        return Double.isNaN(toleranceLn);
    }
}
