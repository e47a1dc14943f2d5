package org.scalingworkbench.cli;

import java.util.List;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import picocli.CommandLine.Mixin;

/**
 * The options of every command that fits (fit, compare, forecast, frontier, report): data, laws,
 * objective and hold-out, each a mixin of its own; a command that bootstraps adds
 * {@link BootstrapOptions}. The one place the command line turns options into a {@link FitRequest}.
 */
final class RequestOptions {

    @Mixin
    DataOptions data;

    @Mixin
    LawOptions laws;

    @Mixin
    ObjectiveOptions objective;

    @Mixin
    HoldOutOptions holdOut;

    /**
     * The request of a command.
     *
     * @param defaultLaws the laws when none is named
     * @param bootstrap   the bootstrap options, or null for a command without them (no bootstrap)
     * @throws IllegalArgumentException naming the option that is wrong
     */
    FitRequest request(List<String> defaultLaws, BootstrapOptions bootstrap) {
        List<LawSpec> specs = laws.specs(defaultLaws);
        List<String> variables = specs.isEmpty() ? List.of() : LawResolver.builtIn().variables(specs.get(0));
        Resampling resampling = bootstrap == null ? Resampling.NONE : bootstrap.resampling();
        return new FitRequest(data.selection(variables), specs, objective.objective(), holdOut.split(), resampling);
    }
}
