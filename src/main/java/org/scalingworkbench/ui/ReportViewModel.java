package org.scalingworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.ReportFormat;
import org.scalingworkbench.app.report.ScalingReport;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * File &gt; Export report: the numbers on screen (the leaderboard, each law's parameters with
 * errors and intervals, the hold-out and the excluded points) taken as an immutable report on the
 * FX thread, then written off it as Markdown, LaTeX or JSON by the chosen file's extension.
 */
public final class ReportViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FitViewModel fits;
    private final Function<Sweep, List<DataSource>> sources;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param tasks   where the file is written
     * @param dialogs asks for the file
     * @param fits    the fits on screen
     * @param sources the sweep shown to every file it holds (one, or the files shown together),
     *                each named and fingerprinted by the bytes loaded
     */
    public ReportViewModel(TaskRunner tasks, DialogService dialogs, FitViewModel fits, Function<Sweep, List<DataSource>> sources) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.fits = fits;
        this.sources = sources;
    }

    /** Asks for a file and writes the report there; says so when nothing was fitted yet. */
    public void export() {
        Optional<ScalingReport> report = current();
        if (report.isEmpty()) {
            say("Nothing to report: fit some laws first");
            return;
        }
        dialogs.chooseReportFile().ifPresent(path -> write(report.get(), path));
    }

    /** The report of what is on screen (the fit panel's latest fit); empty when no law was fitted to the curve shown. */
    public Optional<ScalingReport> current() {
        CurveFit fit = fits.chart().fitProperty().get();
        if (fit == null || fit.board().entries().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ScalingReport.of(sources.apply(fit.curve().points().curve().sweep()), fit));
    }

    private void write(ScalingReport report, Path path) {
        tasks.run("Writing " + path.getFileName(), ctx -> {
            ReportFormat.writeFile(report, path);
            return path;
        }, p -> say("Wrote " + p.getFileName()), e -> say("Could not write the report: " + e.getMessage()));
    }

    /** Sets the message, announcing it even when it repeats the last one. */
    private void say(String text) {
        message.set("");
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
