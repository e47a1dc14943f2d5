package org.scalingworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Stage;

/**
 * Starts the window and opens the files named on the command line (or the bundled IsoFLOP
 * sample), unless the user restores work autosaved before a crash; logs how long after the JVM
 * started the first frame with data was drawn.
 */
public final class WorkbenchApp extends Application {

    /**
     * System property naming the folder that holds the bundled sample sweeps; the packaged app's
     * launcher sets it to the copy inside the image. Defaults to {@code sample-runs} relative to
     * the working directory.
     */
    public static final String SAMPLES_PROPERTY = "scaling.workbench.samples";

    private static final System.Logger LOG = System.getLogger(WorkbenchApp.class.getName());

    @Override
    public void start(Stage stage) {
        Workbench bench = new Workbench(stage, new FxDialogService(stage), Preferences.userNodeForPackage(WorkbenchApp.class));
        logFirstFrameWithData(bench.fits().chart().specProperty());
        stage.setScene(bench.scene());
        stage.show();
        if (bench.session().offerRecovery()) {
            return;
        }
        List<Path> files = startupFiles();
        files.stream().filter(WorkbenchApp::isSession).findFirst().ifPresentOrElse(bench.session()::open,
                () -> bench.open(files));
    }

    private static void logFirstFrameWithData(ReadOnlyObjectProperty<?> spec) {
        spec.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                spec.removeListener(this);
                Platform.runLater(() -> LOG.log(System.Logger.Level.INFO,
                        "first frame with data {0} ms after the JVM started", sinceJvmStart()));
            }
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The files named on the command line, or the bundled IsoFLOP sample sweep (N, D and C) when there are none. */
    private List<Path> startupFiles() {
        List<Path> named = getParameters().getUnnamed().stream().map(Path::of).toList();
        if (!named.isEmpty()) {
            return named;
        }
        Path sample = Path.of(System.getProperty(SAMPLES_PROPERTY, "sample-runs"),
                "isoflop-chinchilla", "isoflop_sweep.csv");
        return Files.exists(sample) ? List.of(sample) : List.of();
    }

    /** Whether a file named at start is a session ({@code .swb.json}) rather than data. */
    private static boolean isSession(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".swb.json");
    }

    public static void main(String[] args) {
        Thread warmUp = new Thread(WorkbenchApp::loadDrawingClasses, "figure-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        launch(args);
    }

    /**
     * Draws a throw-away figure off-screen while the JavaFX toolkit starts, so that loading the
     * chart, importer and fitting classes overlaps the toolkit's start-up instead of following it.
     */
    private static void loadDrawingClasses() {
        var points = new org.scalingworkbench.figure.PointSeries("warm-up", org.scalingworkbench.figure.PointState.FITTED,
                new double[] {1, 10, 100}, new double[] {3, 2, 1.5});
        var spec = new org.scalingworkbench.figure.ScalingPlotSpec(org.scalingworkbench.figure.AxisSpec.log("x"),
                org.scalingworkbench.figure.AxisSpec.log("y"), List.of(points), List.of(), 50, false);
        var image = new java.awt.image.BufferedImage(200, 150, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        new org.scalingworkbench.figure.ScalingFigure(org.scalingworkbench.figure.FigureTheme.paper()).build(spec)
                .draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 200, 150));
        g.dispose();
        org.scalingworkbench.fit.laws.LawCatalog.builtIn();
    }
}
