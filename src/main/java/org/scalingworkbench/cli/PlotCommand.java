package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.plot.SweepPlotting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.LawVariables;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;
import org.scalingworkbench.fit.Objective;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plot FILE --law ID -o fig.svg|pdf|png}: fits the request exactly as {@code fit} does (one
 * use case, {@code SweepFitting}) and writes the scaling plot with bands and residual panel,
 * headless, as the window's export draws it; a two-variable law gets one curve per group.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Fit laws and write the scaling plot (points, fitted curves, bands, hold-out, residuals) to PNG, SVG or PDF.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private Path file;

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

    @Option(names = "--group", description = "Colour the points by this column's values (default: the groups the window shows).")
    private String group;

    // ---- The request, as every fitting verb takes it (the lead swaps in the shared mixins) ----

    @Option(names = "--law", split = ",", description = "Law id(s), e.g. plc, bnsl1, chinchilla (comma-separated for several).")
    private List<String> laws = List.of();

    @Option(names = "--formula", description = "Your own law instead of --law, e.g. 'E + A/N^alpha + B/D^beta' (variables x, N, D, C; every other name is a parameter).")
    private String formula;

    @Option(names = "--start", description = "Starting value of a --formula parameter, e.g. --start alpha=0.3 (repeatable; others start at 1).")
    private Map<String, Double> starts = new LinkedHashMap<>();

    @Mixin
    private ObjectiveOptions objective;

    @Option(names = "--target-offset", defaultValue = "0",
            description = "Fit ln(y + c) instead of ln y (BNSL's reference code uses 1); scores stay on ln y (default: ${DEFAULT-VALUE}).")
    private double targetOffset;

    @Option(names = "--holdout", defaultValue = "none",
            description = "Rows not fitted, drawn hollow: none, top:K (largest K runs), x>VALUE (cut-off), column:NAME or runs:A,B (default: ${DEFAULT-VALUE}).")
    private String holdOut;

    @Option(names = "--bootstrap", defaultValue = "0", description = "Bootstrap resamples for 95%% intervals and bands (default: none).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--x", split = ",", description = "Column name or role symbol for each law variable, e.g. N,D (default: by role).")
    private List<String> variables = List.of();

    @Option(names = "--y", description = "Target column (default: the only metric column).")
    private String target;

    @Option(names = "--where", description = "Keep rows with COLUMN=VALUE (repeatable).")
    private Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--exclude-top-loss", defaultValue = "0", description = "Leave out the rows with the highest target (default: 0).")
    private int excludeTop;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = option("--output", () -> ExportFormat.of(output));
        FigureTheme figureTheme = option("--theme", () -> FigureTheme.named(theme));
        double widthPoints = option("--width", () -> FigureSize.points(width, dpi));
        double heightPoints = height == null ? 0.8 * widthPoints : option("--height", () -> FigureSize.points(height, dpi));
        FigureSize size = option("--dpi", () -> new FigureSize(widthPoints, heightPoints, dpi));
        SweepPlotting.PlotOutcome plotted = SweepPlotting.standard().plot(request(), group, TaskContext.none());
        String best = plotted.bestLaw().orElseThrow(() -> new IllegalArgumentException(plotted.failure()));
        Figure figure = new ScalingFigure(figureTheme).build(plotted.spec());
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

    /** The request the options describe, as {@code fit} and {@code compare} build it. */
    FitRequest request() {
        Objective chosen = objective.objective().withTargetOffset(targetOffset);
        List<LawSpec> specs = lawSpecs();
        List<String> lawVariables = LawResolver.builtIn().resolve(specs.get(0), chosen).law().variables();
        DataSelection data = DataSelection.of(List.of(file)).withWhere(where).withColumns(null, target)
                .withExcludeHighest(excludeTop);
        data = LawVariables.assign(data, lawVariables, variables);
        return new FitRequest(data, specs, chosen, HoldOutSplit.parse(holdOut), new Resampling(resamples, seed));
    }

    private List<LawSpec> lawSpecs() {
        if (laws.isEmpty() == (formula == null)) {
            throw new IllegalArgumentException("give either --law ID or --formula TEXT");
        }
        if (formula == null) {
            return laws.stream().map(LawSpec::builtIn).toList();
        }
        LawSpec law = LawSpec.formula(formula);
        for (Map.Entry<String, Double> s : starts.entrySet()) {
            law = law.withStart(s.getKey(), s.getValue());
        }
        return List.of(law);
    }
}
