package org.scalingworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scaling-workbench} command: one subcommand per use case. It never loads JavaFX, and
 * every failure the user can cause ends in a one-line message and a non-zero exit code.
 */
@Command(
        name = "scaling-workbench",
        mixinStandardHelpOptions = true,
        version = "Scaling Workbench 0.1.0",
        description = "Fit, compare and extrapolate neural scaling laws from sweep results.",
        subcommands = {
            CommandLine.HelpCommand.class,
            InspectCommand.class,
            FitCommand.class,
            CompareCommand.class,
            ForecastCommand.class,
            FrontierCommand.class,
            PlotCommand.class,
            GapCommand.class,
            ReportCommand.class,
            SimulateCommand.class,
            BenchCommand.class,
        })
public final class ScalingWorkbenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with the project's error handling, for {@link #main} and tests; what
     * it prints to {@code out} and {@code err} has its control characters made visible.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ScalingWorkbenchCommand());
        cl.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        cl.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler(new OneLineErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(commandLine(out, err), args));
    }

    /**
     * Runs {@code cl}; running out of heap ends in one line that says how much there was and how to
     * give more, not in a stack trace.
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mib = Runtime.getRuntime().maxMemory() >> 20;
            cl.getErr().println("scaling-workbench: out of memory (the Java heap may use at most " + mib
                    + " MiB); give it more with SCALING_WORKBENCH_JAVA_OPTS=-Xmx" + Math.max(2, 2 * mib / 1024 + 1) + "g");
            return 1;
        }
    }
}
