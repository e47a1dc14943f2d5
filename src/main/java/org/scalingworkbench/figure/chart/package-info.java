/**
 * JFreeChart pieces the figure builders use: the decade log axis (labels drawn as plain text runs
 * so SVG and PDF keep them as text), and per-pixel-column decimation of large series. This package
 * depends on {@code figure.axis} only, never on {@code figure}: the theme is applied to axes and
 * plots by {@link org.scalingworkbench.figure.ChartStyle} one level up, which keeps the two free of
 * cycles. JFreeChart types stay inside {@code figure}; the rest of the core sees
 * {@link org.scalingworkbench.figure.Figure} and the spec records.
 */
package org.scalingworkbench.figure.chart;
