package org.scalingworkbench.cli;

import java.util.List;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;

/** Turns the option mixins of a command into its {@link FitRequest}: the one place the command line builds one. */
final class FitRequests {

    private FitRequests() {
    }

    /**
     * The request of a command.
     *
     * @param defaultLaws the laws when none is named
     * @param holdOut     the hold-out options, or null for a command without them (none held out)
     * @param bootstrap   the bootstrap options, or null for a command without them (no bootstrap)
     * @throws IllegalArgumentException naming the option that is wrong
     */
    static FitRequest of(DataOptions data, LawOptions laws, List<String> defaultLaws, ObjectiveOptions objective,
            HoldOutOptions holdOut, BootstrapOptions bootstrap) {
        List<LawSpec> specs = laws.specs(defaultLaws);
        List<String> variables = specs.isEmpty() ? List.of() : LawResolver.builtIn().variables(specs.get(0));
        HoldOutSplit split = holdOut == null ? HoldOutSplit.NONE : holdOut.split();
        Resampling resampling = bootstrap == null ? Resampling.NONE : bootstrap.resampling();
        return new FitRequest(data.selection(variables), specs, objective.objective(), split, resampling);
    }
}
