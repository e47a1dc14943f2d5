/**
 * The interactive scaling plot: a {@link org.scalingworkbench.figure.Figure} drawn on a JavaFX
 * canvas through FXGraphics2D (the drawing the exports use), with wheel zoom, pan and the cut-off
 * drag, and the x and y ranges the user zoomed to, kept in data units across figure rebuilds.
 */
package org.scalingworkbench.ui.chart;
