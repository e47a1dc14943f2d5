package org.scalingworkbench.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FigureZoomTest {

    private static Figure drawn(FigureTheme theme) {
        Figure figure = new ScalingFigure(theme).build(SyntheticScalingSpec.spec());
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        figure.draw(g, new Rectangle2D.Double(0, 0, 800, 600));
        g.dispose();
        return figure;
    }

    private static void redraw(Figure figure) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        figure.draw(g, new Rectangle2D.Double(0, 0, 800, 600));
        g.dispose();
    }

    @Test
    void zoomYSetsTheMainPlotsRangeAndMovesPointsOnScreen() {
        Figure figure = drawn(FigureTheme.paper());
        Rectangle2D area = figure.dataArea().orElseThrow();
        figure.zoomY(2.0, 4.0);
        redraw(figure);
        assertThat(figure.viewY()).containsExactly(2.0, 4.0);
        Point2D low = figure.position(1e8, 2.0).orElseThrow();
        Point2D high = figure.position(1e8, 4.0).orElseThrow();
        assertThat(low.getY()).isCloseTo(area.getMaxY(), within(1.0));
        assertThat(high.getY()).isCloseTo(area.getMinY(), within(1.0));
        assertThatThrownBy(() -> figure.zoomY(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valueAtInvertsPositionOnTheLogAxesInsideAndOutsideTheView() {
        Figure figure = drawn(FigureTheme.paper());
        for (double[] xy : new double[][] {{1e7, 2.5}, {3e9, 1.9}, {1e3, 50}}) {
            Point2D screen = figure.position(xy[0], xy[1]).orElseThrow();
            Point2D back = figure.valueAt(screen.getX(), screen.getY()).orElseThrow();
            assertThat(Math.log(back.getX())).isCloseTo(Math.log(xy[0]), within(1e-9));
            assertThat(Math.log(back.getY())).isCloseTo(Math.log(xy[1]), within(1e-9));
        }
    }

    @Test
    void screenThemesAreThePaperSizesTimesTheScreenScaleInTheirOwnColours() {
        FigureTheme paper = FigureTheme.paper();
        FigureTheme screen = FigureTheme.screen();
        FigureTheme screenDark = FigureTheme.screenDark();
        assertThat(screen.tickSize()).isCloseTo(paper.tickSize() * FigureTheme.SCREEN_SCALE, within(1e-5f));
        assertThat(screen.lineWidth()).isCloseTo(paper.lineWidth() * FigureTheme.SCREEN_SCALE, within(1e-5f));
        assertThat(screen.scale()).isEqualTo(FigureTheme.SCREEN_SCALE);
        assertThat(screen.background()).isEqualTo(paper.background());
        assertThat(screenDark.tickSize()).isEqualTo(screen.tickSize());
        assertThat(screenDark.background()).isEqualTo(FigureTheme.dark().background());
    }

    @Test
    void screenThemeLeavesLessRoomForDataThanPaperAtTheSameSize() {
        Rectangle2D paper = drawn(FigureTheme.paper()).dataArea().orElseThrow();
        Rectangle2D screen = drawn(FigureTheme.screen()).dataArea().orElseThrow();
        assertThat(screen.getMinX()).isGreaterThan(paper.getMinX());
        assertThat(screen.getMaxY()).isLessThan(paper.getMaxY());
    }
}
