package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.session.SourcePaths;
import org.scalingworkbench.ui.sweep.ShownFiles;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/**
 * File &gt; Export report with two files shown together (loss = 2 + 50·N^(−0.3), eight sizes in each):
 * the report names both files, each with the SHA-256 of its own bytes.
 */
class ReportOfShownFilesTest {

    @TempDir
    Path dir;

    private final SourcePaths paths = new SourcePaths(new SweepImporter()::importFile);
    private final SweepOverviewViewModel sweeps = new SweepOverviewViewModel(paths, new CurrentThreadTaskRunner());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new UndoHistory()));

    private Path sweep(String name, int firstSize) throws Exception {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = firstSize; i < firstSize + 8; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(2 + 50 * Math.pow(n, -0.3)).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private ReportViewModel model(Path target) {
        DialogService dialogs = new NoDialogs() {
            @Override
            public Optional<Path> chooseReportFile() {
                return Optional.of(target);
            }
        };
        return new ReportViewModel(new CurrentThreadTaskRunner(), dialogs, fits,
                shown -> paths.reportSources(shown, sweeps.chartedProperty().get(), sweeps.files()));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void markdownReportOfTwoFilesShownTogetherNamesBothWithTheirDigests() throws Exception {
        sweeps.chartedProperty().addListener((o, old, now) -> ShownFiles.show(now, old, fits));
        Path small = sweep("small.csv", 0);
        Path large = sweep("large.csv", 8);
        sweeps.load(List.of(small, large));
        assertThat(fits.chart().curveProperty().get().sweep().sourceName()).isEqualTo("small.csv + large.csv");
        fits.laws().forEach(c -> c.selectedProperty().set(List.of("pl", "plc").contains(c.law().id())));
        fits.fit();

        Path md = dir.resolve("report.md");
        ReportViewModel model = model(md);
        model.export();

        assertThat(model.messageProperty().get()).isEqualTo("Wrote report.md");
        List<String> lines = Files.readAllLines(md);
        int data = lines.indexOf("- **Data:** 2 files fitted as one:");
        assertThat(data).isPositive();
        assertThat(lines.subList(data + 1, data + 3)).containsExactly("  - `small.csv`, SHA-256 `" + sha256(small) + "`",
                "  - `large.csv`, SHA-256 `" + sha256(large) + "`");
        assertThat(sha256(small)).isNotEqualTo(sha256(large));
    }

    @Test
    void oneFileShownKeepsItsOneSource() throws Exception {
        sweeps.chartedProperty().addListener((o, old, now) -> ShownFiles.show(now, old, fits));
        Path small = sweep("small.csv", 0);
        sweeps.load(List.of(small));
        var shown = fits.chart().curveProperty().get().sweep();
        assertThat(paths.reportSources(shown, sweeps.chartedProperty().get(), sweeps.files()))
                .extracting(s -> s.name() + " " + s.sha256()).containsExactly("small.csv " + sha256(small));
    }
}
