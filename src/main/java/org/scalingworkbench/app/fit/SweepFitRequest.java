package org.scalingworkbench.app.fit;

import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.LawVariables;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * Transitional: the old one-law request, now only a way of writing a {@link FitRequest}
 * ({@link #toFitRequest()}); callers move to {@code FitRequest}.
 */
public record SweepFitRequest(Path file, LawSpec law, String target, List<String> variables, Objective objective,
        int excludeHighest, int bootstrapResamples, long seed) {

    public SweepFitRequest {
        variables = List.copyOf(variables);
    }

    /** The same request as a {@link FitRequest}. */
    public FitRequest toFitRequest() {
        DataSelection data = (file == null ? DataSelection.loaded() : DataSelection.of(List.of(file)))
                .withColumns(null, target).withExcludeHighest(excludeHighest);
        List<String> lawVariables = law.isFormula() ? List.of()
                : LawCatalog.builtIn().find(law.id()).map(l -> l.variables()).orElse(List.of());
        data = LawVariables.assign(data, lawVariables.isEmpty() ? variables : lawVariables, variables);
        return new FitRequest(data, List.of(law), objective, HoldOutSplit.NONE, new Resampling(bootstrapResamples, seed));
    }
}
