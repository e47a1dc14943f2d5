/**
 * The plot use case: what a scaling plot shows, as a {@link org.scalingworkbench.figure.ScalingPlotSpec}
 * built from selected points, exclusions, the hold-out cut-off and a fitted leaderboard (one line
 * per law, bootstrap bands and residual panel when asked). The same spec is drawn on screen, by
 * the export dialog and by the {@code plot} command, so all three show the same figure. Also the
 * compute-optimal loss min over N of L(N, C/(6N)) used to draw laws of N and D against compute.
 */
package org.scalingworkbench.app.plot;
