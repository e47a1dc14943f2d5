package org.scalingworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench}: the speed and memory cases of DESIGN.md section 7, one subcommand each; the
 * measuring is in {@code app.bench}, the subcommands parse options and print. Figures are printed
 * with the machine (cores, max heap, JVM) so they can be quoted in notes.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure speed and memory on generated and published sweeps.",
        subcommands = {BenchImportCommand.class, FitBenchCommand.class, BenchFormulaCommand.class,
            BenchBnslCommand.class, BenchCompareCommand.class, BenchFrontierCommand.class,
            BenchPlotCommand.class, BenchCurvesCommand.class, BenchSizeCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
