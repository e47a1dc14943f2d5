package org.scalingworkbench.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.session.ChartView;
import org.scalingworkbench.session.ExcludedPoint;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.sweep.ShownFiles;

/**
 * Takes the window's state into a {@link WindowSnapshot}, on the FX thread: every file in the
 * order listed, each saying whether it is on the chart; the files on the chart carry their
 * exclusions, as rows of their own.
 */
final class SessionCapture {

    /** The reason {@code Sweep.withRole} gives a column whose role the user chose. */
    static final String SET_BY_USER = "set by user";

    private SessionCapture() {
    }

    static WindowSnapshot capture(SessionWindow w, boolean embed) {
        ChartViewModel chart = w.fits().chart();
        double cut = chart.cutOffProperty().get();
        HoldOutSplit perCurve = chart.perCurveProperty().get();
        String holdOut = perCurve != null ? perCurve.description() : Double.isNaN(cut) ? null : "x>" + cut;
        return new WindowSnapshot(sources(w), holdOut,
                w.fits().yColumnProperty().get(), w.fits().xColumnProperty().get(), LawCapture.laws(w.fits()),
                chartView(w), w.theme().get().name(), embed, List.copyOf(w.fits().curveKey()));
    }

    private static List<WindowSnapshot.SourceSnapshot> sources(SessionWindow w) {
        ShownFiles shown = w.sweeps().chartedProperty().get();
        List<Integer> excludedRows = w.fits().chart().curveProperty().get() == null ? List.of() : w.fits().chart().excludedRows();
        List<WindowSnapshot.SourceSnapshot> out = new ArrayList<>();
        for (ImportedSweep f : w.sweeps().files()) {
            boolean on = shown != null && shown.contains(f);
            List<ExcludedPoint> excluded = on ? shown.rowsOf(f, excludedRows).stream()
                    .map(row -> new ExcludedPoint(row, f.sweep().lineNumber(row))).toList() : List.of();
            w.paths().originOf(f).ifPresent(o -> out.add(new WindowSnapshot.SourceSnapshot(o, overrides(f.sweep()), excluded, on,
                    scales(f.sweep()))));
        }
        return out;
    }

    /** The roles the user chose: columns whose role reason says so. */
    static Map<String, ColumnRole> overrides(Sweep sweep) {
        Map<String, ColumnRole> out = new LinkedHashMap<>();
        for (Column c : sweep.columns()) {
            if (SET_BY_USER.equals(c.roleReason())) {
                out.put(c.name(), c.role());
            }
        }
        return out;
    }

    /** The scale factors the user chose: columns whose unit reason says so. */
    static Map<String, Double> scales(Sweep sweep) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Column c : sweep.columns()) {
            if (SET_BY_USER.equals(c.scale().reason())) {
                out.put(c.name(), c.scale().factor());
            }
        }
        return out;
    }

    /** The visible x range, and the curve's y range (the y axis follows the data); a unit decade without a curve. */
    private static ChartView chartView(SessionWindow w) {
        Curve c = w.fits().chart().curveProperty().get();
        double[] x = w.viewPort().viewX().orElse(null);
        if (c == null || x == null || !(x[0] > 0 && x[1] > x[0])) {
            return new ChartView(1, 10, 1, 10, true, true);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < c.size(); k++) {
            lo = Math.min(lo, c.yAt(k));
            hi = Math.max(hi, c.yAt(k));
        }
        if (!(hi > lo)) {
            lo = lo * 0.9;
            hi = lo / 0.9 * 1.1;
        }
        return new ChartView(x[0], x[1], lo, hi, true, true);
    }
}
