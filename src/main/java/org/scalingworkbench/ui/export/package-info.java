/**
 * File &gt; Export figure: the dialog (View) and its ViewModel checking format, size in inches,
 * PNG resolution, theme and file as they are typed, a preview rendered off the FX thread (latest
 * request wins) at exactly the size written, and the last choices kept in java.util.prefs. The
 * figure written is the one the chart shows, built by the same figure-spec code.
 */
package org.scalingworkbench.ui.export;
