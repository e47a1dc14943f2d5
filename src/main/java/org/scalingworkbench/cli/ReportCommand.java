package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.fit.SweepFitRequest;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.fit.laws.LawCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report FILE --law ID --format md|tex|json|py}: fits a law and writes the fit as a
 * Markdown table, a LaTeX (booktabs) table, JSON, or a Python script that reproduces the fit.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Fit a law and write the result as Markdown, LaTeX (booktabs), JSON or a numpy/scipy script.")
final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { md, tex, json, py }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export (py: CSV/TSV)")
    private Path file;

    @Option(names = "--law", required = true, description = "Law id.")
    private String law;

    @Mixin
    private SweepFitOptions fitOptions;

    @Option(names = "--format", required = true, description = "md, tex, json or py.")
    private Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        SweepFitRequest request = fitOptions.request(file, org.scalingworkbench.app.request.LawSpec.builtIn(law));
        SweepFitReport report = SweepFitting.standard().fit(request, TaskContext.none());
        String text = switch (format) {
            case md -> new FitReportMarkdown().write(report);
            case tex -> new FitReportLatex().write(report);
            case json -> new FitReportJson().write(report) + "\n";
            case py -> new FitScriptPython().write(report, LawCatalog.builtIn().get(law), file.toString(), fitOptions.excludeTop);
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
}
