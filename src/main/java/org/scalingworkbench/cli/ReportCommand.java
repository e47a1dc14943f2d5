package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.report.PythonFitScript;
import org.scalingworkbench.app.report.ReportFormat;
import org.scalingworkbench.app.report.ScalingReport;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report FILE --law ID --format md|tex|json|py}: fits laws through {@link SweepFitting} and
 * writes the {@link ScalingReport} of each curve as Markdown, LaTeX (booktabs) or JSON (the
 * window's report writers; with {@code --group-by} one section per curve and the curves not fitted
 * with the reason), or a Python script ({@link PythonFitScript}) that reproduces the fit of the
 * first law to the one curve (several curves are refused, naming them).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Fit laws and write the report as Markdown, LaTeX (booktabs), JSON or a numpy/scipy script.")
final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { md, tex, json, py }

    @Spec
    private CommandSpec spec;

    @Mixin
    private FittingOptions options;

    @Option(names = "--format", required = true, description = "md, tex, json or py (py: a numpy/scipy script that refits the first law to the rows fitted).")
    private Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        FitRequest request = options.requestWithLaw();
        FitOutcome outcome = SweepFitting.standard().fit(request, TaskContext.none());
        boolean keyed = !request.data().curveKey().isEmpty();
        String text = switch (format) {
            case md -> ReportText.write(options.files(), outcome, ReportFormat.MARKDOWN, keyed);
            case tex -> ReportText.write(options.files(), outcome, ReportFormat.LATEX, keyed);
            case json -> ReportText.write(options.files(), outcome, ReportFormat.JSON, keyed);
            case py -> script(request, outcome);
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    /**
     * The Python script that refits the first law to the only curve, from the rows the fit used.
     * A request of several curves is refused, naming them: one script reproduces one fit.
     */
    private String script(FitRequest request, FitOutcome outcome) throws IOException {
        List<String> names = new ArrayList<>(outcome.curves().stream().map(c -> c.curve().name()).toList());
        outcome.refused().forEach(r -> names.add(r.name()));
        if (outcome.curves().size() != 1 || names.size() != 1) {
            throw new IllegalArgumentException("--format py reproduces the fit of one curve; this request fitted "
                    + outcome.curves().size() + (outcome.refused().isEmpty() ? "" : " and refused " + outcome.refused().size())
                    + " (" + String.join("; ", names.stream().limit(4).toList()) + (names.size() > 4 ? "; ..." : "")
                    + "): pick one with --where COLUMN=VALUE");
        }
        return new PythonFitScript().write(ReportText.sources(request.data().files()), outcome.only(),
                request.laws().get(0).lawId());
    }
}
