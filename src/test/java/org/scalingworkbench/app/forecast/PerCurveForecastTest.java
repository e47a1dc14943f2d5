package org.scalingworkbench.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

class PerCurveForecastTest {

    @TempDir
    Path dir;

    /**
     * Tasks a, b, c of 16 noiseless points y = L∞ + (1e5/x)^0.3, x from 1e6 to 1e10, with L∞ 1.5,
     * 2.0 and 2.5; task d has 2 points, too few for the three parameters of plc.
     */
    private Path tasks() throws IOException {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        StringBuilder csv = new StringBuilder("Task,tokens,loss\n");
        String[] names = {"a", "b", "c"};
        for (int t = 0; t < names.length; t++) {
            for (int i = 0; i < 16; i++) {
                double x = Math.pow(10, 6 + 4.0 * i / 15);
                csv.append(names[t]).append(',').append(x).append(',').append(law.valueAt(x, new double[] {1.5 + 0.5 * t, 1e5, 0.3}))
                        .append('\n');
            }
        }
        csv.append("d,1e6,3.0\nd,1e7,2.8\n");
        return Files.writeString(dir.resolve("tasks.csv"), csv);
    }

    private FitRequest request(List<String> key) throws IOException {
        return FitRequest.of(DataSelection.of(List.of(tasks())).withCurveKey(key), List.of(LawSpec.builtIn("plc")));
    }

    @Test
    void eachCurveForecastsItsOwnIrreducibleLossAndScale() throws IOException {
        CurveForecasts f = SweepForecasting.standard().forecastCurves(request(List.of("Task")), ForecastTarget.reducible(0.01),
                TaskContext.none());
        assertThat(f.keyed()).isTrue();
        assertThat(f.forecasts()).extracting(ForecastReport::curve).containsExactly("Task = a", "Task = b", "Task = c");
        double[] floors = {1.5, 2.0, 2.5};
        for (int t = 0; t < 3; t++) {
            ForecastReport r = f.forecasts().get(t);
            assertThat(r.irreducibleLoss().orElseThrow().value()).as(r.curve()).isCloseTo(floors[t], within(1e-6));
            // (1e5/x)^0.3 = 0.01 at x = 1e5 · 100^(1/0.3)
            assertThat(r.scaleNeeded().orElseThrow().value() / (1e5 * Math.pow(100, 1 / 0.3))).as(r.curve())
                    .isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void aCurveTooSmallForTheLawIsListedWithItsReasonAndTheOthersAreForecast() throws IOException {
        CurveForecasts f = SweepForecasting.standard().forecastCurves(request(List.of("Task")), ForecastTarget.loss(2.6),
                TaskContext.none());
        assertThat(f.forecasts()).hasSize(3);
        assertThat(f.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Task = d");
            assertThat(r.points()).isEqualTo(2);
            assertThat(r.reason()).isNotBlank();
        });
        // L = 2.6 needs (1e5/x)^0.3 = 2.6 − L∞ on each curve
        double[] floors = {1.5, 2.0, 2.5};
        for (int t = 0; t < 3; t++) {
            double expected = 1e5 * Math.pow(2.6 - floors[t], -1 / 0.3);
            assertThat(f.forecasts().get(t).scaleNeeded().orElseThrow().value() / expected).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void withoutACurveKeyThereIsOneForecastOfTheWholeFile() throws IOException {
        CurveForecasts f = SweepForecasting.standard().forecastCurves(request(List.of()), ForecastTarget.reducible(0.01),
                TaskContext.none());
        assertThat(f.keyed()).isFalse();
        assertThat(f.forecasts()).singleElement().satisfies(r -> assertThat(r.curve()).isEqualTo("tasks.csv"));
    }
}
