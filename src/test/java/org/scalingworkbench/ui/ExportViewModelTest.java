package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private static DialogService choosing(Path target) {
        return new DialogService() {
            @Override
            public List<Path> chooseFilesToOpen() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseExportFile() {
                return Optional.ofNullable(target);
            }

            @Override
            public Optional<Path> chooseReportFile() {
                return Optional.empty();
            }
        };
    }

    private static ScalingPlotSpec spec() {
        PointSeries points = new PointSeries("runs", PointState.FITTED, new double[] {1e6, 1e7, 1e8}, new double[] {3.1, 2.6, 2.3});
        return new ScalingPlotSpec(AxisSpec.log("params"), AxisSpec.log("loss"), List.of(points), List.of(), Double.NaN, false);
    }

    @Test
    void exportWritesThePlotInTheFormatOfTheChosenExtension() throws Exception {
        Path pdf = dir.resolve("plot.pdf");
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), choosing(pdf), ExportViewModelTest::spec, FigureTheme::paper);
        model.export();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(model.messageProperty().get()).isEqualTo("Wrote " + pdf);
    }

    @Test
    void exportWithoutAPlotSaysSoAndCancelledDialogWritesNothing() {
        ExportViewModel empty = new ExportViewModel(new CurrentThreadTaskRunner(), choosing(dir.resolve("a.svg")), () -> null, FigureTheme::paper);
        empty.export();
        assertThat(empty.messageProperty().get()).startsWith("Nothing to export");
        ExportViewModel cancelled = new ExportViewModel(new CurrentThreadTaskRunner(), choosing(null), ExportViewModelTest::spec, FigureTheme::paper);
        cancelled.export();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void badExtensionIsReportedInThePanelNotThrown() {
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), choosing(dir.resolve("plot.gif")), ExportViewModelTest::spec, FigureTheme::paper);
        model.export();
        assertThat(model.messageProperty().get()).startsWith("Could not export: ");
    }
}
