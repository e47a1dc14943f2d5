package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.session.FileDigest;

/**
 * {@code report --format py} on every reader dialect: the script, run by python3 with numpy and
 * scipy, prints the workbench's parameters to 4 significant digits (the run is skipped, with a
 * message, where python3, numpy or scipy is missing); what it cannot reproduce is refused in one
 * line.
 */
class ReportPythonScriptTest {

    /** plc truth: Linf = 1.7, x0 = 3e7, alpha = 0.3. */
    private static final double[] PLC = {1.7, 3e7, 0.3};

    /** The script's first line: the workbench's objective and numpy's at the workbench's parameters. */
    private static final Pattern OBJECTIVES = Pattern.compile("\\(workbench (\\S+), here at its parameters (\\S+)\\)");

    @TempDir
    Path dir;

    /** 16 (params, loss) rows of plc at 10^6..10^10 with 1% log-normal noise (seed 5). */
    private static List<double[]> plcRows() {
        Random rng = new Random(5);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            double n = Math.pow(10, 6 + 4 * i / 15.0);
            rows.add(new double[] {n, (PLC[0] + Math.pow(PLC[1] / n, PLC[2])) * Math.exp(0.01 * rng.nextGaussian())});
        }
        return rows;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String lines(String format, List<double[]> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> s.append(String.format(Locale.ROOT, format, r[0], r[1])));
        return s.toString();
    }

    @Test
    void scriptOfAJsonArrayOfObjectsReproducesTheFit() throws Exception {
        String body = lines("{\"params\": %.8e, \"loss\": %.8f},", plcRows());
        Path file = write("runs.json", "[" + body.substring(0, body.length() - 1) + "]");
        assertScriptReproduces(file, "--law", "plc");
    }

    @Test
    void scriptOfAJsonObjectOfArraysReproducesTheFit() throws Exception {
        List<double[]> rows = plcRows();
        StringBuilder n = new StringBuilder();
        StringBuilder loss = new StringBuilder();
        rows.forEach(r -> {
            n.append(n.length() == 0 ? "" : ", ").append(r[0]);
            loss.append(loss.length() == 0 ? "" : ", ").append(r[1]);
        });
        Path file = write("columns.json", "{\"params\": [" + n + "], \"loss\": [" + loss + "]}");
        assertScriptReproduces(file, "--law", "plc", "--objective", "huber");
    }

    @Test
    void scriptOfJsonLinesReproducesTheFit() throws Exception {
        Path file = write("runs.jsonl", lines("{\"params\": %.8e, \"loss\": %.8f}%n", plcRows()));
        assertScriptReproduces(file, "--law", "m3");
    }

    @Test
    void scriptOfASemicolonCsvWithAByteOrderMarkReproducesTheFit() throws Exception {
        Path file = write("bom.csv", "\uFEFF# a comment line\nparams;loss\n" + lines("%.8e;%.8f%n", plcRows()));
        assertScriptReproduces(file, "--law", "plc", "--objective", "huber");
    }

    @Test
    void scriptOfLowercaseSuffixesAndPercentsReproducesTheFit() throws Exception {
        StringBuilder csv = new StringBuilder("model,params,error\n");
        for (double[] r : plcRows()) {
            double millions = Math.round(r[0] / 1e5) / 10.0;
            csv.append(String.format(Locale.ROOT, "m%.1f,%.1fm,%.3f%%%n", millions, millions, 10 * r[1]));
        }
        Path file = write("suffixes.csv", csv.toString());
        assertScriptReproduces(file, "--law", "plc", "--y", "error");
    }

    @Test
    void scriptOfChinchillaOnTokensDerivedFromComputeReproducesTheFit() throws Exception {
        Random rng = new Random(3);
        StringBuilder csv = new StringBuilder("params,flops,loss\n");
        for (double c : new double[] {1e18, 1e19, 1e20, 1e21}) {
            for (int k = 0; k < 6; k++) {
                double n = Math.pow(10, 7 + 0.4 * k + Math.log10(c / 1e18) / 2);
                double d = c / (6 * n);
                double loss = (1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28)) * Math.exp(0.005 * rng.nextGaussian());
                csv.append(String.format(Locale.ROOT, "%.6e,%.6e,%.6f%n", n, c, loss));
            }
        }
        Path file = write("isoflop.csv", csv.toString());
        String script = assertScriptReproduces(file, "--law", "chinchilla", "--objective", "huber");
        assertThat(script).contains("Fitted on: loss vs params, D");
    }

    @Test
    void scriptOfAHeldOutFitWithFixedAndBoundedParametersReproducesTheFit() throws Exception {
        Path file = write("plc.csv", "params,loss\n" + lines("%.8e,%.8f%n", plcRows()));
        String script = assertScriptReproduces(file, "--law", "plc", "--holdout", "top:4", "--fix", "Linf=1.7", "--bound",
                "alpha=0.1:0.5", "--objective", "lsq");
        assertThat(script).contains("FIXED = np.array([True, False, False])", "SHA-256 " + FileDigest.sha256(file));
        assertThat(script.lines().filter(l -> l.startsWith("    [")).count()).isEqualTo(12);
    }

    @Test
    void scriptOfTheReadmeChinchillaExampleReproducesTheEpochFit() throws Exception {
        Path file = Path.of(System.getProperty("shared.data.dir", "../shared/data"), "analyzing-chinchilla", "svg_extracted_data.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping the README's Chinchilla example");
        assertScriptReproduces(file, "--law", "chinchilla", "--y", "loss", "--objective", "huber", "--exclude-top-loss", "5");
    }

    @Test
    void formulaIsRefusedInOneLineAndNoScriptIsWritten() throws IOException {
        Path file = write("plc.csv", "params,loss\n" + lines("%.8e,%.8f%n", plcRows()));
        Path script = dir.resolve("formula.py");
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("report", file.toString(), "--formula", "L + (x0/x)^a", "--format", "py", "-o", script.toString()))
                .isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("--format py covers the built-in laws", "--format json");
        assertThat(script).doesNotExist();
    }

    @Test
    void severalCurvesAreRefusedInOneLineNamingTheWayToPickOne() throws IOException {
        Path file = TwoTasksCsv.write(dir);
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("report", file.toString(), "--law", "plc", "--group-by", "Task", "--format", "py")).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("one curve; this request fitted 2", "--where");
        assertThat(run.out()).isEmpty();
    }

    /**
     * Writes the JSON report and the script of {@code options} on {@code file}, runs the script and
     * asserts each printed parameter equals the workbench's to 4 significant digits; returns the script.
     */
    private String assertScriptReproduces(Path file, String... options) throws Exception {
        JsonNode fit = report(file, "json", options).get("laws").get(0);
        Path script = dir.resolve(file.getFileName() + ".py");
        List<String> args = new ArrayList<>(List.of("-o", script.toString()));
        args.addAll(List.of(options));
        report(file, "py", args.toArray(String[]::new));
        String text = Files.readString(script);
        Assumptions.assumeTrue(PythonRun.hasScipy(), "python3 with numpy and scipy is absent: skipping the run of " + script.getFileName());
        PythonRun.Result result = PythonRun.run(script.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        Matcher objective = OBJECTIVES.matcher(result.output());
        assertThat(objective.find()).as(result.output()).isTrue();
        double workbench = Double.parseDouble(objective.group(1));
        assertThat(Double.parseDouble(objective.group(2))).as("the objective numpy computes at the workbench's optimum")
                .isCloseTo(workbench, within(1e-7 * workbench));
        for (JsonNode p : fit.get("parameters")) {
            String name = p.get("name").asText();
            String line = result.output().lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
            double value = p.get("value").asDouble();
            assertThat(Double.parseDouble(line.trim().split("\\s+")[1])).as(name + " in\n" + result.output())
                    .isCloseTo(value, within(1e-4 * Math.abs(value) + 1e-12));
        }
        return text;
    }

    private static JsonNode report(Path file, String format, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", file.toString(), "--format", format));
        args.addAll(List.of(options));
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run(args.toArray(String[]::new))).as(run.err()).isZero();
        return format.equals("json") ? new ObjectMapper().readTree(run.out()) : null;
    }

    /** python3 as a child process. */
    static final class PythonRun {

        record Result(int exitCode, String output) { }

        private PythonRun() {
        }

        static boolean hasScipy() throws InterruptedException {
            return run("-c", "import numpy, scipy").exitCode() == 0;
        }

        static Result run(String... args) throws InterruptedException {
            List<String> command = new ArrayList<>(List.of("python3"));
            command.addAll(List.of(args));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, "python3 did not finish in 120 s");
                }
                return new Result(process.exitValue(), output);
            } catch (IOException e) {
                return new Result(-1, "python3 not found: " + e.getMessage());
            }
        }
    }
}
