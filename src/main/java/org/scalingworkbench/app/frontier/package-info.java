/** The compute-optimal frontier of an imported sweep, for the {@code frontier} command and the window. */
package org.scalingworkbench.app.frontier;
