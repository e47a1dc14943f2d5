package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.simulate.IsoFlopSweepSimulator;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The options every verb shares: one wording in --help, one meaning, one-line errors naming the option. */
class SharedOptionsTest {

    private static final List<String> VERBS = List.of("fit", "compare", "forecast", "frontier", "report");
    private static final List<String> SHARED = List.of("--x", "--y", "--where", "--role", "--group-by", "--run",
            "--exclude-top-loss", "--law", "--laws", "--formula", "--start", "--bound", "--fix", "--objective", "--delta",
            "--target-offset", "--holdout");

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private Path twoTasks() throws IOException {
        return TwoTasksCsv.write(dir);
    }

    @Test
    void everyVerbDescribesEachSharedOptionInTheSameWords() {
        CommandLine root = ScalingWorkbenchCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String option : SHARED) {
            List<String> wordings = VERBS.stream().map(v -> root.getSubcommands().get(v).getCommandSpec().findOption(option))
                    .map(o -> o == null ? "absent" : String.join(" ", o.description()) + " " + o.paramLabel()).distinct().toList();
            assertThat(wordings).as(option).hasSize(1).doesNotContain("absent");
        }
        for (String verb : List.of("fit", "forecast", "frontier", "report")) {
            OptionSpec seed = root.getSubcommands().get(verb).getCommandSpec().findOption("--seed");
            assertThat(seed.defaultValue()).as(verb).isEqualTo("42");
        }
        String help = root.getSubcommands().get("compare").getUsageMessage();
        assertThat(help).contains("--where=COLUMN=VALUE", "Keep only rows whose COLUMN has VALUE");
    }

    @Test
    void whereAndFixMeanTheSameOnFitCompareForecastAndReport() throws IOException {
        Path file = twoTasks();
        String[] shared = {"--where", "Task=b", "--fix", "Linf=2.5"};
        assertThat(cli.run(args(List.of("fit", file.toString(), "--law", "plc"), shared))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("16 of 32 rows match Task = b").containsPattern("Linf +2\\.50000 +fixed");
        assertThat(cli.run(args(List.of("compare", file.toString(), "--laws", "pl,plc", "--holdout", "top:4"), shared))).isZero();
        assertThat(cli.out()).contains("12 fitted, 4 held out").containsPattern("1  plc +3 +[0-9.e-]+");
        assertThat(cli.run(args(List.of("forecast", file.toString(), "--law", "plc", "--target-reducible", "0.01"), shared)))
                .as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("irreducible loss Linf \\(nats\\): +2.5000\n");
        StringWriter json = new StringWriter();
        assertThat(ScalingWorkbenchCommand.commandLine(new PrintWriter(json), new PrintWriter(new StringWriter()))
                .execute(args(List.of("report", file.toString(), "--law", "plc", "--format", "json"), shared))).isZero();
        JsonNode law = new ObjectMapper().readTree(json.toString()).get("laws").get(0);
        assertThat(law.get("parameters").get(0).get("fixed").asBoolean()).isTrue();
        assertThat(law.get("parameters").get(2).get("value").asDouble()).isCloseTo(0.3, within(1e-6));
    }

    @Test
    void formulaIsAcceptedByEveryVerbThatFitsALawOfOneVariable() throws IOException {
        Path file = twoTasks();
        String[] formula = {"--where", "Task=a", "--formula", "L + (k/x)^p", "--start", "L=1", "--start", "k=1e5", "--start", "p=0.3"};
        assertThat(cli.run(args(List.of("fit", file.toString()), formula))).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("p +0\\.300000 ");
        assertThat(cli.run(args(List.of("compare", file.toString(), "--laws", "pl", "--holdout", "top:3"), formula))).isZero();
        assertThat(cli.out()).containsPattern("1  custom +3 ");
        assertThat(cli.run(args(List.of("forecast", file.toString(), "--target-loss", "1.6"), formula))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("custom fit of loss on tokens, 16 rows");
    }

    @Test
    void frontierTakesTheSameWhereFixAndObjectiveOptions() throws IOException {
        double[] law = {1.8172, 477.8, 2143, 0.3473, 0.3672};
        Path file = dir.resolve("iso.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            new IsoFlopSweepSimulator(new ChinchillaLaw(), law).simulate(IsoFlopSweepSimulator.Design.chinchillaLike(3),
                    List.of("test")).writeCsv(w);
        }
        assertThat(cli.run("frontier", file.toString(), "--approach", "parametric", "--fix", "alpha=0.3473",
                "--fix", "beta=0.3672", "--objective", "huber", "--exclude-top-loss", "2")).as(cli.err()).isZero();
        // with both exponents fixed at the law's, a = beta / (alpha + beta) exactly
        assertThat(cli.out()).contains("parametric  0.5139 ", "2 rows with the highest loss left out");
        assertThat(cli.run("frontier", file.toString(), "--approach", "parametric", "--formula", "E + A/N^a")).isEqualTo(1);
        assertThat(cli.err()).contains("the parametric frontier needs one law with a closed-form frontier");
    }

    @Test
    void badBoundFixOrRoleIsOneLineNamingTheOption() throws IOException {
        Path file = twoTasks();
        assertThat(cli.run("fit", file.toString(), "--law", "plc", "--bound", "alpha=1:0")).isEqualTo(1);
        assertThat(cli.run("fit", file.toString(), "--law", "plc", "--fix", "gamma=1")).isEqualTo(1);
        assertThat(cli.run("compare", file.toString(), "--holdout", "top:2", "--fix", "Linf=abc")).isEqualTo(1);
        assertThat(cli.run("forecast", file.toString(), "--target-loss", "2", "--role", "Task=size")).isEqualTo(1);
        List<String> lines = cli.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("scaling-workbench fit: --bound alpha=1:0: bounds 1.0:0.0 are not a range");
        assertThat(lines.get(1)).startsWith("scaling-workbench fit: --fix gamma=1: fixed value for gamma: no law [plc]");
        assertThat(lines.get(2)).isEqualTo("scaling-workbench compare: --fix Linf=abc: 'abc' is not a number");
        assertThat(lines.get(3)).startsWith("scaling-workbench forecast: --role Task=size: 'size' is not one of [N, D, C,");
    }

    @Test
    void fixOfSeveralLawsAppliesToEachLawWithTheParameter() throws IOException {
        assertThat(cli.run("fit", twoTasks().toString(), "--laws", "pl,plc", "--where", "Task=a", "--fix", "alpha=0.3"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("(?s)pl fit.*alpha +0\\.300000 +fixed.*plc fit.*alpha +0\\.300000 +fixed");
    }

    private static String[] args(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
