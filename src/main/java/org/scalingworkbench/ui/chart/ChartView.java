package org.scalingworkbench.ui.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.jfree.fx.FXGraphics2D;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PlotZoom;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * The interactive scaling plot: the {@link Figure} drawn on a canvas through FXGraphics2D (the same
 * drawing as the exports), redrawn on resize. Wheel zooms x around the cursor, Ctrl+wheel or
 * Alt+wheel zooms y, drag pans, Shift+drag zooms x and y to a box, double-click resets both;
 * hovering a point shows its row, clicking it excludes or includes it, and the dashed cut-off line
 * can be dragged.
 */
public final class ChartView {

    private static final double HIT_PIXELS = 7;

    private final FitViewModel model;
    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label tip = new Label();
    private final Rectangle box = new Rectangle();
    private final ObjectProperty<FigureTheme> theme = new SimpleObjectProperty<>(FigureTheme.screen());
    private final ViewRange range = new ViewRange();
    private Figure figure;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private DragMode mode = DragMode.NONE;

    private enum DragMode { NONE, PAN, BOX, CUT_OFF }

    public ChartView(FitViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public Node node() {
        return pane;
    }

    /** The figure on screen, for export; null before a curve is shown. */
    public Figure figure() {
        return figure;
    }

    public ObjectProperty<FigureTheme> themeProperty() {
        return theme;
    }

    /** Shows the whole x and y ranges again. */
    public void resetZoom() {
        range.reset();
        rebuild();
    }

    private void createView() {
        pane.setId("chart");
        canvas.setId("chart-canvas");
        pane.setMinSize(200, 150);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        tip.setId("point-tip");
        tip.setStyle("-fx-background-color: -fx-control-inner-background; -fx-text-fill: -fx-text-inner-color;"
                + " -fx-border-color: -fx-box-border; -fx-padding: 2 5;");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        box.setManaged(false);
        box.setVisible(false);
        box.setMouseTransparent(true);
        box.setStyle("-fx-fill: #3070ff22; -fx-stroke: #3070ff;");
        pane.getChildren().addAll(canvas, box, tip);
    }

    private void initListeners() {
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        theme.addListener(o -> rebuild());
        model.chart().specProperty().addListener(o -> rebuild());
        model.chart().curveProperty().addListener(o -> resetZoom());
        canvas.setOnScroll(this::zoomAround);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tip.setVisible(false));
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::release);
    }

    private void rebuild() {
        ScalingPlotSpec spec = model.chart().specProperty().get();
        figure = spec == null ? null : new ScalingFigure(theme.get()).build(spec);
        if (figure != null) {
            range.applyTo(figure);
        }
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        java.awt.Color bg = theme.get().background();
        gc.setFill(javafx.scene.paint.Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
        gc.fillRect(0, 0, w, h);
        if (figure != null && w > 10 && h > 10) {
            figure.draw(new FXGraphics2D(gc), new Rectangle2D.Double(0, 0, w, h));
        }
    }

    private void zoomAround(ScrollEvent e) {
        if (figure == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        Rectangle2D area = figure.dataArea().orElse(null);
        if (area == null) {
            return;
        }
        if (e.isControlDown() || e.isAltDown()) {
            range.setY(dataY(about(area.getMinY(), e.getY(), factor)), dataY(about(area.getMaxY(), e.getY(), factor)));
        } else {
            range.setX(dataX(about(area.getMinX(), e.getX(), factor)), dataX(about(area.getMaxX(), e.getX(), factor)));
        }
        rezoom();
    }

    /** The screen coordinate {@code edge} moved towards (factor below 1) or away from {@code anchor}. */
    private static double about(double edge, double anchor, double factor) {
        return anchor + (edge - anchor) * factor;
    }

    private void rezoom() {
        range.applyTo(figure);
        draw();
    }

    private void hover(MouseEvent e) {
        Optional<Integer> k = nearest(e.getX(), e.getY());
        tip.setVisible(k.isPresent());
        k.ifPresent(i -> {
            tip.setText(model.chart().describe(i));
            tip.autosize();
            tip.relocate(Math.min(e.getX() + 12, pane.getWidth() - tip.getWidth() - 4), e.getY() + 12);
        });
        boolean onCut = nearCutOff(e.getX());
        canvas.setCursor(onCut ? javafx.scene.Cursor.H_RESIZE : k.isPresent() ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
    }

    private void press(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = e.getX();
        lastY = e.getY();
        if (figure == null) {
            mode = DragMode.NONE;
        } else if (nearCutOff(e.getX())) {
            mode = DragMode.CUT_OFF;
        } else {
            mode = e.isShiftDown() ? DragMode.BOX : DragMode.PAN;
        }
    }

    private void drag(MouseEvent e) {
        tip.setVisible(false);
        switch (mode) {
            case CUT_OFF -> model.dragCutOff(dataX(e.getX()));
            case PAN -> pan(e.getX(), e.getY());
            case BOX -> {
                box.setVisible(true);
                box.relocate(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()));
                box.setWidth(Math.abs(e.getX() - pressX));
                box.setHeight(Math.abs(e.getY() - pressY));
            }
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void release(MouseEvent e) {
        DragMode was = mode;
        mode = DragMode.NONE;
        box.setVisible(false);
        if (figure == null) {
            return;
        }
        boolean click = Math.abs(e.getX() - pressX) < 3;
        if (e.getClickCount() == 2) {
            resetZoom();
        } else if (was == DragMode.CUT_OFF && !click) {
            model.endDrag(dataX(e.getX()));
        } else if (was == DragMode.BOX && !click) {
            range.setX(dataX(pressX), dataX(e.getX()));
            if (Math.abs(e.getY() - pressY) >= 3) {
                range.setY(dataY(pressY), dataY(e.getY()));
            }
            rezoom();
        } else if (click) {
            nearest(e.getX(), e.getY()).ifPresent(k -> model.chart().toggle(k));
        }
    }

    /** Moves the view with the pointer: x always, y once the user has zoomed it. */
    private void pan(double x, double y) {
        Rectangle2D area = figure.dataArea().orElse(null);
        if (area == null) {
            return;
        }
        double dx = x - lastX;
        double dy = y - lastY;
        range.setX(dataX(area.getMinX() - dx), dataX(area.getMaxX() - dx));
        if (range.hasY()) {
            range.setY(dataY(area.getMinY() - dy), dataY(area.getMaxY() - dy));
        }
        rezoom();
    }

    /** The index of the point within {@link #HIT_PIXELS} of (px, py), the closest one. */
    private Optional<Integer> nearest(double px, double py) {
        Curve c = model.chart().curveProperty().get();
        if (figure == null || c == null) {
            return Optional.empty();
        }
        int best = -1;
        double bestD = HIT_PIXELS;
        for (int k = 0; k < c.size(); k++) {
            Optional<Point2D> p = figure.position(c.xAt(k), c.yAt(k));
            if (p.isPresent() && p.get().distance(px, py) < bestD) {
                bestD = p.get().distance(px, py);
                best = k;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private boolean nearCutOff(double px) {
        double cut = model.chart().shownCutOff();
        return figure != null && !Double.isNaN(cut) && Math.abs(screenX(cut) - px) < 5;
    }

    /** The screen x of data x, from the figure's last draw. */
    private double screenX(double x) {
        return figure.position(x, 1).map(Point2D::getX).orElse(Double.NaN);
    }

    /** The data x under screen x, by the x axis' scale (extrapolated outside the view). */
    private double dataX(double px) {
        return figure.valueAt(px, 0).map(Point2D::getX).orElse(Double.NaN);
    }

    /** The data y of the main plot under screen y. */
    private double dataY(double py) {
        return figure.valueAt(0, py).map(Point2D::getY).orElse(Double.NaN);
    }

    /** The x range in view {lower, upper} in the x column's units (zoomed or automatic); empty before a curve is shown. */
    public Optional<double[]> viewX() {
        return figure == null ? Optional.empty() : Optional.of(range.x() != null ? range.x() : figure.viewX());
    }

    /**
     * What the user zoomed to, for an export that shows what is seen; empty before a curve is shown
     * or when neither axis is zoomed.
     */
    public Optional<PlotZoom> zoom() {
        return figure == null ? Optional.empty() : Optional.ofNullable(range.zoom());
    }

    /** Shows the x range [lower, upper] (a session was opened); ignored before a curve is shown. */
    public void showX(double lower, double upper) {
        if (figure != null && upper > lower) {
            range.setX(lower, upper);
            rezoom();
        }
    }
}
