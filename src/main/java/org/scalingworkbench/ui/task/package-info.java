/**
 * Background work for the window: a {@link org.scalingworkbench.app.TaskRunner} on daemon worker
 * threads through {@link javafx.concurrent.Task}, so the FX thread only ever receives finished,
 * immutable results; and the status bar's list of running tasks with progress and cancel.
 */
package org.scalingworkbench.ui.task;
