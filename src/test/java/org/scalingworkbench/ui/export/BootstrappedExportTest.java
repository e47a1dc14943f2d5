package org.scalingworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.plot.ScalingPlots;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.cli.ScalingWorkbenchCommand;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.NoDialogs;

/**
 * The window's export of a bootstrapped fit: the chart's plot (built as the chart builds it, from
 * the fit with its bootstraps) goes out with the band and the residual panel, the very file
 * {@code plot} writes for the same choices.
 */
class BootstrappedExportTest {

    private static final double CUT_OFF = 3e9;

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-bootstrapped-export-test");

    @AfterEach
    void forgetChoices() throws Exception {
        prefs.removeNode();
    }

    /** loss = 1.7 + (3e7/N)^0.3 at 14 sizes N = 10^6..10^10, ±2% alternating, so the bootstrap has spread. */
    private Path sweep() throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 14; i++) {
            double n = Math.pow(10, 6 + 4 * i / 13.0);
            csv.append(String.format(Locale.ROOT, "%.6e,%.8f%n", n, (1.7 + Math.pow(3e7 / n, 0.3)) * (i % 2 == 0 ? 1.02 : 0.98)));
        }
        Path file = dir.resolve("sweep.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** What the chart shows after fitting plc with 40 resamples, cut off at {@link #CUT_OFF}. */
    private static ScalingPlotSpec chart(Path file, int resamples) throws IOException {
        FitRequest request = new FitRequest(DataSelection.of(List.of(file)), List.of(LawSpec.builtIn("plc")),
                Objective.logLeastSquares(), new HoldOutSplit.CutOff(CUT_OFF), new Resampling(resamples, 7));
        CurveFit fit = SweepFitting.standard().fit(request, TaskContext.none()).only();
        return ScalingPlots.of(fit.curve().points(), fit.curve().excluded(), CUT_OFF, fit, false);
    }

    private Path export(ScalingPlotSpec onScreen, ExportFormat format, String name) {
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), new NoDialogs(),
                prefs, () -> onScreen, Optional::empty);
        model.formatProperty().set(format);
        model.widthProperty().set("3.25");
        model.heightProperty().set("2.6");
        model.dpiProperty().set("300");
        model.themeProperty().set("paper");
        Path file = dir.resolve(name);
        model.pathProperty().set(file.toString());
        assertThat(model.export()).as(model.errorProperty().get()).isTrue();
        return file;
    }

    private Path plot(Path file, String name) {
        Path out = dir.resolve(name);
        StringWriter err = new StringWriter();
        int code = ScalingWorkbenchCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("plot",
                file.toString(), "--law", "plc", "--holdout", "x>" + CUT_OFF, "--bootstrap", "40", "--seed", "7", "-o",
                out.toString(), "--width", "3.25in", "--height", "2.6in", "--dpi", "300", "--theme", "paper");
        assertThat(code).as(err.toString()).isZero();
        return out;
    }

    @Test
    void svgOfABootstrappedFitHasTheBandAndTheResidualPanelAsPlotWritesIt() throws IOException {
        Path file = sweep();
        String exported = Files.readString(export(chart(file, 40), ExportFormat.SVG, "export.svg"));
        assertThat(exported).contains("fill-opacity:0.18", ">ln(y / fit)<", ">held out<", ">cut-off<");
        assertThat(exported).isEqualTo(Files.readString(plot(file, "plot.svg")));
        String unbootstrapped = Files.readString(export(chart(file, 0), ExportFormat.SVG, "plain.svg"));
        assertThat(unbootstrapped).contains(">ln(y / fit)<").doesNotContain("fill-opacity:0.18");
    }

    @Test
    void pngOfABootstrappedFitIsPixelForPixelWhatPlotWrites() throws IOException {
        Path file = sweep();
        BufferedImage exported = ImageIO.read(export(chart(file, 40), ExportFormat.PNG, "export.png").toFile());
        BufferedImage plotted = ImageIO.read(plot(file, "plot.png").toFile());
        assertThat(exported.getWidth()).isEqualTo(plotted.getWidth()).isEqualTo(975);
        assertThat(exported.getHeight()).isEqualTo(plotted.getHeight());
        for (int y = 0; y < exported.getHeight(); y += 3) {
            for (int x = 0; x < exported.getWidth(); x += 3) {
                assertThat(exported.getRGB(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(plotted.getRGB(x, y));
            }
        }
    }
}
