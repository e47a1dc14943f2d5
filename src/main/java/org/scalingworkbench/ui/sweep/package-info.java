/**
 * The loaded-files pane: the files opened, which of them are on the chart (read as one sweep when
 * several are shown), and the selected file's columns with the role the importer gave each (which
 * the user may change) and its import report.
 */
package org.scalingworkbench.ui.sweep;
