package org.scalingworkbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.scalingworkbench.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the window tests share: showing the workbench in the test's stage, opening a file and waiting for its plot. */
public final class WindowSteps {

    private WindowSteps() {
    }

    /** The workbench in {@code stage}, shown, answering dialogs with {@code dialogs} and keeping preferences in {@code prefs}. */
    public static Workbench show(Stage stage, DialogService dialogs, Preferences prefs) {
        Workbench bench = new Workbench(stage, dialogs, prefs);
        stage.setScene(bench.scene());
        stage.show();
        return bench;
    }

    /** Opens {@code file} as a user would and waits until its points are plotted. */
    public static void open(FxRobot robot, Workbench bench, Path file) throws TimeoutException {
        robot.interact(() -> bench.open(List.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.fits().chart().specProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes {@code dir}/sweep.csv: noiseless loss = 2 + 50·N^(−0.3) at {@code sizes} model sizes 1e6·2^i. */
    public static Path powerLawSweep(Path dir, int sizes) throws IOException {
        return PowerLawCsv.write(dir.resolve("sweep.csv"), 2, 50, 0.3, sizes);
    }
}
