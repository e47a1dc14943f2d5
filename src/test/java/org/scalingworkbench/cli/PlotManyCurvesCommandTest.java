package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plot} with a curve key and with small multiples. */
class PlotManyCurvesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    /** Two tasks × three models (file order 300, 20, 1000), loss = L∞ + A·step^−α per model, 10 steps each. */
    private Path sweep() throws IOException {
        StringBuilder csv = new StringBuilder("Task,Model,step,loss\n");
        double[][] models = {{300, 2.0, 3.0, 0.30}, {20, 2.5, 4.0, 0.45}, {1000, 1.8, 2.5, 0.25}};
        for (String task : new String[] {"b", "a"}) {
            for (double[] m : models) {
                for (int i = 0; i < 10; i++) {
                    double step = Math.pow(10, 1 + i / 3.0);
                    double shift = task.equals("a") ? 0 : 0.2;
                    csv.append(String.format(Locale.ROOT, "%s,%.0f,%.6e,%.8f%n", task, m[0], step,
                            m[1] + shift + m[2] * Math.pow(step, -m[3])));
                }
            }
        }
        Path file = dir.resolve("curves.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void aCurveKeyDrawsEveryCurveAndSaysHowManyWereFitted() throws IOException {
        Path svg = dir.resolve("curves.svg");
        int code = run("plot", sweep().toString(), "--law", "plc", "--x", "step", "--y", "loss", "--group-by", "Task,Model", "-o",
                svg.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("6 of 6 curves fitted");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Task = a, Model = 20").contains("Task = b, Model = 1000");
        assertThat(text.indexOf("Task = a, Model = 20")).as("ordered by value").isLessThan(text.indexOf("Task = a, Model = 300"));
    }

    @Test
    void facetDrawsAPanelPerValueInEveryFormat() throws IOException {
        Path file = sweep();
        for (String name : new String[] {"grid.svg", "grid.png", "grid.pdf"}) {
            Path target = dir.resolve(name);
            int code = run("plot", file.toString(), "--laws", "pl,plc", "--x", "step", "--y", "loss", "--group-by", "Model",
                    "--facet", "Task", "-o", target.toString());
            assertThat(code).as(err.toString()).isZero();
            assertThat(Files.size(target)).isGreaterThan(1000);
        }
        String text = Files.readString(dir.resolve("grid.svg"), StandardCharsets.UTF_8);
        assertThat(text).contains("Task = a").contains("Task = b").contains("Model = 20");
        assertThat(text.indexOf("Task = a")).isLessThan(text.indexOf("Task = b"));
    }

    @Test
    void groupWithACurveKeyIsRefusedInOneLine() throws IOException {
        int code = run("plot", sweep().toString(), "--law", "plc", "--x", "step", "--y", "loss", "--group-by", "Model", "--group",
                "Task", "-o", dir.resolve("x.png").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--group colours the points of one curve").doesNotContain("Exception");
    }
}
