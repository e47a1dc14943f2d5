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
import org.scalingworkbench.app.report.DataSource;
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
 * window's report writers), or a Python script ({@link PythonFitScript}) that reproduces the fit of
 * the first law.
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
        String text = switch (format) {
            case md -> ReportText.write(options.files(), outcome, ReportFormat.MARKDOWN);
            case tex -> ReportText.write(options.files(), outcome, ReportFormat.LATEX);
            case json -> ReportText.write(options.files(), outcome, ReportFormat.JSON);
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

    /** The Python script that refits the first law to the only curve, from the rows the fit used. */
    private String script(FitRequest request, FitOutcome outcome) throws IOException {
        if (outcome.curves().size() != 1) {
            throw new IllegalArgumentException("--format py reproduces the fit of one curve; this request fitted "
                    + outcome.curves().size() + " (pick one with --where COLUMN=VALUE)");
        }
        List<DataSource> sources = new ArrayList<>();
        for (Path file : request.data().files()) {
            sources.add(DataSource.of(file));
        }
        return new PythonFitScript().write(sources, outcome.only(), request.laws().get(0).lawId());
    }
}
