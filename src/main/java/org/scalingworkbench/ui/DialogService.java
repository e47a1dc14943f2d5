package org.scalingworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scalingworkbench.figure.export.ExportFormat;

/** Dialogs the view-models may ask for, behind an interface so their tests use a fake. */
public interface DialogService {

    /** Asks the user for result files to open; empty when cancelled. */
    List<Path> chooseFilesToOpen();

    /**
     * Asks where to write a figure in {@code format}, starting from {@code suggested} (its folder
     * and name; null for none); empty when cancelled.
     */
    Optional<Path> chooseExportFile(ExportFormat format, Path suggested);

    /** Asks where to write the fit report (.md, .tex or .json); empty when cancelled. */
    Optional<Path> chooseReportFile();
}
