package org.scalingworkbench.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.sweep.ShownFiles;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/** The window's view-models wired as the workbench wires them, without a toolkit, tasks run in place. */
final class TestWindow {

    final SourcePaths paths = new SourcePaths(new SweepImporter()::importFile);
    final SweepOverviewViewModel sweeps = new SweepOverviewViewModel(paths, new CurrentThreadTaskRunner());
    final FitViewModel fits;
    final SimpleObjectProperty<FigureTheme> theme = new SimpleObjectProperty<>(FigureTheme.paper());
    final FakeViewPort view = new FakeViewPort();
    final FakeDialogs dialogs;
    final SessionViewModel session;

    TestWindow(Path recoveryFolder, FakeDialogs dialogs, Preferences prefs) {
        this(recoveryFolder, dialogs, prefs, new CurrentThreadTaskRunner());
    }

    /** A window whose fits run on {@code fitRunner} (a held runner shows whether anything was fitted). */
    TestWindow(Path recoveryFolder, FakeDialogs dialogs, Preferences prefs, TaskRunner fitRunner) {
        this.dialogs = dialogs;
        this.fits = new FitViewModel(fitRunner, new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory()));
        sweeps.chartedProperty().addListener((o, old, now) -> ShownFiles.show(now, old, fits));
        fits.chart().curveProperty().addListener((o, old, now) -> view.range = null);
        session = new SessionViewModel(new SessionWindow(paths, sweeps, fits, theme, view), recoveryFolder,
                new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), dialogs, prefs);
    }

    void load(Path... files) {
        sweeps.load(List.of(files));
    }

    void loadAll(List<Path> files) {
        sweeps.load(files);
    }

    /** The chart's x range: the zoom set, else the curve's x range; nothing without a curve. */
    final class FakeViewPort implements ViewPort {
        double[] range;

        @Override
        public Optional<double[]> viewX() {
            Curve c = fits.chart().curveProperty().get();
            if (c == null) {
                return Optional.empty();
            }
            return Optional.of(range != null ? range.clone() : new double[] {c.xAt(0), c.xAt(c.size() - 1)});
        }

        @Override
        public void showX(double lower, double upper) {
            if (fits.chart().curveProperty().get() != null) {
                range = new double[] {lower, upper};
            }
        }
    }
}
