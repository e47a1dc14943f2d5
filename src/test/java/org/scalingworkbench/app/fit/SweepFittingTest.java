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
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.TinyLaws;
import org.scalingworkbench.fit.laws.LawCatalog;

class SweepFittingTest {

    @TempDir
    Path dir;

    private final SweepFitting fitting = new SweepFitting(SweepLoading.standard(),
            new LawResolver(LawCatalog.builtIn().with(TinyLaws.powerLaw())));

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

    private static FitRequest request(Path file, String law, String x, int excludeHighest, int resamples) {
        DataSelection data = DataSelection.of(List.of(file)).withColumns(x, null).withExcludeHighest(excludeHighest);
        return new FitRequest(data, List.of(LawSpec.builtIn(law)), Objective.logLeastSquares(), HoldOutSplit.NONE,
                new Resampling(resamples, 1));
    }

    private static FitResult only(FitOutcome outcome) {
        return outcome.only().board().entries().get(0).fit();
    }

    @Test
    void fitsTheOnlyMetricOnTheNamedRoleWithoutTheHighestRows() throws IOException {
        FitOutcome r = fitting.fit(request(powerLawFile(), "tiny-pl", "N", 2, 0), TaskContext.none());
        assertThat(r.only().data().trainSize()).isEqualTo(20);
        assertThat(r.only().data().target()).isEqualTo("val_loss");
        assertThat(r.only().curve().points().curve().x().name()).isEqualTo("params");
        assertThat(only(r).value("b")).isCloseTo(0.3, within(1e-9));
        assertThat(r.notes()).contains("2 rows with the highest val_loss left out");
        assertThat(r.only().bootstrap("tiny-pl")).isEmpty();
    }

    @Test
    void keepingTheOutliersChangesTheFitAndBootstrapGivesIntervals() throws IOException {
        FitOutcome r = fitting.fit(request(powerLawFile(), "tiny-pl", "N", 0, 100), TaskContext.none());
        assertThat(r.only().data().trainSize()).isEqualTo(22);
        assertThat(Math.abs(only(r).value("b") - 0.3)).isGreaterThan(1e-3);
        var boot = r.only().bootstrap("tiny-pl").orElseThrow();
        assertThat(boot.resamples()).isEqualTo(100);
        assertThat(boot.interval("b", 0.95).contains(only(r).value("b"))).isTrue();
    }

    @Test
    void unknownColumnIsNamedInTheError() throws IOException {
        FitRequest bad = request(powerLawFile(), "tiny-pl", "flops", 0, 0);
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
        assertThatThrownBy(() -> fitting.fit(request(file, "tiny-pl", null, 0, 0), cancelled))
                .isInstanceOf(TaskCancelledException.class);
    }

    @Test
    void singleVariableLawFitsAgainstTheOnlyScaleColumnByDefault() throws IOException {
        FitOutcome r = fitting.fit(request(powerLawFile(), "pl", null, 2, 0), TaskContext.none());
        assertThat(r.only().curve().points().curve().x().name()).isEqualTo("params");
        assertThat(only(r).value("alpha")).isCloseTo(0.3, within(1e-6));
    }

    @Test
    void singleVariableLawAsksWhichScaleColumnWhenThereAreSeveral() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "params,tokens,loss\n1e8,2e9,3.1\n2e8,4e9,2.9\n4e8,8e9,2.7\n");
        assertThatThrownBy(() -> fitting.fit(request(file, "pl", null, 0, 0), TaskContext.none()))
                .hasMessage("two.csv has 2 scale columns [params, tokens]; name the one to fit against with --x");
    }

    @Test
    void lawOfNAndDFitsByDefaultOnModelSizeAndTokens() throws IOException {
        StringBuilder csv = new StringBuilder("params,tokens,loss\n");
        double[] truth = {1.8, 400, 2000, 0.34, 0.36};
        for (int i = 0; i < 30; i++) {
            double n = Math.pow(10, 7 + (i % 6) * 0.5);
            double d = n * Math.pow(10, 1 + (i / 6) * 0.4);
            csv.append(n).append(',').append(d).append(',')
                    .append(truth[0] + truth[1] / Math.pow(n, truth[3]) + truth[2] / Math.pow(d, truth[4])).append('\n');
        }
        Path file = Files.writeString(dir.resolve("nd.csv"), csv);
        FitOutcome r = fitting.fit(request(file, "chinchilla", null, 0, 0), TaskContext.none());
        assertThat(only(r).value("alpha")).isCloseTo(0.34, within(1e-4));
    }
}
