package org.scalingworkbench.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * The colour bar of a {@link GroupKey} on a colour scale, drawn above the plot: the key's title,
 * then a horizontal bar shaded along the scale with the value axis below it (decades 10^k on a log
 * scale), and a short mark on the bar at each group's value. As wide as the figure, about two
 * lines of legend type high, so it stays legible at 3.25 in where a legend of nine compute bins
 * took a third of the figure.
 */
final class ColourBar extends Title {

    private static final long serialVersionUID = 1L;
    /** Shading steps along the bar. */
    private static final int STRIPS = 120;
    /** The bar uses at most this fraction of the figure's width. */
    private static final double MAX_WIDTH = 0.68;

    private final transient ChartStyle style;
    private final GroupKey key;

    ColourBar(ChartStyle style, GroupKey key) {
        if (!key.scaled()) {
            throw new IllegalArgumentException("a colour bar needs a key on a colour scale");
        }
        this.style = style;
        this.key = key;
        setPosition(RectangleEdge.TOP);
    }

    private double barHeight() {
        return 0.85 * style.theme().legendSize();
    }

    private double height() {
        FigureTheme t = style.theme();
        return barHeight() + 3.5 * t.scale() + 1.35 * t.tickSize() + 4 * t.scale();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double width = constraint.getWidthRange() == null ? 200 : constraint.getWidthRange().getUpperBound();
        return new Size2D(Double.isFinite(width) ? width : 200, height());
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        FigureTheme t = style.theme();
        Font font = t.font(t.legendSize());
        g2.setFont(font);
        String title = key.title() == null ? "" : key.title();
        double titleWidth = g2.getFontMetrics().getStringBounds(title, g2).getWidth();
        // strips without antialiasing, each overlapping the next, so no seam shows between them
        double pad = 3 * t.scale();
        double top = area.getY() + 2 * t.scale();
        double x0 = area.getX() + pad + titleWidth + (title.isEmpty() ? 0 : 2 * pad);
        double width = Math.min(area.getMaxX() - pad - 0.6 * t.tickSize() - x0, MAX_WIDTH * area.getWidth());
        if (width <= 4 * pad) {
            return;
        }
        Rectangle2D bar = new Rectangle2D.Double(x0, top, width, barHeight());
        g2.setPaint(t.foreground());
        g2.drawString(title, (float) (area.getX() + pad),
                (float) (bar.getCenterY() + g2.getFontMetrics().getAscent() * 0.35));
        Object antialiasing = g2.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING);
        g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int i = 0; i < STRIPS; i++) {
            double right = i == STRIPS - 1 ? width / STRIPS : width / STRIPS + 0.5;
            g2.setPaint(t.sequentialAt((i + 0.5) / STRIPS));
            g2.fill(new Rectangle2D.Double(x0 + width * i / STRIPS, top, right, bar.getHeight()));
        }
        if (antialiasing != null) {
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, antialiasing);
        }
        g2.setPaint(t.foreground());
        g2.setStroke(style.hairline(0.5f));
        g2.draw(bar);
        for (double v : key.values()) {
            double x = x0 + width * key.position(v);
            g2.draw(new Line2D.Double(x, top, x, top + 0.3 * bar.getHeight()));
        }
        axis().draw(g2, bar.getMaxY(), area, bar, RectangleEdge.BOTTOM, null);
    }

    /** The value axis along the bar: ticks and labels only. */
    private ValueAxis axis() {
        double[] r = key.range();
        double lo = r[0];
        double hi = r[1] > r[0] ? r[1] : (key.log() ? r[0] * 10 : r[0] + 1);
        ValueAxis axis = style.axis(key.log() ? AxisSpec.log(null) : AxisSpec.linear(null));
        axis.setRange(lo, hi);
        axis.setLabel(null);
        axis.setMinorTickMarksVisible(false);
        axis.setTickLabelFont(style.theme().font(style.theme().legendSize()));
        return axis;
    }
}
