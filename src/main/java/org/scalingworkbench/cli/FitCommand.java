package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.fit.SweepFitRequest;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.formula.FormulaSyntaxException;
import org.scalingworkbench.fit.laws.LawCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fit FILE --law ID}: fits one law to a result file and prints its parameters with
 * standard errors and bootstrap intervals, the objective, AIC/BIC and the warnings, as a table or
 * as JSON.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a scaling law to a result file: parameters, standard errors, bootstrap intervals, warnings.")
final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private Path file;

    @Option(names = "--law", description = "Law id: ${COMPLETION-CANDIDATES}", completionCandidates = LawIds.class)
    private String law;

    @Option(names = "--formula", description = "Your own law instead of --law, e.g. 'E + A/N^alpha + B/D^beta' (variables x, N, D, C; every other name is a parameter).")
    private String formula;

    @Option(names = "--start", description = "Starting value of a --formula parameter, e.g. --start alpha=0.3 (repeatable; others start at 1).")
    private java.util.Map<String, Double> starts = new java.util.LinkedHashMap<>();

    @Mixin
    private SweepFitOptions fitOptions;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if ((law == null) == (formula == null)) {
            throw new IllegalArgumentException("give either --law ID or --formula TEXT");
        }
        org.scalingworkbench.app.request.LawSpec lawSpec = formula == null ? org.scalingworkbench.app.request.LawSpec.builtIn(law)
                : org.scalingworkbench.app.request.LawSpec.formula(formula);
        for (var start : starts.entrySet()) {
            lawSpec = lawSpec.withStart(start.getKey(), start.getValue());
        }
        SweepFitRequest request = fitOptions.request(file, lawSpec);
        SweepFitReport report = SweepFitting.standard().fit(request, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new FitReportJson().write(report));
        } else {
            new FitReportTable(out).print(report);
        }
        out.flush();
        return 0;
    }

    /** The catalog's ids, for the help text. */
    static final class LawIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return LawCatalog.builtIn().ids().iterator();
        }
    }
}
