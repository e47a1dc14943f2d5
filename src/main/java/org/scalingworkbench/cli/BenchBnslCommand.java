package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.BnslBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.Timings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench bnsl}: prints {@link BnslBench}'s 1-break BNSL fits of Caballero et al.'s reference
 * repository: wall and process CPU time per fit, the held-out RMSLE (plain ln) and the fitted c1
 * and d1, for the reference objective (least squares on ln(y + 1)) and the default one (on ln y).
 */
@Command(name = "bnsl", mixinStandardHelpOptions = true,
        description = "Time 1-break BNSL fits of the reference repository's two examples.")
final class BenchBnslCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", description = "the shared data folder (default: ../shared/data)")
    private Path dataDir = Path.of(System.getProperty("shared.data.dir", "../shared/data"));

    @Option(names = "--repeats", defaultValue = "10", description = "timed fits per case (default ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed fits first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--no-simulation", description = "skip the noiseless simulation (390 points, a few seconds per fit)")
    private boolean noSimulation;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Machine.describe());
        for (BnslBench.Case c : new BnslBench(warmup, repeats).run(dataDir, !noSimulation)) {
            Timings t = c.timings();
            out.printf("%s: %d starts, median wall %.4f s, best wall %.4f s, median CPU %.4f s per fit;"
                    + " held-out RMSLE %.6g, train RMSLE %.3g, c1 = %.4f, d1 = %.2f%n", c.label(), c.fit().starts(),
                    t.medianWall(), t.bestWall(), t.medianCpu(), c.heldOutRmsle(), c.trainRmsle(),
                    c.fit().value("c1"), c.fit().value("d1"));
        }
        out.flush();
        return 0;
    }
}
