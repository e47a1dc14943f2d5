/**
 * The fit use case: {@link org.scalingworkbench.app.fit.SweepFitting} selects a request's rows,
 * fits every law to the same fitted rows, ranks them on the same held-out rows and bootstraps them;
 * {@code compare}, {@code forecast}, {@code frontier}, {@code plot} and {@code report} build on its
 * {@link org.scalingworkbench.app.fit.CurveFit}.
 */
package org.scalingworkbench.app.fit;
