/**
 * The fit panel and the chart's state: which columns are plotted, which laws are ticked and how
 * they are fitted (objective, parameter starts, bounds and fixed values, bootstrap), the points
 * excluded and the cut-off, the leaderboard, the parameter table and the read-offs of the best law.
 * ViewModels hold this as JavaFX properties and turn it into one
 * {@link org.scalingworkbench.app.request.FitRequest} for the fit use case; Views bind to them.
 */
package org.scalingworkbench.ui.fit;
