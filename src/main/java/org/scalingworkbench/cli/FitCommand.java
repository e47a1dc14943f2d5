package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fit FILE --law ID}: fits a law (or with {@code --laws} several) to each curve of result
 * files through {@link SweepFitting} and prints its parameters with standard errors and bootstrap
 * intervals, the objective, AIC/BIC and the warnings, as a table or as the report's JSON.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a scaling law to result files: parameters, standard errors, bootstrap intervals, warnings.")
final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FittingOptions options;

    @Option(names = "--json", description = "Print the report's JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        FitRequest request = options.requestWithLaw();
        FitOutcome outcome = SweepFitting.standard().fit(request, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ReportText.json(options.files(), outcome));
        } else {
            new FitReportTable(out).print(outcome, request);
        }
        out.flush();
        return 0;
    }
}
