package org.scalingworkbench.app.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepUnion;

/**
 * What the chart shows and the laws are fitted to: the curve of the target against the plotted x
 * (the points the user hovers, clicks and cuts off), and, when the file has model size N and data
 * D columns, each point's N, D and compute C as well, with the points grouped by the level of a
 * variable other than x ({@link LevelGroups}). Then laws of x and laws of N and D are fitted and
 * scored on the same rows: those where x, the target, N, D (and C, when there is a C column) are
 * all positive. Points of several files shown together are grouped by file ({@link FileGroups}).
 *
 * @param curve  the target against the plotted x
 * @param points the same points with their variables and groups
 * @param joint  whether the points carry N and D
 */
public record PlotData(Curve curve, PlotPoints points, boolean joint) {

    /** The law symbols of the joint variables, in the order of a point's row after x. */
    static final List<ColumnRole> JOINT = List.of(ColumnRole.PARAMETERS, ColumnRole.DATA, ColumnRole.COMPUTE);

    /** The plot of {@code y} against {@code x} in {@code sweep}, joint when the sweep has N and D columns. */
    public static PlotData of(Sweep sweep, Column x, Column y) {
        return of(sweep, x, y, IntStream.range(0, sweep.rowCount()).toArray(), sweep.sourceName());
    }

    /**
     * The plot of {@code y} against {@code x} over the candidate rows of {@code sweep} (ascending),
     * keeping those where x, y (and N, D, C when joint) are present, finite and positive, as log axes and
     * log objectives need; joint when the sweep has N and D columns.
     *
     * @param name the curve's name ("runs.csv", "Task = arc")
     */
    public static PlotData of(Sweep sweep, Column x, Column y, int[] candidates, String name) {
        List<Column> joint = jointColumns(sweep);
        Optional<Column> file = SweepUnion.fileColumn(sweep);
        List<Column> used = new ArrayList<>(List.of(x, y));
        used.addAll(joint);
        int[] rows = IntStream.of(candidates).filter(r -> usable(used, r)).toArray();
        Curve curve = new Curve(name, sweep, rows, x, y);
        if (joint.isEmpty()) {
            return file.isEmpty() ? of(curve) : new PlotData(curve, points(curve, List.of(), FileGroups.of(file.get(), curve.rows(), null)), false);
        }
        PointGroups levels = LevelGroups.choose(sweep, x, rows).orElse(null);
        return new PlotData(curve, points(curve, joint, file.isEmpty() ? levels : FileGroups.of(file.get(), rows, levels)), true);
    }

    /** Whether {@code c} has a finite positive number on {@code row}, as log axes and log objectives need. */
    static boolean usable(Column c, int row) {
        if (c.isMissing(row)) {
            return false;
        }
        double v = c.number(row);
        return v > 0 && v < Double.POSITIVE_INFINITY;
    }

