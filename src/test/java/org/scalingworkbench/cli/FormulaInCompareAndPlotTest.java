package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.plot.SweepPlotting;
import org.scalingworkbench.figure.CurveSpec;
import picocli.CommandLine;

/**
 * A sigmoid in ln C typed as a formula is ranked beside the built-in laws by {@code compare} and
 * drawn by {@code plot}: accuracy = 0.25 + (hi − 0.25)/(1 + exp(−k·(ln C − m))) with hi = 0.85,
 * k = 1.2 and m = ln 1e21, at 30 compute budgets from 1e18 to 1e24 FLOPs, noiseless. The built-in
 * laws fall with scale and cannot follow a rising score.
 */
class FormulaInCompareAndPlotTest {

    private static final String SIGMOID = "0.25+(hi-0.25)/(1+exp(-k*(ln(C)-m)))";
    private static final double HI = 0.85;
    private static final double K = 1.2;
    private static final double M = Math.log(1e21);

    @TempDir
    Path dir;

    private Path scores() throws IOException {
        StringBuilder csv = new StringBuilder("flops,accuracy\n");
        for (int i = 0; i < 30; i++) {
            double c = Math.pow(10, 18 + 6 * i / 29.0);
            csv.append(String.format(Locale.ROOT, "%.8e,%.10f%n", c, 0.25 + (HI - 0.25) / (1 + Math.exp(-K * (Math.log(c) - M)))));
        }
        return Files.writeString(dir.resolve("scores.csv"), csv.toString());
    }

    private static String[] args(String verb, Path file, String... more) {
        String[] base = {verb, file.toString(), "--x", "flops", "--y", "accuracy", "--formula", SIGMOID, "--laws", "pl,plc",
            "--start", "hi=0.8", "--start", "k=1", "--start", "m=45"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void compareRanksTheTypedSigmoidFirstWithTheParametersItWasDrawnFrom() throws IOException {
        CommandLineRun run = new CommandLineRun();
        int code = run.run(args("compare", scores(), "--holdout", "last:5", "--json"));
        assertThat(code).as(run.err()).isZero();
        JsonNode board = new ObjectMapper().readTree(run.out()).get("leaderboards").get(0);
        JsonNode first = board.get("entries").get(0);
        assertThat(first.get("law").asText()).isEqualTo("custom");
        assertThat(first.get("status").asText()).isIn("OK", "WARNINGS");
        assertThat(first.get("heldOut").get("rmsle").asDouble()).isLessThan(1e-6);
        assertThat(first.get("parameters").get("hi").asDouble()).isCloseTo(HI, within(1e-6));
        assertThat(first.get("parameters").get("k").asDouble()).isCloseTo(K, within(1e-5));
        assertThat(first.get("parameters").get("m").asDouble()).isCloseTo(M, within(1e-5));
        assertThat(board.get("entries")).extracting(e -> e.get("law").asText()).containsExactlyInAnyOrder("custom", "pl", "plc");
    }

    @Test
    void plotDrawsTheTypedSigmoidAsTheBestLaw() throws IOException {
        Path png = dir.resolve("sigmoid.png");
        CommandLineRun run = new CommandLineRun();
        int code = run.run(args("plot", scores(), "--holdout", "last:5", "-o", png.toString(), "--width", "600px", "--dpi", "100"));
        assertThat(code).as(run.err()).isZero();
        assertThat(run.out()).endsWith("): custom\n");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(600);
    }

    @Test
    void plotsSpecCarriesTheSigmoidsCurveThroughTheDataItWasDrawnFrom() throws IOException {
        PlotCommand command = new PlotCommand();
        String[] all = args("plot", scores(), "-o", dir.resolve("x.png").toString());
        new CommandLine(command).parseArgs(java.util.Arrays.copyOfRange(all, 1, all.length));
        SweepPlotting.PlotOutcome plotted = SweepPlotting.standard().plot(command.request(), null, TaskContext.none());
        CurveSpec sigmoid = plotted.spec().curves().stream().filter(c -> c.label().startsWith("custom")).findFirst().orElseThrow();
        double c = 1e21;
        assertThat(sigmoid.value().applyAsDouble(c)).isCloseTo(0.25 + (HI - 0.25) / 2, within(1e-6));
    }
}
