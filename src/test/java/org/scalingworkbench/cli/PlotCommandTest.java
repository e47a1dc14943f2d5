package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.plot.SweepPlotting;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import picocli.CommandLine;

class PlotCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    /** 16 runs of loss = 1.7 + (3e7/N)^0.3 at N = 10^6..10^10, noiseless. */
    private Path sweep() throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 16; i++) {
            double n = Math.pow(10, 6 + 4 * i / 15.0);
            csv.append(String.format(Locale.ROOT, "%.6e,%.8f%n", n, 1.7 + Math.pow(3e7 / n, 0.3)));
        }
        Path file = dir.resolve("sweep.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void writesAPngOfTheRequestedPixelSizeWithTheFittedLawInTheMessage() throws IOException {
        Path png = dir.resolve("fig.png");
        int code = run("plot", sweep().toString(), "--law", "plc", "--holdout", "top:3", "-o", png.toString(),
                "--width", "800px", "--height", "500px", "--dpi", "100");
        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(out.toString()).contains("plc: L∞ = 1.7, α = 0.3");
    }

    @Test
    void aSideBeyondFortyInchesIsRefusedNamingWidthAndLeavesNoFile() throws IOException {
        Path png = dir.resolve("huge.png");
        int code = run("plot", sweep().toString(), "--law", "plc", "-o", png.toString(), "--width", "300in", "--dpi", "300");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).endsWith("--width: a side must be more than 0 and at most 40 in, got 300.0 in")
                .doesNotContain("\n");
        assertThat(png).doesNotExist();
    }

    @Test
    void aPngPastThePixelLimitIsRefusedBeforeDrawingAndAnOlderFileIsKept() throws IOException {
        Path png = dir.resolve("big.png");
        Files.writeString(png, "older");
        int code = run("plot", sweep().toString(), "--law", "plc", "-o", png.toString(), "--width", "30in", "--dpi", "1200");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--width, --height and --dpi: a PNG of 36000 × 28800 px is outside the limits");
        assertThat(Files.readString(png)).isEqualTo("older");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aResolutionPastTwelveHundredDpiIsRefusedNamingDpi() throws IOException {
        Path svg = dir.resolve("fig.svg");
        assertThat(run("plot", sweep().toString(), "--law", "plc", "-o", svg.toString(), "--dpi", "1e9")).isEqualTo(1);
        assertThat(err.toString()).contains("--dpi: resolution must be more than 0 and at most 1200 dpi");
        assertThat(svg).doesNotExist();
    }

    @Test
    void svgMarksHeldOutRunsAndTheCutOff() throws IOException {
        Path svg = dir.resolve("fig.svg");
        assertThat(run("plot", sweep().toString(), "--law", "plc", "--holdout", "x>1e9", "-o", svg.toString(),
                "--theme", "dark")).isZero();
        assertThat(Files.readString(svg)).contains(">held out<", ">cut-off<", ">params<", ">loss<");
    }

    @Test
    void twoVariableLawGetsOneCurvePerComputeBudget() throws IOException {
        StringBuilder csv = new StringBuilder("params,tokens,flops,loss\n");
        for (double c : new double[] {1e19, 1e20, 1e21}) {
            for (int k = 0; k < 7; k++) {
                double n = Math.sqrt(c / 120) * Math.pow(10, (k - 3) * 0.25);
                double d = c / (6 * n);
                csv.append(String.format(Locale.ROOT, "%.6e,%.6e,%.1e,%.8f%n", n, d, c,
                        1.8 + 400 * Math.pow(n, -0.34) + 2000 * Math.pow(d, -0.36)));
            }
        }
        Path file = dir.resolve("isoflop.csv");
        Files.writeString(file, csv);
        Path svg = dir.resolve("iso.svg");
        assertThat(run("plot", file.toString(), "--law", "chinchilla", "-o", svg.toString())).as(err.toString()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains(">flops = 1e19<", ">flops = 1e20<", ">flops = 1e21<", ">params<");
        assertThat(out.toString()).contains("chinchilla: E = 1.8, α = 0.34, β = 0.36");
    }

    @Test
    void groupColumnColoursThePointsByItsValues() throws IOException {
        StringBuilder csv = new StringBuilder("params,loss,seed\n");
        for (int i = 0; i < 12; i++) {
            double n = Math.pow(10, 6 + i / 3.0);
            csv.append(String.format(Locale.ROOT, "%.6e,%.8f,%d%n", n, 1.7 + Math.pow(3e7 / n, 0.3), 1500 * (i % 2 + 1)));
        }
        Path file = dir.resolve("seeds.csv");
        Files.writeString(file, csv);
        Path svg = dir.resolve("seeds.svg");
        assertThat(run("plot", file.toString(), "--law", "plc", "--group", "seed", "-o", svg.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(svg)).contains(">seed = 1500<", ">seed = 3000<");
    }

    @Test
    void rejectsAnUnknownHoldOutAndAFileWithoutAFigureExtension() throws IOException {
        Path file = sweep();
        assertThat(run("plot", file.toString(), "--law", "plc", "--holdout", "first:3", "-o", dir.resolve("a.svg").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("is not one of none, top:K, last:K, upto:F%, x>VALUE");
        assertThat(run("plot", file.toString(), "--law", "plc", "-o", dir.resolve("a.jpg").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("use a .png, .svg or .pdf name");
    }

    @Test
    void aLawThatCannotBeFittedIsOneLineAndExitCodeOneWithNoFigure() throws IOException {
        Path svg = dir.resolve("none.svg");
        assertThat(run("plot", sweep().toString(), "--law", "plc", "--holdout", "top:14", "-o", svg.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("plc could not be fitted").doesNotContain("\tat ");
        assertThat(svg).doesNotExist();
    }

    @Test
    void topKHoldsOutTheLargestRunsAsEveryVerbDoesAndDrawsTheCutOffBetween() throws IOException {
        Path svg = dir.resolve("top.svg");
        assertThat(run("plot", sweep().toString(), "--law", "plc", "--holdout", "top:2", "-o", svg.toString())).isZero();
        assertThat(Files.readString(svg)).contains(">held out<", ">cut-off<", ">ln(y / fit)<");
    }

    /** The sweep of {@link #sweep()} with three mid-sized runs' losses raised 5%: outliers Huber treats unlike least squares. */
    private Path sweepWithOutliers() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sweep()));
        for (int i : new int[] {8, 10, 12}) {
            String[] f = lines.get(i).split(",");
            lines.set(i, f[0] + "," + String.format(Locale.ROOT, "%.8f", 1.05 * Double.parseDouble(f[1])));
        }
        Path file = dir.resolve("outliers.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void plotDrawsTheCurveFitReportsForTheSameObjectiveAndExclusions() throws Exception {
        Path file = sweepWithOutliers();
        String[] choices = {"--law", "plc", "--objective", "huber", "--delta", "1e-3", "--exclude-top-loss", "5"};
        assertThat(run(concat(new String[] {"fit", file.toString(), "--json"}, choices))).as(err.toString()).isZero();
        JsonNode parameters = new ObjectMapper().readTree(out.toString()).get("laws").get(0).get("parameters");
        double[] reported = new double[parameters.size()];
        for (int j = 0; j < reported.length; j++) {
            reported[j] = parameters.get(j).get("value").asDouble();
        }
        PlotCommand plot = new PlotCommand();
        new CommandLine(plot).parseArgs(concat(new String[] {file.toString(), "-o", dir.resolve("p.svg").toString()}, choices));
        SweepPlotting.PlotOutcome drawn = SweepPlotting.standard().plot(plot.request(), null, TaskContext.none());
        assertThat(drawn.fit().board().best().orElseThrow().fit().values()).containsExactly(reported, within(1e-9));
        ScalingLaw plc = LawCatalog.builtIn().get("plc");
        for (double n : new double[] {1e6, 1e8, 1e10}) {
            assertThat(drawn.spec().curves().get(0).value().applyAsDouble(n)).isCloseTo(plc.value(new double[] {n}, reported),
                    within(1e-9));
        }
        assertThat(drawn.spec().points()).anyMatch(s -> s.state() == PointState.EXCLUDED && s.size() == 5);
    }

    @Test
    void onEpochsChinchillaDataPlotDrawsTheHuberFitThatFitReports() throws Exception {
        Path file = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "analyzing-chinchilla/svg_extracted_data.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "shared data " + file + " absent: skipping");
        String[] choices = {"--law", "chinchilla", "--objective", "huber", "--delta", "1e-3", "--exclude-top-loss", "5"};
        assertThat(run(concat(new String[] {"fit", file.toString(), "--json"}, choices))).as(err.toString()).isZero();
        JsonNode parameters = new ObjectMapper().readTree(out.toString()).get("laws").get(0).get("parameters");
        PlotCommand plot = new PlotCommand();
        new CommandLine(plot).parseArgs(concat(new String[] {file.toString(), "-o", dir.resolve("e.svg").toString()}, choices));
        SweepPlotting.PlotOutcome drawn = SweepPlotting.standard().plot(plot.request(), null, TaskContext.none());
        double[] values = drawn.fit().board().best().orElseThrow().fit().values();
        for (int j = 0; j < values.length; j++) {
            assertThat(values[j]).as(parameters.get(j).get("name").asText()).isCloseTo(parameters.get(j).get("value").asDouble(),
                    within(1e-9 * Math.abs(values[j])));
        }
        double alpha = values[3];
        double beta = values[4];
        assertThat(beta / (alpha + beta)).as("a = β/(α+β), Besiroglu et al.'s 0.514").isCloseTo(0.514, within(0.001));
    }

    @Test
    void everyRequestOptionOfFitIsOneOfPlotsInTheSameWords() {
        CommandLine root = ScalingWorkbenchCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.Model.CommandSpec fit = root.getSubcommands().get("fit").getCommandSpec();
        CommandLine.Model.CommandSpec plot = root.getSubcommands().get("plot").getCommandSpec();
        for (CommandLine.Model.OptionSpec option : fit.options()) {
            if (!option.longestName().equals("--json")) {
                CommandLine.Model.OptionSpec same = plot.findOption(option.longestName());
                assertThat(same).as(option.longestName()).isNotNull();
                assertThat(same.description()).as(option.longestName()).isEqualTo(option.description());
                assertThat(same.defaultValue()).as(option.longestName()).isEqualTo(option.defaultValue());
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
