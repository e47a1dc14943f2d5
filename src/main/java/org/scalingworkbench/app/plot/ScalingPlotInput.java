package org.scalingworkbench.app.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * Turns {@code plot}'s arguments into a scaling-plot spec: imports the file, holds out rows by the
 * plotted x, fits the law to the rest with log least squares, bootstraps it, and returns the points
 * by group (fitted filled, held out hollow) with the fitted curve, its 95% band and the cut-off. A
 * two-variable law such as Chinchilla's is drawn as one curve per group (for example per compute
 * budget), following the group's own path of the other variable: the least-squares line of its
 * log against log x within the group (D = C/(6N) on an IsoFLOP profile, constant N on a training
 * curve).
 *
 * <p>It fits here rather than through {@code SweepFitting} because that use case cannot yet leave
 * rows out by x; when the analysis package's hold-out split lands, this becomes a call to it.
 */
public final class ScalingPlotInput {

    public record Fitted(ScalingPlotSpec spec, FitResult fit, BootstrapResult bootstrap) { }

    public Fitted build(Path file, String lawId, PlotOptions options) throws IOException {
        ScalingLaw law = LawCatalog.builtIn().get(lawId);
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        PlotColumns columns = PlotColumns.resolve(sweep, law, options.x(), options.y(), options.group());
        int[] rows = IntStream.range(0, sweep.rowCount()).filter(i -> usable(columns, i)).toArray();
        double[][] vars = new double[rows.length][];
        double[] xs = new double[rows.length];
        double[] ys = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int row = rows[k];
            vars[k] = columns.variables().stream().mapToDouble(c -> c.number(row)).toArray();
            xs[k] = vars[k][columns.plotted()];
            ys[k] = columns.target().number(row);
        }
        boolean[] held = options.holdOut().heldOut(xs);
        FitProblem problem = problem(law, vars, ys, held);
        FitResult fit = new MultiStartFitter().fit(problem, FitOptions.defaults());
        BootstrapResult boot = options.resamples() > 0
                ? new Bootstrap().run(problem, FitOptions.defaults(), fit, options.resamples(), options.seed()) : null;
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < rows.length; k++) {
            groups.computeIfAbsent(columns.groupLabel(rows[k]), g -> new ArrayList<>()).add(k);
        }
        List<PointSeries> points = new ArrayList<>();
        List<CurveSpec> curves = new ArrayList<>();
        String label = LawLabel.of(fit);
        groups.forEach((name, members) -> {
            points.add(series(name, members, xs, ys, held, false));
            if (members.stream().anyMatch(k -> held[k])) {
                points.add(series(name, members, xs, ys, held, true));
            }
            double[] range = range(members.stream().filter(k -> !held[k]).mapToDouble(k -> xs[k]).toArray(),
                    members.stream().mapToDouble(k -> xs[k]).toArray());
            Path2 path = Path2.through(vars, members, columns.plotted());
            curves.add(new CurveSpec(label, x -> law.value(path.at(x), fit.values()), band(law, boot, path), range[0], range[1],
                    law.variables().size() == 1 ? null : name));
        });
        ScalingPlotSpec spec = new ScalingPlotSpec(AxisSpec.log(columns.x().name()), AxisSpec.log(columns.target().name()),
                points, curves, options.holdOut().cutOff(xs, held), true);
        return new Fitted(spec, fit, boot);
    }

    private static boolean usable(PlotColumns columns, int row) {
        boolean vars = columns.variables().stream().allMatch(c -> !c.isMissing(row) && c.number(row) > 0);
        Column y = columns.target();
        boolean group = columns.group() == null || !columns.group().isMissing(row);
        return vars && group && !y.isMissing(row) && y.number(row) > 0;
    }

    private static FitProblem problem(ScalingLaw law, double[][] vars, double[] ys, boolean[] held) {
        int[] fitted = IntStream.range(0, ys.length).filter(k -> !held[k]).toArray();
        if (fitted.length <= law.parameterCount()) {
            throw new IllegalArgumentException(fitted.length + " rows left to fit are too few for the " + law.parameterCount()
                    + " parameters of " + law.id());
        }
        double[][] x = IntStream.of(fitted).mapToObj(k -> vars[k].clone()).toArray(double[][]::new);
        return new FitProblem(law, x, IntStream.of(fitted).mapToDouble(k -> ys[k]).toArray());
    }

    private static PointSeries series(String group, List<Integer> members, double[] xs, double[] ys, boolean[] held,
            boolean wantHeld) {
        int[] kept = members.stream().filter(k -> held[k] == wantHeld).mapToInt(Integer::intValue).toArray();
        return new PointSeries(group, wantHeld ? PointState.HELD_OUT : PointState.FITTED,
                IntStream.of(kept).mapToDouble(k -> xs[k]).toArray(), IntStream.of(kept).mapToDouble(k -> ys[k]).toArray());
    }

    /** [min, max] of the fitted x, or of all x when none was fitted. */
    private static double[] range(double[] fitted, double[] all) {
        double[] x = fitted.length > 0 ? fitted : all;
        return new double[] {java.util.Arrays.stream(x).min().orElse(1), java.util.Arrays.stream(x).max().orElse(1)};
    }

    /** The 95% percentile band of the law along the path over the bootstrap refits, or null without one. */
    private static CurveSpec.Band band(ScalingLaw law, BootstrapResult boot, Path2 path) {
        if (boot == null) {
            return null;
        }
        DoubleUnaryOperator lower = x -> boot.interval(p -> law.value(path.at(x), p), 0.95).lower();
        DoubleUnaryOperator upper = x -> boot.interval(p -> law.value(path.at(x), p), 0.95).upper();
        return new CurveSpec.Band(lower, upper);
    }

    /**
     * A group's path through the law's variables as a function of the plotted one: each other
     * variable v follows ln v = a + b·ln x, the least-squares line over the group's rows.
     */
    record Path2(int plotted, double[] intercept, double[] slope) {

        static Path2 through(double[][] vars, List<Integer> members, int plotted) {
            int k = vars[members.get(0)].length;
            double[] a = new double[k];
            double[] b = new double[k];
            double[] u = members.stream().mapToDouble(m -> Math.log(vars[m][plotted])).toArray();
            double mu = java.util.Arrays.stream(u).average().orElse(0);
            double suu = java.util.Arrays.stream(u).map(t -> (t - mu) * (t - mu)).sum();
            for (int j = 0; j < k; j++) {
                final int col = j;
                double[] v = members.stream().mapToDouble(m -> Math.log(vars[m][col])).toArray();
                double mv = java.util.Arrays.stream(v).average().orElse(0);
                double suv = 0;
                for (int i = 0; i < u.length; i++) {
                    suv += (u[i] - mu) * (v[i] - mv);
                }
                b[j] = suu > 1e-12 ? suv / suu : 0;
                a[j] = mv - b[j] * mu;
            }
            return new Path2(plotted, a, b);
        }

        /** The variables at plotted value x. */
        double[] at(double x) {
            double[] row = new double[intercept.length];
            for (int j = 0; j < row.length; j++) {
                row[j] = j == plotted ? x : Math.exp(intercept[j] + slope[j] * Math.log(x));
            }
            return row;
        }
    }
}
