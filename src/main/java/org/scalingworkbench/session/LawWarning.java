package org.scalingworkbench.session;

import java.util.List;
import org.scalingworkbench.fit.FitWarning;

/**
 * A warning the fit gave, kept so that a session opened without refitting shows it again.
 *
 * @param kind       what went wrong (at a bound, ill-conditioned, not identifiable, not converged...)
 * @param parameters the parameters concerned, by name (may be empty)
 * @param message    the sentence the fit gave the user
 */
public record LawWarning(FitWarning.Kind kind, List<String> parameters, String message) {

    public LawWarning {
        Checks.present(kind, "kind");
        parameters = Checks.listOf(parameters, "parameters");
        Checks.present(message, "message");
    }

    /** The session's copy of a fit's warning. */
    public static LawWarning of(FitWarning w) {
        return new LawWarning(w.kind(), w.parameters(), w.message());
    }

    /** The warning as the fitting package states it. */
    public FitWarning toFitWarning() {
        return new FitWarning(kind, parameters, message);
    }
}
