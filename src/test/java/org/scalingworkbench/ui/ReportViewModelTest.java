package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.session.SourcePaths;

/** File &gt; Export report on a noiseless sweep of loss = 2 + 50·N^(−0.3) at 16 sizes. */
class ReportViewModelTest {

    @TempDir
    Path dir;

    private final SourcePaths paths = new SourcePaths(new SweepImporter()::importFile);
    private final List<ImportedSweep> loaded = new java.util.ArrayList<>();
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new UndoHistory()));
    private final AtomicInteger asked = new AtomicInteger();

    private ReportViewModel model(Path target) {
        DialogService dialogs = new NoDialogs() {
            @Override
            public Optional<Path> chooseReportFile() {
                asked.incrementAndGet();
                return Optional.ofNullable(target);
            }
        };
        return new ReportViewModel(new CurrentThreadTaskRunner(), dialogs, fits, shown -> List.of(paths.reportSource(shown, loaded)));
    }

    private Path load() throws Exception {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 16; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(2 + 50 * Math.pow(n, -0.3)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("sweep.csv"), csv);
        loaded.add(paths.read(file));
        fits.show(loaded.get(0));
        return file;
    }

    private void fitPlAndPlc() {
        fits.laws().forEach(c -> c.selectedProperty().set(List.of("pl", "plc").contains(c.law().id())));
        fits.fit();
    }

    @Test
    void exportWritesTheFitsOnScreenAsMarkdownWithTheSourcesDigest() throws Exception {
        Path file = load();
        fits.chart().toggle(0);
        fitPlAndPlc();
        Path md = dir.resolve("report.md");
        ReportViewModel model = model(md);
        model.export();

        assertThat(model.messageProperty().get()).isEqualTo("Wrote report.md");
        String text = Files.readString(md);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(text).contains("`sweep.csv`, SHA-256 `" + sha + "`", "| 1 | `plc` | 3 |", "| L∞ | 2.000 |",
                "1 point (source line 2)", "11 fitted, 4 held out");
    }

    @Test
    void formatFollowsTheChosenExtensionAndAnUnknownOneIsReported() throws Exception {
        load();
        fitPlAndPlc();
        Path tex = dir.resolve("table.tex");
        model(tex).export();
        assertThat(Files.readString(tex)).contains("\\toprule", "$L_\\infty$ & 2.000");

        ReportViewModel model = model(dir.resolve("table.txt"));
        model.export();
        assertThat(model.messageProperty().get()).startsWith("Could not write the report: ").contains(".md, .tex or .json");
        assertThat(dir.resolve("table.txt")).doesNotExist();
    }

    @Test
    void withoutALeaderboardNothingIsAskedOrWritten() throws Exception {
        ReportViewModel model = model(dir.resolve("report.md"));
        model.export();
        load();
        model.export();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing to report: fit some laws first");
        assertThat(asked).hasValue(0);
        assertThat(dir.resolve("report.md")).doesNotExist();
    }
}
