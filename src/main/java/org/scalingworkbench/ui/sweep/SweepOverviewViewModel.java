package org.scalingworkbench.ui.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.scalingworkbench.app.LatestTask;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.importing.FileImport;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ColumnUnits;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SkippedRow;
import org.scalingworkbench.data.SweepUnion;

/**
 * State of the loaded-files pane and the column table: the files loaded so far, the ones shown
 * on the chart (ticked; the files opened together, at first), the selected one, its columns with
 * their roles and units (a column read in a unit its header names can be kept as read), and its
 * import report. Selecting a file that is not on the chart shows it alone;
 * ticking more files overlays them ({@link #chartedProperty()}: read as one, {@link SweepUnion}).
 * Loading runs through the {@link TaskRunner}; a file that fails to load leaves everything already
 * loaded in place and sets {@link #errorProperty()}.
 */
public final class SweepOverviewViewModel {

    private final FileImport reader;
    private final TaskRunner tasks;
    private final ObservableList<ImportedSweep> files = FXCollections.observableArrayList();
    private final ObjectProperty<ImportedSweep> selected = new SimpleObjectProperty<>();
    private final ObservableList<ImportedSweep> shown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShownFiles> charted = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No sweep loaded: drop result files here or use File > Open");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int batch;
    private int shownBatch = -1;
    private final LatestTask joining;
    private boolean joinNow;

    public SweepOverviewViewModel(FileImport reader, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        this.joining = new LatestTask(tasks);
        selected.addListener((obs, old, now) -> {
            showSelected();
            if (now != null && !shown.contains(now)) {
                shown.setAll(now);
            }
        });
        shown.addListener((ListChangeListener<ImportedSweep>) c -> showCharted());
    }

    /**
     * Loads each file in the background; each success is added and selected, each failure
     * reported. The files of one call are shown together, in place of those shown before.
     */
    public void load(List<Path> paths) {
        int mine = ++batch;
        for (Path path : paths) {
            tasks.run("Importing " + path.getFileName(), ctx -> reader.read(path), imported -> add(imported, mine),
                    e -> error.set(e.getMessage() == null ? "Could not read " + path.getFileName() : e.getMessage()));
        }
    }

    /** Puts {@code file} on the chart beside the files shown, or takes it off. */
    public void setShown(ImportedSweep file, boolean show) {
        if (!files.contains(file) || shown.contains(file) == show) {
            return;
        }
        shown.setAll(files.filtered(f -> f == file ? show : shown.contains(f)));
    }

    /** Sets the role of a column of the selected sweep, as the user chose it. */
    public void changeRole(String columnName, ColumnRole role) {
        ImportedSweep current = selected.get();
        if (current == null) {
            return;
        }
        replace(current, new ImportedSweep(current.sweep().withRole(columnName, role), current.report()));
    }

    /**
     * Converts a column of the selected sweep to base units as its header says ({@code convert}),
     * or keeps its values as read: the same choice as {@code --scale COLUMN=1} on the command line.
     * Derived columns and the report's lines on scaled columns follow.
     */
    public void convertUnit(String columnName, boolean convert) {
        ImportedSweep current = selected.get();
        Column column = current == null ? null : current.sweep().column(columnName).orElse(null);
        if (column == null || !column.isNumeric()) {
            return;
        }
        double factor = convert ? ColumnUnits.guess(column).factor() : 1;
        replace(current, new ColumnChoices(Map.of(), Map.of(columnName, factor)).applyTo(current));
    }

    private void replace(ImportedSweep current, ImportedSweep changed) {
        files.set(files.indexOf(current), changed);
        if (shown.contains(current)) {
            shown.set(shown.indexOf(current), changed);
        }
        selected.set(changed);
    }

    /** Clears the error banner. */
    public void dismissError() {
        error.set("");
    }

    /**
     * Sets {@link #chartedProperty()} to the files shown: at once for one file (or none), and for
     * several in the background (joining a million rows takes tens of milliseconds, more while
     * cold), the latest set of files winning; at once as well while a session is being restored.
     */
    private void showCharted() {
        List<ImportedSweep> files = List.copyOf(shown);
        if (files.size() <= 1 || joinNow) {
            joining.cancel();
            charted.set(files.isEmpty() ? null : ShownFiles.of(files));
            return;
        }
        joining.start("Showing " + files.size() + " files together", ctx -> ShownFiles.of(files), charted::set,
                e -> error.set("Could not show the files together: " + e.getMessage()));
    }

    private void add(ImportedSweep imported, int fromBatch) {
        error.set("");
        files.add(imported);
        if (fromBatch == shownBatch) {
            shown.add(imported);
        } else {
            shownBatch = fromBatch;
            shown.setAll(imported);
        }
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
        ColumnUnits.notes(s.sweep()).forEach(notes::add);
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

    /** The files on the chart, in the order of {@link #files()}; change them through {@link #setShown}. */
    public ObservableList<ImportedSweep> shown() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** What the chart shows: the ticked files read as one; null when none is ticked. */
    public ReadOnlyObjectProperty<ShownFiles> chartedProperty() {
        return charted.getReadOnlyProperty();
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

    /** Replaces every loaded file with {@code loaded}, shows those of {@code toShow} and selects the last shown. */
    public void replaceAll(List<ImportedSweep> loaded, List<ImportedSweep> toShow) {
        error.set("");
        shownBatch = -1;
        selected.set(null);
        files.setAll(loaded);
        joinNow = true; // the session's exclusions are set on the joined rows right after
        try {
            shown.setAll(loaded.stream().filter(toShow::contains).toList());
        } finally {
            joinNow = false;
        }
        selected.set(shown.isEmpty() ? null : shown.get(shown.size() - 1));
    }
}
