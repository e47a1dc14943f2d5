package org.scalingworkbench.analysis.frontier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * The columns of a sweep that the frontier reads: N (parameters), D (tokens), C (FLOPs; the
 * importer derives C = 6ND or D = C/(6N) when one is missing, and a file's own C wins) and the
 * loss; for training curves also how rows form runs. Rows missing any of them are left out.
 */
public final class FrontierColumns {

    private final Sweep sweep;
    private final Column n;
    private final Column d;
    private final Column c;
    private final Column loss;
    private final int[] rows;

    /**
     * The columns of {@code sweep}, with {@code target} the loss column's name or null for the
     * only metric column.
     *
     * @throws IllegalArgumentException if N, D or C is missing or the target is ambiguous
     */
    public FrontierColumns(Sweep sweep, String target) {
        this(sweep, target, row -> true);
    }

    /**
     * The columns of {@code sweep} on the rows that {@code rowFilter} accepts (0-based row
     * indices), for example one configuration of a file that holds several.
     */
    public FrontierColumns(Sweep sweep, String target, java.util.function.IntPredicate rowFilter) {
        this.sweep = sweep;
        this.n = required(sweep, ColumnRole.PARAMETERS);
        this.d = required(sweep, ColumnRole.DATA);
        this.c = required(sweep, ColumnRole.COMPUTE);
        this.loss = target != null ? sweep.column(target).filter(Column::isNumeric).orElseThrow(() ->
                new IllegalArgumentException(sweep.sourceName() + " has no numeric column named " + target))
                : onlyMetric(sweep);
        this.rows = java.util.stream.IntStream.range(0, sweep.rowCount())
                .filter(rowFilter).filter(i -> n.number(i) > 0 && d.number(i) > 0 && c.number(i) > 0 && loss.number(i) > 0).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException(sweep.sourceName() + " has no rows with N, D, C and a positive "
                    + loss.name() + " (among the rows selected)");
        }
    }

    private static Column required(Sweep sweep, ColumnRole role) {
        return sweep.column(role).orElseThrow(() -> new IllegalArgumentException(sweep.sourceName()
                + " has no " + role.symbol() + " column (the frontier needs N and D, or N and C)"));
    }

    private static Column onlyMetric(Sweep sweep) {
        List<Column> metrics = sweep.columns(ColumnRole.METRIC);
        if (metrics.size() != 1) {
            throw new IllegalArgumentException(sweep.sourceName() + " has " + metrics.size()
                    + " metric columns; name the loss with --y");
        }
        return metrics.get(0);
    }

    /** The loss column's name. */
    public String lossName() {
        return loss.name();
    }

    /** The largest C of the usable rows, FLOPs; NaN when there are none. */
    public double largestCompute() {
        double max = Double.NaN;
        for (int row : rows) {
            max = Double.isNaN(max) ? c.number(row) : Math.max(max, c.number(row));
        }
        return max;
    }

    /** Whether the sweep has a step column, so rows are checkpoints along training curves. */
    public boolean hasSteps() {
        return sweep.column(ColumnRole.STEP).isPresent();
    }

    /** Rows with N, D, C and a positive loss. */
    public int usableRows() {
        return rows.length;
    }

    /** Whether rows form training curves: the sweep has a step or run column. */
    public boolean hasTrainingCurves() {
        return sweep.column(ColumnRole.STEP).isPresent() || sweep.column(ColumnRole.RUN).isPresent();
    }

    /** The rows as IsoFLOP profiles, budgets grouped within {@code toleranceLn} of ln C. */
    public IsoFlopProfiles isoFlopProfiles(double toleranceLn) {
        return isoFlopProfiles(BudgetGrouping.within(toleranceLn));
    }

    /** The rows as IsoFLOP profiles, budgets grouped as {@code grouping} says. */
    public IsoFlopProfiles isoFlopProfiles(BudgetGrouping grouping) {
        return IsoFlopProfiles.group(values(c), values(n), values(d), values(loss), grouping);
    }

    /**
     * The rows as training curves. A run is the run column's value, else the values of all group
     * columns together with N; a new run also starts wherever the step (else C) does not increase
     * from the row before, so a file that logs several runs of one model one after another splits.
     */
    public TrainingCurves trainingCurves() {
        return trainingCurves(List.of());
    }

    /**
     * The rows as training curves, a run being the rows with equal values in {@code runKeys}
     * (column names, for example model, sweep, total steps and peak learning rate) that follow one
     * another with increasing step; with no keys, as {@link #trainingCurves()}.
     *
     * @throws IllegalArgumentException if a key names no column
     */
    public TrainingCurves trainingCurves(List<String> runKeys) {
        Column order = sweep.column(ColumnRole.STEP).orElse(c);
        List<Column> keys = runKeys.isEmpty() ? defaultRunKeys() : runKeys.stream().map(name -> sweep.column(name)
                .orElseThrow(() -> new IllegalArgumentException(sweep.sourceName() + " has no column named " + name)))
                .toList();
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            if (k == 0 || !sameRun(keys, rows[k - 1], rows[k]) || !(order.number(rows[k]) > order.number(rows[k - 1]))) {
                starts.add(k);
            }
        }
        starts.add(rows.length);
        return TrainingCurves.of(values(c), values(n), values(d), values(loss),
                starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private List<Column> defaultRunKeys() {
        return sweep.column(ColumnRole.RUN).map(List::of).orElseGet(() -> {
            List<Column> k = new ArrayList<>(sweep.columns(ColumnRole.GROUP));
            k.add(n);
            return k;
        });
    }

    private static boolean sameRun(List<Column> keys, int a, int b) {
        return keys.stream().allMatch(k -> Objects.equals(k.text(a), k.text(b)));
    }

    private double[] values(Column column) {
        double[] v = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            v[k] = column.number(rows[k]);
        }
        return v;
    }
}
