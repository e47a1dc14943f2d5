package org.scalingworkbench.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scalingworkbench.figure.export.ExportFormat;

/** {@link DialogService} over JavaFX's native file choosers. */
final class FxDialogService implements DialogService {

    private final Window owner;

    FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseFilesToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open sweep results");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sweep results", "*.csv", "*.tsv", "*.txt", "*.json", "*.jsonl", "*.ndjson"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export figure as " + format);
        String ext = format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + ext));
        Path folder = suggested == null ? null : suggested.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggested == null ? "scaling-plot." + ext : suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** The chooser's filters name the format; a name typed without an extension gets the chosen filter's. */
    @Override
    public Optional<Path> chooseReportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown", "*.md"),
                new FileChooser.ExtensionFilter("LaTeX (booktabs)", "*.tex"), new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName("scaling-report.md");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> {
            String name = p.getFileName().toString();
            FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
            return name.contains(".") || filter == null ? p : p.resolveSibling(name + filter.getExtensions().get(0).substring(1));
        });
    }
}