    /** Whether every column of {@code columns} is usable on {@code row} (a loop: this runs once per row of large files). */
    private static boolean usable(List<Column> columns, int row) {
        for (Column c : columns) {
            if (!usable(c, row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The x to start with in a file with N and D: model size N, unless the runs were made at a few
     * model sizes and neither D nor C has levels of its own (training curves, not an IsoFLOP
     * sweep), then the column of N, D and C with the most distinct values (compute, say, with the
     * points grouped by model size). Empty for other files.
     */
    public static Optional<Column> defaultScale(Sweep sweep) {
        List<Column> joint = jointColumns(sweep);
        if (joint.isEmpty()) {
            return Optional.empty();
        }
        int[] rows = IntStream.range(0, sweep.rowCount())
                .filter(r -> joint.stream().allMatch(c -> !c.isMissing(r) && c.number(r) > 0)).toArray();
        if (rows.length == 0 || joint.stream().anyMatch(c -> c != joint.get(0) && LevelGroups.naturalLevels(c, rows).isPresent())
                || LevelGroups.naturalLevels(joint.get(0), rows).isEmpty()) {
            return Optional.of(joint.get(0));
        }
        return joint.stream().max(java.util.Comparator.comparingLong(c -> java.util.Arrays.stream(rows)
                .mapToDouble(c::number).distinct().count()));
    }

    /** The plain plot of a curve's points, one variable, no groups. */
    public static PlotData of(Curve curve) {
        return new PlotData(curve, points(curve, List.of(), null), false);
    }

    /** The sweep's numeric N, D and C columns (C only if it has one), or none without both N and D. */
    static List<Column> jointColumns(Sweep sweep) {
        List<Column> out = JOINT.stream().map(sweep::column).flatMap(Optional::stream).filter(Column::isNumeric).toList();
        boolean both = out.stream().anyMatch(c -> c.role() == ColumnRole.PARAMETERS)
                && out.stream().anyMatch(c -> c.role() == ColumnRole.DATA);
        return both ? out : List.of();
    }

    private static PlotPoints points(Curve curve, List<Column> joint, PointGroups grouping) {
        List<String> variables = new ArrayList<>(List.of(FitData.PLOTTED));
        joint.forEach(c -> variables.add(c.role().symbol()));
        double[][] rows = IntStream.range(0, curve.size()).mapToObj(k -> row(curve, joint, k)).toArray(double[][]::new);
        double[] y = IntStream.range(0, curve.size()).mapToDouble(curve::yAt).toArray();
        return new PlotPoints(curve.name(), curve.x().name(), curve.x().role().symbol(), curve.y().name(), variables, rows, y,
                grouping);
    }

    private static double[] row(Curve curve, List<Column> joint, int k) {
        double[] row = new double[1 + joint.size()];
        row[0] = curve.xAt(k);
        for (int j = 0; j < joint.size(); j++) {
            row[j + 1] = joint.get(j).number(curve.rowAt(k));
        }
        return row;
    }

    /** The variables a point carries: x, then N, D (and C) when joint. */
    public List<String> variables() {
        return points.variables();
    }

    /** The column behind each variable, same order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of(curve.x().name()));
        jointColumns(curve.sweep()).forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * The points not excluded, split by {@code split}, which sees only those points (the largest
     * runs are the largest of the runs kept).
     *
     * @throws IllegalArgumentException when the split does not apply to the points
     */
    public FitData fitData(boolean[] excluded, HoldOutSplit split) {
        return fitData(excluded, heldOut(excluded, split));
    }

    /** Whether each point is held out by {@code split}, excluded points never (see {@link #fitData(boolean[], HoldOutSplit)}). */
    public boolean[] heldOut(boolean[] excluded, HoldOutSplit split) {
        int[] kept = IntStream.range(0, curve.size()).filter(k -> !excluded[k]).toArray();
        boolean[] heldKept = split.heldOut(curve.subset(kept));
        boolean[] held = new boolean[curve.size()];
        for (int i = 0; i < kept.length; i++) {
            held[kept[i]] = heldKept[i];
        }
        return held;
    }

    /** The points neither excluded nor held out, and those held out ({@code held} from {@link #heldOut}). */
    public FitData fitData(boolean[] excluded, boolean[] held) {
        List<double[]> train = new ArrayList<>();
        List<double[]> out = new ArrayList<>();
        List<Double> trainY = new ArrayList<>();
        List<Double> outY = new ArrayList<>();
        double[][] rows = points.rows();
        for (int k = 0; k < rows.length; k++) {
            if (excluded[k]) {
                continue;
            }
            (held[k] ? out : train).add(rows[k]);
            (held[k] ? outY : trainY).add(curve.yAt(k));
        }
        return new FitData(curve.y().name(), variables(), columnNames(), train.toArray(double[][]::new),
                trainY.stream().mapToDouble(Double::doubleValue).toArray(), out.toArray(double[][]::new),
                outY.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Point k's group ("flops = 6e18"), empty without groups. */
    public Optional<String> groupAt(int k) {
        return points.grouped() ? Optional.of(points.groupAt(k)) : Optional.empty();
    }
}
