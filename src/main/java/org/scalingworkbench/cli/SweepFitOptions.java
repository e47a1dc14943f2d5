package org.scalingworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.app.fit.SweepFitRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that fits one law to a file shares ({@code fit}, {@code report}):
 * columns, objective, exclusions and bootstrap. A picocli mixin.
 */
final class SweepFitOptions {

    @Option(names = "--y", description = "Target column (default: the only metric column).")
    String target;

    @Option(names = "--x", split = ",", description = "Column name or role symbol for each law variable, e.g. N,D (default: by role).")
    List<String> variables = List.of();

    @Mixin
    ObjectiveOptions objective;

    @Option(names = "--bootstrap", defaultValue = "0", description = "Bootstrap resamples for 95%% intervals (default: none).")
    int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--exclude-top-loss", defaultValue = "0", description = "Leave out the rows with the highest target (default: 0).")
    int excludeTop;

    /** The request for fitting law {@code lawId} to {@code file} with these options. */
    SweepFitRequest request(Path file, org.scalingworkbench.app.request.LawSpec law) {
        return new SweepFitRequest(file, law, target, variables, objective.objective(), excludeTop, resamples, seed);
    }
}
