package org.scalingworkbench.app.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.TinyLaws;
import org.scalingworkbench.fit.laws.LawCatalog;

class SweepFittingTest {

    @TempDir
    Path dir;

    private final SweepFitting fitting = new SweepFitting(org.scalingworkbench.app.importing.SweepLoading.standard(), new org.scalingworkbench.app.request.LawResolver(LawCatalog.builtIn().with(TinyLaws.powerLaw())));

    /** y = 40·x^(−0.3) at 20 sizes, plus two rows far above the curve. */
    private Path powerLawFile() throws IOException {
        StringBuilder csv = new StringBuilder("params,val_loss\n");
        for (int k = 0; k < 20; k++) {
            double x = Math.pow(10, 6 + 4 * k / 19.0);
            csv.append(x).append(',').append(40 * Math.pow(x, -0.3)).append('\n');
        }
        csv.append("1e7,9.5\n1e8,9.9\n");
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, csv);
        return file;
    }

    private SweepFitRequest request(Path file, int excludeHighest, int resamples) {
        return new SweepFitRequest(file, org.scalingworkbench.app.request.LawSpec.builtIn("tiny-pl"), null, List.of("N"), Objective.logLeastSquares(), excludeHighest, resamples, 1);
    }

    @Test
    void fitsTheOnlyMetricOnTheNamedRoleWithoutTheHighestRows() throws IOException {
        SweepFitReport r = fitting.fit(request(powerLawFile(), 2, 0), TaskContext.none());
        assertThat(r.rowsUsed()).isEqualTo(20);
        assertThat(r.target()).isEqualTo("val_loss");
        assertThat(r.variableColumns()).containsExactly("params");
        assertThat(r.fit().value("b")).isCloseTo(0.3, within(1e-9));
        assertThat(r.notes()).contains("2 rows with the highest val_loss left out");
        assertThat(r.bootstrapResult()).isEmpty();
    }

    @Test
    void keepingTheOutliersChangesTheFitAndBootstrapGivesIntervals() throws IOException {
        SweepFitReport r = fitting.fit(request(powerLawFile(), 0, 100), TaskContext.none());
        assertThat(r.rowsUsed()).isEqualTo(22);
        assertThat(Math.abs(r.fit().value("b") - 0.3)).isGreaterThan(1e-3);
        assertThat(r.bootstrap().resamples()).isEqualTo(100);
        assertThat(r.bootstrap().interval("b", 0.95).contains(r.fit().value("b"))).isTrue();
    }

    @Test
    void unknownColumnIsNamedInTheError() throws IOException {
        Path file = powerLawFile();
        SweepFitRequest bad = new SweepFitRequest(file, org.scalingworkbench.app.request.LawSpec.builtIn("tiny-pl"), null, List.of("flops"), Objective.logLeastSquares(), 0, 0, 1);
        assertThatThrownBy(() -> fitting.fit(bad, TaskContext.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column named flops");
    }

    @Test
    void cancelledContextStopsTheFit() throws IOException {
        Path file = powerLawFile();
        TaskContext cancelled = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> fitting.fit(request(file, 0, 0), cancelled)).isInstanceOf(TaskCancelledException.class);
    }

    @Test
    void singleVariableLawFitsAgainstTheOnlyScaleColumnByDefault() throws IOException {
        SweepFitRequest byDefault = new SweepFitRequest(powerLawFile(), org.scalingworkbench.app.request.LawSpec.builtIn("pl"), null, List.of(), Objective.logLeastSquares(), 2, 0, 1);
        SweepFitReport r = fitting.fit(byDefault, TaskContext.none());
        assertThat(r.variableColumns()).containsExactly("params");
        assertThat(r.fit().value("alpha")).isCloseTo(0.3, within(1e-6));
    }

    @Test
    void singleVariableLawAsksWhichScaleColumnWhenThereAreSeveral() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "params,tokens,loss\n1e8,2e9,3.1\n2e8,4e9,2.9\n4e8,8e9,2.7\n");
        SweepFitRequest byDefault = new SweepFitRequest(file, org.scalingworkbench.app.request.LawSpec.builtIn("pl"), null, List.of(), Objective.logLeastSquares(), 0, 0, 1);
        assertThatThrownBy(() -> fitting.fit(byDefault, TaskContext.none()))
                .hasMessage("two.csv has 2 scale columns [params, tokens]; name the one to fit against with --x");
    }
}
