package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.gap.GapPlots;
import org.scalingworkbench.app.gap.GapReport;
import org.scalingworkbench.app.gap.GapRequest;
import org.scalingworkbench.app.gap.SweepGap;
import org.scalingworkbench.app.gap.TokensPerExample;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.GapFigure;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gap A.csv B.csv}, {@code gap FILE --series condition=uncaptioned,captioned} or
 * {@code gap FILE --metrics loss_text,loss_image}: the information gap of Henighan et al. 2020
 * through {@link SweepGap}, printed as a table or JSON, and with {@code -o} the figure (both
 * losses with their fits over the gap with its law).
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "The loss gap between two series of the same models (the information the second condition adds),"
                + " its law, nats and bits per token and per example, and where it stops growing."
                + " Series law: --law (default: plc); gap law: --gap-law (default: pl-free, y = a*x^b).")
final class GapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--series", paramLabel = "COLUMN=A,B",
            description = "The two series are the rows where COLUMN is A and where it is B.")
    private String series;

    @Option(names = "--metrics", split = ",", paramLabel = "A,B", description = "The two series are the metric columns A and B.")
    private List<String> metrics;

    @Option(names = "--gap-law", paramLabel = "ID", defaultValue = "pl-free",
            description = "Law fitted to the gap against the scale, any law id (default: ${DEFAULT-VALUE}).")
    private String gapLaw;

    @ArgGroup(exclusive = true)
    private Tokens tokens;

    /** Tokens per example, given or read. */
    static final class Tokens {
        @Option(names = "--tokens-per-example", paramLabel = "K", description = "Tokens per example, for the per-example figures.")
        double count = Double.NaN;

        @Option(names = "--tokens-column", paramLabel = "COLUMN", description = "Column holding tokens per example (one value).")
        String column;
    }

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Option(names = {"-o", "--output"}, description = "Also write the figure: .png, .svg or .pdf.")
    private Path output;

    @Option(names = "--width", defaultValue = "3.25in", description = "Figure width (default: ${DEFAULT-VALUE}).")
    private String width;

    @Option(names = "--height", description = "Figure height (default: 1.1 × width).")
    private String height;

    @Option(names = "--dpi", defaultValue = "300", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    private double dpi;

    @Option(names = "--theme", defaultValue = "paper", description = "paper or dark (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Mixin
    private FittingOptions options;

    @Override
    public Integer call() throws IOException {
        FigureSize size = output == null ? null : figureSize();
        GapRequest request = request();
        GapReport report = SweepGap.standard().run(request, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        FitRequest first = request.first().request();
        int resamples = first.bootstrap().isRequested() ? first.bootstrap().resamples() : SweepGap.DEFAULT_RESAMPLES;
        if (json) {
            out.println(new GapJson().write(report));
        } else {
            new GapTable().print(out, report, resamples, first.bootstrap().seed());
        }
        if (output != null) {
            new FigureExporter().write(new GapFigure(FigureTheme.named(theme)).build(GapPlots.of(report)), size, output);
            if (!json) {
                out.printf("wrote %s%n", output);
            }
        }
        out.flush();
        return 0;
    }

    /** The request the options describe. */
    GapRequest request() {
        FitRequest base = options.request(List.of("plc"));
        GapRequest r = series(base).withGapLaw(LawSpec.builtIn(gapLaw));
        if (tokens != null) {
            r = r.withTokens(tokens.column != null ? TokensPerExample.fromColumn(tokens.column) : TokensPerExample.given(tokens.count));
        }
        return r;
    }

    private GapRequest series(FitRequest base) {
        if (series != null && metrics != null) {
            throw new IllegalArgumentException("give --series or --metrics, not both");
        }
        if (series != null) {
            String[] kv = series.split("=", 2);
            String[] values = kv.length == 2 ? kv[1].split(",", -1) : new String[0];
            if (values.length != 2 || kv[0].isBlank() || values[0].isBlank() || values[1].isBlank()) {
                throw new IllegalArgumentException("--series: expected COLUMN=A,B (two values), got '" + series + "'");
            }
            return GapRequest.twoValues(base, kv[0].strip(), values[0].strip(), values[1].strip());
        }
        if (metrics != null) {
            if (metrics.size() != 2) {
                throw new IllegalArgumentException("--metrics: expected two columns A,B, got " + metrics);
            }
            return GapRequest.twoMetrics(base, metrics.get(0), metrics.get(1));
        }
        List<Path> files = options.files();
        if (files.size() != 2) {
            throw new IllegalArgumentException("give two files (one per series), or one with --series COLUMN=A,B or --metrics A,B;"
                    + " got " + files.size() + " file" + (files.size() == 1 ? "" : "s"));
        }
        return GapRequest.twoFiles(base, files.get(0), files.get(1));
    }

    private FigureSize figureSize() {
        ExportFormat format = option("--output", () -> ExportFormat.of(output));
        option("--theme", () -> FigureTheme.named(theme));
        option("--dpi", () -> FigureSize.resolution(dpi));
        double w = option("--width", () -> FigureSize.side(FigureSize.points(width, dpi)));
        double h = option(height == null ? "--width" : "--height",
                () -> FigureSize.side(height == null ? 1.1 * w : FigureSize.points(height, dpi)));
        FigureSize size = new FigureSize(w, h, dpi);
        if (format == ExportFormat.PNG) {
            option("--width, --height and --dpi", size::checkRaster);
        }
        return size;
    }

    private static <T> T option(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
