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

    /**
     * System property: when {@code true}, the window closes itself once the first frame with data
     * is drawn. The app image's build uses it for the training run of its class-data archive.
     */
    public static final String EXIT_AFTER_FIRST_FRAME_PROPERTY = "scaling.workbench.exitAfterFirstFrame";

    private static final System.Logger LOG = System.getLogger(WorkbenchApp.class.getName());

    private SingleInstance listener;

    @Override
    public void start(Stage stage) {
        Workbench bench = new Workbench(stage, new FxDialogService(stage), Preferences.userNodeForPackage(WorkbenchApp.class));
        logFirstFrameWithData(bench.fits().chart().specProperty());
        stage.setScene(bench.scene());
        stage.show();
        if (singleWindow()) {
            listener = SingleInstance.listen(SingleInstance.defaultSocket(),
                    files -> Platform.runLater(() -> openHandedOff(bench, stage, files))).orElse(null);
        }
        if (bench.session().offerRecovery()) {
            return;
        }
        List<Path> files = startupFiles();
        files.stream().filter(WorkbenchApp::isSession).findFirst().ifPresentOrElse(bench.session()::open,
                () -> bench.session().openAtStart(files, bench::open));
    }

    @Override
    public void stop() {
        if (listener != null) {
            listener.close();
        }
    }

    /**
     * Files another start handed to this window: a session is opened as File &gt; Open would (asking
     * about unsaved work), data files are added as a drop adds them; the window comes to the front.
     */
    private static void openHandedOff(Workbench bench, Stage stage, List<Path> files) {
        List<Path> data = files.stream().filter(f -> !isSession(f)).toList();
        files.stream().filter(WorkbenchApp::isSession).findFirst().ifPresent(bench.session()::open);
        if (!data.isEmpty()) {
            bench.open(data);
        }
        stage.setIconified(false);
        stage.toFront();
    }

    /**
     * Whether this start keeps to one window per user: not in the build's training run of the
     * class-data archive, nor with {@code SCALING_WORKBENCH_SINGLE=off}.
     */
    private static boolean singleWindow() {
        return !Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME_PROPERTY) && !"off".equals(System.getenv("SCALING_WORKBENCH_SINGLE"));
    }

    private static void logFirstFrameWithData(ReadOnlyObjectProperty<?> spec) {
        spec.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                spec.removeListener(this);
                Platform.runLater(() -> {
                    LOG.log(System.Logger.Level.INFO, "first frame with data {0} ms after the JVM started", sinceJvmStart());
                    ClassDataArchive.refreshIfMoved();
                    if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME_PROPERTY)) {
                        Platform.exit();
                    }
                });
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
        Path sample = defaultSample();
        return Files.exists(sample) ? List.of(sample) : List.of();
    }

    /** The bundled IsoFLOP sample sweep the window opens when no file is named. */
    private static Path defaultSample() {
        return Path.of(System.getProperty(SAMPLES_PROPERTY, "sample-runs"), "isoflop-chinchilla", "isoflop_sweep.csv");
    }

    /** Whether a file named at start is a session ({@code .swb.json}) rather than data. */
    private static boolean isSession(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".swb.json");
    }

    /** Hands the files to this user's open window if there is one, else opens a window. */
    public static void main(String[] args) {
        if (!handedOff(args)) {
            launch(args);
        }
    }

    /** Whether this user's open window took {@code args} (files to open), before the toolkit starts. */
    private static boolean handedOff(String[] args) {
        return singleWindow() && SingleInstance.handOff(SingleInstance.defaultSocket(), java.util.Arrays.stream(args).map(Path::of).toList());
    }

    /**
     * Starts the warm-up once the toolkit is up, while the window is built: started before, with
     * the toolkit's native start-up, its Java2D drawing once crashed the JVM in the renderer's
     * {@code getenv} (a SIGSEGV in one start of about 35 of the app image).
     */
    @Override
    public void init() {
        List<String> args = getParameters().getUnnamed();
        Thread warmUp = new Thread(new StartUpWarmUp(args.isEmpty() ? defaultSample() : firstData(args.get(0))), "start-up-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** The first file named, when it is data (not a session); else null. */
    private static Path firstData(String first) {
        Path file = Path.of(first);
        return isSession(file) ? null : file;
    }
}
