/**
 * The window's side of sessions: capturing the window into a {@link org.scalingworkbench.session.Session}
 * and restoring it, the File menu's session commands, the unsaved-changes mark in the title,
 * autosave to the recovery file and the offer to restore it at start.
 */
package org.scalingworkbench.ui.session;
