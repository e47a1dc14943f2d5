/**
 * The data-selection step every use case starts with: {@link org.scalingworkbench.app.select.PointSelection}
 * turns a sweep and a {@link org.scalingworkbench.app.request.DataSelection} into curves of points
 * (with their variables x, N, D, C and groups) and exclusions, with one meaning whichever head asked.
 * The default x is model size N in a file with N and D, else the only scale column; for laws of one
 * variable only the only scale column (a file with several must name one).
 */
package org.scalingworkbench.app.select;
