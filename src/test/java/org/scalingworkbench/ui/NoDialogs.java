package org.scalingworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.common.DialogService;

/**
 * A user who cancels every dialog: tests subclass it and answer only the dialogs their path opens,
 * so that a dialog added to {@link DialogService} costs one method here instead of one per test.
 */
public class NoDialogs implements DialogService {

    @Override
    public List<Path> chooseFilesToOpen() {
        return List.of();
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseReportFile() {
        return Optional.empty();
    }
}
