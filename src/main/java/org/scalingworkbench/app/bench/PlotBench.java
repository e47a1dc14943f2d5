package org.scalingworkbench.app.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.figure.ScalingPlotSpec;

/**
 * {@code bench plot}: a scaling plot of generated points (a noisy training curve over six decades
 * of steps, with its fitted curve) redrawn into a 1600×1000 image after zooms, as the window would
 * after a pan or zoom. Target (DESIGN.md): ≤ 33 ms per redraw for 10^6 points.
 */
public final class PlotBench {

    /** Image width and height, pixels. */
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;

    private static final int WARM_UP_REDRAWS = 5;

    /**
     * What the redraws measured.
     *
     * @param buildSeconds wall seconds to build the figure from its spec
     * @param redraws      wall and thread CPU seconds of each timed redraw
     */
    public record Result(double buildSeconds, Timings redraws) {
    }

    private PlotBench() {
    }

    /** Builds a figure of {@code points} points (with the residual panel if asked) and times {@code redraws} redraws. */
    public static Result run(int points, int redraws, boolean residuals) {
        Timed<Figure> built = Timed.run(() -> new ScalingFigure(FigureTheme.dark()).build(spec(points, residuals)));
        Figure figure = built.value();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < WARM_UP_REDRAWS; i++) {
            redraw(figure, image, i);
        }
        int[] zoom = {0};
        Repeated<Figure> runs = Repeated.onThisThread(0, redraws, () -> {
            redraw(figure, image, zoom[0]++);
            return figure;
        });
        return new Result(built.wallSeconds(), runs.timings());
    }

    /** Zooms to one of a cycle of x ranges (whole view, then narrower) and draws. */
    private static void redraw(Figure figure, BufferedImage image, int i) {
        double lower = Math.pow(10, (i % 4) * 0.5);
        double upper = Math.pow(10, 6 - (i % 3) * 0.5);
        figure.zoomX(lower, upper);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        figure.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
        g2.dispose();
    }

    /** A noisy loss curve 2 + 3·step^(-0.3) at steps 1..10^6 (log-spaced), seeded. */
    static ScalingPlotSpec spec(int n, boolean residuals) {
        Random random = new Random(1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 6.0 * i / n);
            y[i] = (2 + 3 * Math.pow(x[i], -0.3)) * Math.exp(0.02 * random.nextGaussian());
        }
        CurveSpec curve = new CurveSpec("plc: L∞ = 2, α = 0.3", s -> 2 + 3 * Math.pow(s, -0.3), null, 1, 1e5);
        return new ScalingPlotSpec(AxisSpec.log("step"), AxisSpec.log("loss"),
                List.of(new PointSeries("run", PointState.FITTED, x, y)), List.of(curve), 1e5, residuals);
    }
}
