package org.scalingworkbench.ui;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * Runs the window's own path once, off-screen, while the JavaFX toolkit starts: imports the file
 * the window will open, builds its plot through the same view-models (JavaFX properties need no
 * toolkit) and draws it into an image. Loading and first-running the importer, plot and figure code
 * then overlaps the toolkit's start-up instead of following it; nothing it makes is kept.
 */
final class StartUpWarmUp implements Runnable {

    private final Path file;

    /** @param file the file the window opens first, or null for none (the drawing code is still warmed) */
    StartUpWarmUp(Path file) {
        this.file = file;
    }

    @Override
    public void run() {
        try {
            java.security.MessageDigest.getInstance("SHA-256");
            if (file != null && Files.isRegularFile(file)) {
                FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), new ChartViewModel(new UndoHistory()));
                fits.show(SweepLoading.standard().load(file));
                var spec = fits.chart().specProperty().get();
                if (spec != null) {
                    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
                    var g = image.createGraphics();
                    new ScalingFigure(FigureTheme.screen()).build(spec).draw(g, new Rectangle2D.Double(0, 0, 400, 300));
                    g.dispose();
                }
            }
        } catch (Exception | LinkageError e) {
            // a warm-up that fails costs nothing: the window reads and reports the file itself
        }
    }
}
