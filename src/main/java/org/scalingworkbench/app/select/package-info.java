/**
 * The data-selection step every use case starts with:
 * {@link org.scalingworkbench.app.select.PointSelection} turns a sweep and a
 * {@link org.scalingworkbench.app.request.DataSelection} into the curves to fit
 * ({@link org.scalingworkbench.app.select.SelectedCurve}: each point's variables x, N, D and C,
 * its group, and which points are excluded), with one meaning whichever head asked. Grouping
 * (compute budgets, model sizes, files shown together) and the default hold-out cut-off live here.
 */
package org.scalingworkbench.app.select;
