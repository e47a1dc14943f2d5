package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.plot.SweepPlotting;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plot FILE --law ID -o fig.svg|pdf|png}: fits the request exactly as {@code fit} does (one
 * use case, {@code SweepFitting}) and writes the scaling plot with bands and residual panel,
 * headless, as the window's export draws it; a two-variable law gets one curve per group. With a
 * curve key ({@code --group-by}) every curve is drawn with its own fit in its own colour, and with
 * {@code --facet COLUMN} as a grid of panels, one per value.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Fit laws and write the scaling plot (points, fitted curves, bands, hold-out, residuals) to PNG, SVG or PDF.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    // ---- The figure: plot's own options ----

    @Option(names = {"-o", "--output"}, required = true, description = "Output file: .png, .svg or .pdf.")
    private Path output;

    @Option(names = "--width", defaultValue = "3.25in", description = "Width: 3.25in, 6.75in, 800px, 8cm (default: ${DEFAULT-VALUE}).")
    private String width;

    @Option(names = "--height", description = "Height (default: 0.8 × width).")
    private String height;

    @Option(names = "--dpi", defaultValue = "300", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    private double dpi;

    @Option(names = "--theme", defaultValue = "paper", description = "paper or dark (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--group", description = "Colour the points of one curve by this column's values (default: the groups the window shows).")
    private String group;

    @Option(names = "--facet", paramLabel = "COLUMN",
            description = "Small multiples: a panel per value of this column (each fitted on its own), shared axes, one legend.")
    private String facet;

    // ---- The request, as every fitting verb takes it ----

    @Mixin
    private FittingOptions options;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = option("--output", () -> ExportFormat.of(output));
        FigureTheme figureTheme = option("--theme", () -> FigureTheme.named(theme));
        option("--dpi", () -> FigureSize.resolution(dpi));
        double widthPoints = option("--width", () -> FigureSize.side(FigureSize.points(width, dpi)));
        double heightPoints = option(height == null ? "--width" : "--height",
                () -> FigureSize.side(height == null ? 0.8 * widthPoints : FigureSize.points(height, dpi)));
        FigureSize size = new FigureSize(widthPoints, heightPoints, dpi);
        if (format == ExportFormat.PNG) {
            option("--width, --height and --dpi", size::checkRaster);
        }
        SweepPlotting.PlotOutcome plotted = SweepPlotting.standard().plot(request(), group, facet, TaskContext.none());
        String best = plotted.bestLaw().orElseThrow(() -> new IllegalArgumentException(plotted.failure()));
        ScalingFigure builder = new ScalingFigure(figureTheme);
        Figure figure = plotted.facets() != null ? builder.build(plotted.facets()) : builder.build(plotted.spec());
        new FigureExporter().write(figure, size, output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote %s (%.2f × %.2f in%s): %s%n", output, widthPoints / 72, heightPoints / 72,
                format == ExportFormat.PNG ? String.format(", %d × %d px at %.0f dpi", size.widthPixels(), size.heightPixels(), dpi)
                        : "", best);
        out.flush();
        return 0;
    }

    /** The value {@code read} makes of a figure option, its error message prefixed with the option's name. */
    private static <T> T option(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The request the options describe, as {@code fit} builds it. */
    FitRequest request() {
        FitRequest request = options.requestWithLaw();
        return request;
    }
}
