package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.UnitFixtures;
import picocli.CommandLine;

/** {@code --role} and {@code --scale} on every verb, and inspect's unit, scale and reason per column. */
class ColumnOptionsCommandTest {

    private final CommandLineRun cli = new CommandLineRun();

    private static double parameter(String out, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " +(\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void kaplansLawOfComputeInPetaflopDaysIsFittedInFlopsUnlessTheScaleIsKept() {
        String file = UnitFixtures.kaplanCompute().toString();
        assertThat(cli.run("fit", file, "--law", "pl")).as(cli.err()).isZero();
        // L = (C / 2.3e8 PF-days)^-0.050 = a C^-0.05 with a = (2.3e8 * 8.64e19)^0.05 for C in FLOPs
        assertThat(parameter(cli.out(), "a")).isCloseTo(Math.pow(2.3e8 * 8.64e19, 0.05), org.assertj.core.api.Assertions.within(1e-3));
        CommandLineRun raw = new CommandLineRun();
        assertThat(raw.run("fit", file, "--law", "pl", "--scale", "Compute (PF-days)=1")).as(raw.err()).isZero();
        assertThat(parameter(raw.out(), "a")).isCloseTo(Math.pow(2.3e8, 0.05), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(parameter(raw.out(), "alpha")).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void ignoringTheComputeColumnOfATrackerExportFitsOnSixNdInstead() {
        String file = UnitFixtures.wandbIsoFlopRuns().toString();
        assertThat(cli.run("fit", file, "--law", "pl", "--x", "C")).as(cli.err()).isZero();
        double read = parameter(cli.out(), "a");
        CommandLineRun derived = new CommandLineRun();
        assertThat(derived.run("fit", file, "--law", "pl", "--x", "C", "--role", "throughput/total_gflops=ignore"))
                .as(derived.err()).isZero();
        assertThat(parameter(derived.out(), "a")).isNotCloseTo(read, org.assertj.core.api.Assertions.withinPercentage(0.1));
    }

    @Test
    void scaleTakesAUnitAndAWrongOneIsOneLineNamingTheOption() {
        String file = UnitFixtures.kaplanCompute().toString();
        assertThat(cli.run("fit", file, "--law", "pl", "--scale", "Compute (PF-days)=lots")).isEqualTo(1);
        assertThat(cli.run("fit", file, "--law", "pl", "--scale", "Compute=1e9")).isEqualTo(1);
        List<String> lines = cli.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("scaling-workbench fit: --scale Compute (PF-days)=lots: 'lots' is neither");
        assertThat(lines.get(1)).startsWith("scaling-workbench fit: --scale Compute: no column named \"Compute\" in kaplan-compute.csv");
    }

    @Test
    void inspectShowsRoleUnitScaleAndReasonPerColumn() {
        assertThat(cli.run("inspect", UnitFixtures.publishedModels().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("Model Size \\(B\\) +number +N +\\(B\\) +×1e9 +7 +1\\.6000e\\+08 +1\\.1850e\\+10"
                + " +named like the parameter count N; unit: header says \\(B\\): billions");
        assertThat(cli.out()).containsPattern("FLOPs \\(1E21\\) +number +C +\\(1E21\\) +×1e21 ");
        assertThat(cli.out()).containsPattern("ARC-C +number +metric .*offered as a metric");
        assertThat(cli.out()).contains("unit: column \"Pretraining Data Size (T)\" scaled by 1e12");
    }

    @Test
    void inspectTakesRoleAndScaleAndSaysWhenNoFileHasTheColumn() {
        assertThat(cli.run("inspect", UnitFixtures.publishedModels().toString(), "--scale", "Model Size (B)=1",
                "--role", "MMLU=ignore")).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("Model Size \\(B\\) +number +N +7 +0\\.16 +11\\.85 +named like the parameter"
                + " count N; unit: set by user");
        assertThat(cli.out()).containsPattern("MMLU +number +other .*set by user");
        assertThat(cli.run("inspect", UnitFixtures.publishedModels().toString(), "--role", "Params=N")).isEqualTo(1);
        assertThat(cli.err()).contains("no file has a column named \"Params\"");
    }

    @Test
    void everyVerbThatReadsFilesTakesRoleAndScaleInTheSameWords() {
        CommandLine root = ScalingWorkbenchCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        for (String option : List.of("--role", "--scale")) {
            List<String> wordings = List.of("inspect", "fit", "compare", "forecast", "frontier", "report", "plot").stream()
                    .map(v -> root.getSubcommands().get(v).getCommandSpec().findOption(option))
                    .map(o -> o == null ? "absent" : String.join(" ", o.description())).distinct().toList();
            assertThat(wordings).as(option).hasSize(1).doesNotContain("absent");
        }
    }
}
