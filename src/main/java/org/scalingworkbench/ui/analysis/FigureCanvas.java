package org.scalingworkbench.ui.analysis;

import java.awt.geom.Rectangle2D;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.jfree.fx.FXGraphics2D;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;

/**
 * A {@link Figure} drawn on a canvas through FXGraphics2D, the same drawing as the exports and the
 * main chart, redrawn on resize; without a figure, a message in plain words says why.
 */
final class FigureCanvas {

    private final StackPane root = new StackPane();
    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label placeholder = new Label();
    private final ObservableValue<FigureTheme> theme;
    private Function<FigureTheme, Figure> build;
    private Figure figure;

    /** @param theme the window's chart theme (screen sizes, light or dark); the figure follows it */
    FigureCanvas(String id, ObservableValue<FigureTheme> theme) {
        this.theme = theme;
        theme.addListener((o, old, now) -> rebuild());
        root.setId(id);
        canvas.setId(id + "-canvas");
        placeholder.setId(id + "-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.setStyle("-fx-font-size: 13px;");
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

    /** Shows the figure {@code builder} makes in the current theme, or, when it is null, the message {@code why}. */
    void show(Function<FigureTheme, Figure> builder, String why) {
        build = builder;
        placeholder.setText(why == null ? "" : why);
        placeholder.setVisible(builder == null && why != null && !why.isEmpty());
        pane.setVisible(builder != null);
        rebuild();
    }

    private void rebuild() {
        figure = build == null ? null : build.apply(theme.getValue());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        java.awt.Color bg = theme.getValue().background();
        gc.setFill(javafx.scene.paint.Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
        gc.fillRect(0, 0, w, h);
        if (figure != null && w > 10 && h > 10) {
            figure.draw(new FXGraphics2D(gc), new Rectangle2D.Double(0, 0, w, h));
        }
    }
}
