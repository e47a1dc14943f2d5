package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain "x,y" table, as a quick export or a paper's digitised points come: its columns are
 * the scale and the target without naming them; and {@code report --format py} of a law that
 * could not be fitted on it is refused in one line, with no script written.
 */
class PlainTableAndUnfittableLawTest {

    @TempDir
    Path dir;

    /** y = 3 x^-0.25 at x = 1, 2, 4 (no noise). */
    private Path threePoints() throws IOException {
        StringBuilder s = new StringBuilder("x,y\n");
        for (double x : new double[] {1, 2, 4}) {
            s.append(String.format(Locale.ROOT, "%s,%.12f%n", x, 3 * Math.pow(x, -0.25)));
        }
        return Files.writeString(dir.resolve("plain.csv"), s.toString());
    }

    @Test
    void columnsNamedXAndYAreTheScaleAndTheTarget() throws IOException {
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("fit", threePoints().toString(), "--law", "pl", "--json")).as(run.err()).isZero();
        JsonNode alpha = new ObjectMapper().readTree(run.out()).get("laws").get(0).get("parameters").get(1);
        assertThat(alpha.get("name").asText()).isEqualTo("alpha");
        assertThat(alpha.get("value").asDouble()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aColumnNamedXCanBeNamedWithDashX() throws IOException {
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("fit", threePoints().toString(), "--x", "x", "--y", "y", "--law", "pl")).as(run.err()).isZero();
        assertThat(run.out()).contains("pl fit of y on x, 3 rows");
    }

    @Test
    void pythonScriptOfALawThatCouldNotBeFittedIsRefusedInOneLine() throws IOException {
        Path script = dir.resolve("bnsl1.py");
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("report", threePoints().toString(), "--law", "bnsl1", "--format", "py", "-o", script.toString()))
                .isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--format py: bnsl1 could not be fitted", "3 fitted points are too few for 6 parameters");
        assertThat(script).doesNotExist();
    }
}
