package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.PlotBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench plot}: prints {@link PlotBench}'s redraws of an N-point scaling plot into a
 * 1600×1000 image after zooms: median, p90 and maximum wall time and median thread CPU time.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Time redraws of a 1,000,000-point scaling plot at 1600x1000 after zooms (target <= 33 ms).")
final class BenchPlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--points", defaultValue = "1000000", description = "points (default ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--redraws", defaultValue = "30", description = "timed redraws (default ${DEFAULT-VALUE})")
    private int redraws;

    @Option(names = "--residuals", description = "also draw the residual panel (twice the points)")
    private boolean residuals;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlotBench.Result r = PlotBench.run(points, redraws, residuals);
        out.printf("built a figure of %,d points in %.0f ms%n", points, r.buildSeconds() * 1e3);
        double[] wall = r.redraws().wall();
        double[] cpu = r.redraws().cpu();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf("redraw after zoom, 1600x1000: wall median %.1f ms, p90 %.1f ms, max %.1f ms; thread CPU median %.1f ms"
                + " (%d redraws; target <= 33 ms)%n", wall[redraws / 2] * 1e3, wall[(int) (redraws * 0.9)] * 1e3,
                wall[redraws - 1] * 1e3, cpu[redraws / 2] * 1e3, redraws);
        out.println(Machine.describe());
        out.flush();
        return 0;
    }
}
