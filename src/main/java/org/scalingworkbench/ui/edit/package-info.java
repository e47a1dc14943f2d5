/**
 * The window's one undo history: every user edit that changes what is fitted (a point excluded,
 * the cut-off moved, a law ticked, a parameter's value, bound or fixed flag changed) is recorded
 * as an undoable step, so Edit &gt; Undo and Redo walk back through them in order.
 */
package org.scalingworkbench.ui.edit;
