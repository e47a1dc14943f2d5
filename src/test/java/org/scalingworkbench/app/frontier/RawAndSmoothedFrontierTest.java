package org.scalingworkbench.app.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.simulate.SimulatedTable;
import org.scalingworkbench.app.simulate.TrainingCurveSimulator;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

/**
 * A tracker export in long form with raw and smoothed losses side by side (a {@code series}
 * column, raw and an exponential moving average, interleaved row by row as an export lists them):
 * with the curve key {@code series}, the raw series' frontier is exactly that of the raw rows alone.
 */
class RawAndSmoothedFrontierTest {

    private static final double[] LAW = {1.8172, 477.8, 2143, 0.3473, 0.3672};

    @TempDir
    Path dir;

    @Test
    void rawSeriesFrontierEqualsTheFrontierOfTheRawRowsAlone() throws IOException {
        SimulatedTable raw = new TrainingCurveSimulator(new ChinchillaLaw(), LAW).simulate(
                TrainingCurveSimulator.Design.chinchillaLike(4), List.of());
        CurveFrontiers both = envelope(write("both.csv", withSmoothed(raw)), List.of("series"));
        CurveFrontiers alone = envelope(write("raw.csv", raw), List.of());
        double rawAlone = alone.curves().get(0).report().comparison().estimates().get(0).a();
        assertThat(both.refused()).isEmpty();
        assertThat(both.curve("series = raw").orElseThrow().report().comparison().estimates().get(0).a())
                .isCloseTo(rawAlone, within(1e-12));
        assertThat(both.curve("series = smoothed").orElseThrow().report().comparison().estimates().get(0).a())
                .isNotCloseTo(rawAlone, within(1e-3));
    }

    private CurveFrontiers envelope(Path file, List<String> key) throws IOException {
        FitRequest request = FitRequest.of(DataSelection.of(List.of(file)).withColumns(null, "loss").withCurveKey(key),
                List.of(LawSpec.builtIn("chinchilla")));
        return SweepFrontier.standard().runCurves(request,
                FrontierOptions.defaults().withApproaches(EnumSet.of(FrontierApproach.ENVELOPE)), TaskContext.none());
    }

    /** Each row twice, as series raw and series smoothed (EMA 0.9 of the run's raw losses so far). */
    private static SimulatedTable withSmoothed(SimulatedTable raw) {
        int loss = raw.columns().indexOf("loss");
        int run = raw.columns().indexOf("run");
        List<String> columns = new ArrayList<>(raw.columns());
        columns.add(loss, "series");
        Map<Object, Double> ema = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : raw.rows()) {
            double x = ((Number) r[loss]).doubleValue();
            double smoothed = ema.merge(r[run], x, (old, now) -> 0.9 * old + 0.1 * now);
            rows.add(row(r, loss, "raw", x));
            rows.add(row(r, loss, "smoothed", smoothed));
        }
        return new SimulatedTable(List.of(), columns, rows);
    }

    private static Object[] row(Object[] r, int loss, String series, double value) {
        Object[] out = new Object[r.length + 1];
        System.arraycopy(r, 0, out, 0, loss);
        out[loss] = series;
        out[loss + 1] = value;
        System.arraycopy(r, loss + 1, out, loss + 2, r.length - loss - 1);
        return out;
    }

    private Path write(String name, SimulatedTable table) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file)) {
            table.writeCsv(w);
        }
        return file;
    }
}
