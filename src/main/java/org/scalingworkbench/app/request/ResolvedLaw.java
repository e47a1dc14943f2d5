package org.scalingworkbench.app.request;

import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * A {@link LawSpec} made ready to fit: the law, and its fit options (the request's objective, the
 * fixed values and the bounds).
 */
public record ResolvedLaw(ScalingLaw law, FitOptions options) {
}
