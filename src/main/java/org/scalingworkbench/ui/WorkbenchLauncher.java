package org.scalingworkbench.ui;


/**
 * Entry point of the packaged window launcher. It does not extend {@link javafx.application.Application}, so the
 * Java launcher starts it from the class path of the app image without insisting that JavaFX be
 * loaded as named modules; it hands the arguments (sweep files to open) to {@link WorkbenchApp}.
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    /**
     * Opens the workbench window.
     *
     * @param args paths of sweep files to open; none opens the bundled sample sweep
     */
    public static void main(String[] args) {
        WorkbenchApp.main(args);
    }
}
