package org.scalingworkbench.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.common.DialogService;

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

    @Override
    public Optional<Path> chooseSessionToOpen() {
        FileChooser chooser = sessionChooser("Open session");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSessionToSave(String suggestedName) {
        FileChooser chooser = sessionChooser("Save session");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String sessionName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + sessionName + "?", save, discard, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? UnsavedChoice.SAVE : chosen == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean offerRecovery(String what) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved work?", what, restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public SourceChoice askAboutSource(String message, boolean hasEmbedded) {
        ButtonType locate = new ButtonType("Locate…", ButtonBar.ButtonData.YES);
        ButtonType embedded = new ButtonType("Use the copy in the session", ButtonBar.ButtonData.OTHER);
        Alert alert = hasEmbedded
                ? alert(Alert.AlertType.WARNING, "Data file moved or changed", message, locate, embedded, ButtonType.CANCEL)
                : alert(Alert.AlertType.WARNING, "Data file moved or changed", message, locate, ButtonType.CANCEL);
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == locate ? SourceChoice.LOCATE : chosen == embedded ? SourceChoice.USE_EMBEDDED : SourceChoice.CANCEL;
    }

    @Override
    public boolean confirmSessionReads(String sessionName, List<Path> paths) {
        ButtonType read = new ButtonType("Read these files", ButtonBar.ButtonData.OK_DONE);
        String list = paths.stream().limit(20).map(p -> "  " + p).collect(java.util.stream.Collectors.joining("\n"));
        String more = paths.size() > 20 ? "\n  … and " + (paths.size() - 20) + " more" : "";
        String message = sessionName + " was not saved or opened on this computer before. Opening it reads "
                + (paths.size() == 1 ? "this file" : "these " + paths.size() + " files") + ":\n\n" + list + more;
        return alert(Alert.AlertType.CONFIRMATION, "Open a session from elsewhere", message, read, ButtonType.CANCEL)
                .showAndWait().orElse(ButtonType.CANCEL) == read;
    }

    @Override
    public Optional<Path> locateDataFile(String storedPath) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Locate " + storedPath);
        String name = Path.of(storedPath).getFileName() == null ? storedPath : Path.of(storedPath).getFileName().toString();
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    private FileChooser sessionChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Sessions", "*.swb.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }
}
