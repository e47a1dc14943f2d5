/**
 * The benchmarks behind {@code scaling-workbench bench}: each class runs one case of DESIGN.md
 * section 7 on the engine (multi-start fits and bootstraps, leaderboard refits, frontiers, figure
 * redraws, imports, custom formulas) and returns immutable records of what it measured. Times are
 * wall-clock and CPU time from {@link java.lang.System#nanoTime()} and the management beans, in
 * seconds unless a name says otherwise; the command line only parses options and prints these
 * records, so the window could show the same figures.
 */
package org.scalingworkbench.app.bench;
