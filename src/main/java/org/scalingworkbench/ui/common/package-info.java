/**
 * What every part of the window shares and the window's root depends on too: the
 * {@link org.scalingworkbench.ui.common.DialogService} seam through which ViewModels ask the user
 * (file choosers, confirmations, errors), so their tests use a fake, and
 * {@link org.scalingworkbench.ui.common.WindowNumbers}, how the window formats numbers. It depends
 * on no other {@code ui} package, which keeps {@code ui} and its sub-packages free of cycles.
 */
package org.scalingworkbench.ui.common;
