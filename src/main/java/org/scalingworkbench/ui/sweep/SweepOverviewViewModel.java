package org.scalingworkbench.ui.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SkippedRow;
import org.scalingworkbench.data.SweepReader;

/**
 * State of the loaded-files pane and the column table: the files loaded so far, the selected one,
 * its columns with their roles, and its import report. Loading runs through the {@link TaskRunner};
 * a file that fails to load leaves everything already loaded in place and sets {@link #errorProperty()}.
 */
public final class SweepOverviewViewModel {

    private final SweepReader reader;
    private final TaskRunner tasks;
    private final ObservableList<ImportedSweep> files = FXCollections.observableArrayList();
    private final ObjectProperty<ImportedSweep> selected = new SimpleObjectProperty<>();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No sweep loaded: drop result files here or use File > Open");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SweepOverviewViewModel(SweepReader reader, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        selected.addListener((obs, old, now) -> showSelected());
    }

    /** Loads each file in the background; each success is added and selected, each failure reported. */
    public void load(List<Path> paths) {
        for (Path path : paths) {
            tasks.run("Importing " + path.getFileName(), ctx -> reader.read(path), this::add,
                    e -> error.set(e.getMessage() == null ? "Could not read " + path.getFileName() : e.getMessage()));
        }
    }

    /** Sets the role of a column of the selected sweep, as the user chose it. */
    public void changeRole(String columnName, ColumnRole role) {
        ImportedSweep current = selected.get();
        if (current == null) {
            return;
        }
        ImportedSweep changed = new ImportedSweep(current.sweep().withRole(columnName, role), current.report());
        files.set(files.indexOf(current), changed);
        selected.set(changed);
    }

    /** Clears the error banner. */
    public void dismissError() {
        error.set("");
    }

    private void add(ImportedSweep imported) {
        error.set("");
        files.add(imported);
        selected.set(imported);
    }

    private void showSelected() {
        ImportedSweep s = selected.get();
        columns.clear();
        notes.clear();
        if (s == null) {
            summary.set("No sweep selected");
            return;
        }
        s.sweep().columns().forEach(c -> columns.add(ColumnRow.of(c)));
        notes.add(s.report().format());
        s.report().warnings().forEach(notes::add);
        for (SkippedRow row : s.report().skipped()) {
            notes.add("Skipped line " + row.line() + ": " + row.reason());
        }
        summary.set(String.format("%s: %,d rows, %d columns", s.sweep().sourceName(), s.sweep().rowCount(), s.sweep().columns().size()));
    }

    public ObservableList<ImportedSweep> files() {
        return files;
    }

    public ObjectProperty<ImportedSweep> selectedProperty() {
        return selected;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Replaces every loaded file with {@code loaded} (a session was opened) and selects the last one. */
    public void replaceAll(List<ImportedSweep> loaded) {
        error.set("");
        selected.set(null);
        files.setAll(loaded);
        selected.set(loaded.isEmpty() ? null : loaded.get(loaded.size() - 1));
    }
}
