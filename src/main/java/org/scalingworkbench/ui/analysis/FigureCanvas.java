package org.scalingworkbench.ui.analysis;

import java.awt.geom.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.jfree.fx.FXGraphics2D;
import org.scalingworkbench.figure.Figure;

/**
 * A {@link Figure} drawn on a canvas through FXGraphics2D, the same drawing as the exports and the
 * main chart, redrawn on resize; without a figure, a message in plain words says why.
 */
final class FigureCanvas {

    private final StackPane root = new StackPane();
    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label placeholder = new Label();
    private Figure figure;

    FigureCanvas(String id) {
        root.setId(id);
        canvas.setId(id + "-canvas");
        placeholder.setId(id + "-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.setStyle("-fx-text-fill: #555; -fx-font-size: 13px;");
        pane.setMinSize(150, 120);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        pane.getChildren().add(canvas);
        root.getChildren().addAll(pane, placeholder);
        show(null, "");
    }

    Node node() {
        return root;
    }

    /** Shows {@code shown}, or, when it is null, the message {@code why}. */
    void show(Figure shown, String why) {
        figure = shown;
        placeholder.setText(why == null ? "" : why);
        placeholder.setVisible(shown == null && why != null && !why.isEmpty());
        pane.setVisible(shown != null);
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(javafx.scene.paint.Color.WHITE);
        gc.fillRect(0, 0, w, h);
        if (figure != null && w > 10 && h > 10) {
            figure.draw(new FXGraphics2D(gc), new Rectangle2D.Double(0, 0, w, h));
        }
    }
}
