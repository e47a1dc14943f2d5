package org.scalingworkbench.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * Lays out and draws small multiples: the key (colour bar, legend) across the top, then the
 * panels in a grid of equal data areas with their headings above them; tick labels on the left
 * column and the bottom panel of each column only, the axis titles once for the whole grid. The
 * layout is made at each draw from the area and the real text sizes, so the window and every
 * exported format draw the same grid.
 */
final class FacetGrid {

    /** Panels are laid out so that each data area is about this much wider than high. */
    static final double CELL_ASPECT = 1.3;

    private final ChartStyle style;
    private final List<String> titles;
    private final List<XYPlot> plots;
    private final List<Title> header;
    private final Title legend;
    private final String xTitle;
    private final String yTitle;

    /**
     * @param header the titles across the top (the colour bar)
     * @param legend the legend: in the first empty cell of the grid when it has one, else across the top; may be null
     */
    FacetGrid(ChartStyle style, List<String> titles, List<XYPlot> plots, List<Title> header, Title legend, String xTitle,
            String yTitle) {
        this.style = style;
        this.titles = List.copyOf(titles);
        this.plots = List.copyOf(plots);
        this.header = List.copyOf(header);
        this.legend = legend;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        plots.forEach(p -> {
            p.setInsets(RectangleInsets.ZERO_INSETS);
            p.getDomainAxis().setLabel(null);
            p.getRangeAxis().setLabel(null);
        });
    }

    List<XYPlot> plots() {
        return plots;
    }

    /**
     * {rows, columns} of a grid of {@code n} panels in a {@code width} × {@code height} area: the
     * shape whose cells come closest to {@link #CELL_ASPECT} (width over height), ties to fewer rows.
     */
    static int[] shape(int n, double width, double height) {
        int[] best = {1, n};
        double bestScore = Double.POSITIVE_INFINITY;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double score = Math.abs(Math.log(width / cols / (height / rows) / CELL_ASPECT));
            if (score < bestScore - 1e-9) {
                bestScore = score;
                best = new int[] {rows, cols};
            }
        }
        return best;
    }

    /**
     * Draws the grid into {@code area}; returns the first panel's data area. The legend goes into
     * the grid's first empty cell when the grid, laid out without the legend above it, has one.
     */
    Rectangle2D draw(Graphics2D g2, Rectangle2D area) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setPaint(style.theme().background());
        g2.fill(area);
        java.util.List<Title> top = new java.util.ArrayList<>(header);
        if (legend != null && !hasEmptyCell(g2, area, top)) {
            top.add(legend);
        }
        return draw(g2, area, top, legend != null && !top.contains(legend));
    }

    private boolean hasEmptyCell(Graphics2D g2, Rectangle2D area, List<Title> top) {
        double height = area.getHeight();
        for (Title title : top) {
            height -= title.arrange(g2, new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight()))).height;
        }
        int[] shape = shape(plots.size(), area.getWidth(), height);
        return shape[0] * shape[1] > plots.size();
    }

    private Rectangle2D draw(Graphics2D g2, Rectangle2D area, List<Title> headerTitles, boolean legendInCell) {
        FigureTheme t = style.theme();
        double k = t.scale();
        double top = area.getY() + 2 * k;
        List<Rectangle2D> places = new java.util.ArrayList<>();
        for (Title title : headerTitles) {
            Size2D size = title.arrange(g2, new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight())));
            places.add(new Rectangle2D.Double(area.getX() + (area.getWidth() - size.width) / 2, top, size.width, size.height));
            top += size.height;
        }
        Font labelFont = t.font(t.labelSize());
        Font headingFont = t.font(t.legendSize());
        double labelHeight = g2.getFontMetrics(labelFont).getHeight();
        double heading = g2.getFontMetrics(headingFont).getHeight() + k;
        Rectangle2D body = new Rectangle2D.Double(area.getX() + labelHeight + 2 * k, top, area.getWidth() - labelHeight - 8 * k,
                area.getMaxY() - top - labelHeight - 3 * k);
        XYPlot first = plots.get(0);
        double left = first.getRangeAxis().reserveSpace(g2, first, body, RectangleEdge.LEFT, new AxisSpace()).getLeft();
        double bottom = first.getDomainAxis().reserveSpace(g2, first, body, RectangleEdge.BOTTOM, new AxisSpace()).getBottom();
        int[] shape = shape(plots.size(), body.getWidth() - left, body.getHeight() - bottom);
        int rows = shape[0];
        int cols = shape[1];
        if (legendInCell && rows * cols == plots.size()) {
            List<Title> withLegend = new java.util.ArrayList<>(headerTitles);
            withLegend.add(legend);
            return draw(g2, area, withLegend, false);
        }
        for (int h = 0; h < headerTitles.size(); h++) {
            headerTitles.get(h).draw(g2, places.get(h));
        }
        double gap = 5 * k;
        double cellW = (body.getWidth() - left - gap * (cols - 1)) / cols;
        double cellH = (body.getHeight() - bottom - rows * heading - gap * (rows - 1)) / rows;
        Rectangle2D firstArea = null;
        for (int i = 0; i < plots.size(); i++) {
            int r = i / cols;
            int c = i % cols;
            Rectangle2D data = new Rectangle2D.Double(body.getX() + left + c * (cellW + gap),
                    body.getY() + r * (heading + cellH + gap) + heading, cellW, cellH);
            firstArea = firstArea == null ? data : firstArea;
            drawPanel(g2, i, data, c == 0 ? left : 0, i + cols >= plots.size() ? bottom : 0);
            g2.setFont(headingFont);
            g2.setPaint(t.foreground());
            g2.drawString(heading(titles.get(i), g2.getFontMetrics(), cellW), (float) data.getX(),
                    (float) (data.getY() - g2.getFontMetrics().getDescent() - k));
        }
        if (legendInCell) {
            int i = plots.size();
            Rectangle2D cell = new Rectangle2D.Double(body.getX() + left + (i % cols) * (cellW + gap),
                    body.getY() + (i / cols) * (heading + cellH + gap) + heading, cellW, cellH);
            Size2D size = legend.arrange(g2, new RectangleConstraint(new Range(0, cell.getWidth()), new Range(0, cell.getHeight())));
            legend.draw(g2, new Rectangle2D.Double(cell.getX() + 2 * k, cell.getY(), size.width, size.height));
        }
        drawAxisTitles(g2, area, body, left, labelFont);
        return firstArea;
    }

    /**
     * A panel's heading that fits {@code width}: the title ("Task = arc"), else its value alone
     * ("arc"), else the value cut short with an ellipsis.
     */
    static String heading(String title, java.awt.FontMetrics metrics, double width) {
        if (metrics.stringWidth(title) <= width) {
            return title;
        }
        int eq = title.indexOf(" = ");
        String value = eq >= 0 ? title.substring(eq + 3) : title;
        if (metrics.stringWidth(value) <= width) {
            return value;
        }
        int n = value.length();
        while (n > 1 && metrics.stringWidth(value.substring(0, n) + "…") > width) {
            n--;
        }
        return value.substring(0, n) + "…";
    }

    private void drawPanel(Graphics2D g2, int i, Rectangle2D data, double left, double bottom) {
        XYPlot plot = plots.get(i);
        plot.getRangeAxis().setTickLabelsVisible(left > 0);
        plot.getDomainAxis().setTickLabelsVisible(bottom > 0);
        AxisSpace ySpace = new AxisSpace();
        ySpace.setLeft(left);
        AxisSpace xSpace = new AxisSpace();
        xSpace.setBottom(bottom);
        plot.setFixedRangeAxisSpace(ySpace);
        plot.setFixedDomainAxisSpace(xSpace);
        Rectangle2D plotArea = new Rectangle2D.Double(data.getX() - left, data.getY(), data.getWidth() + left, data.getHeight() + bottom);
        plot.draw(g2, plotArea, null, null, null);
    }

    private void drawAxisTitles(Graphics2D g2, Rectangle2D area, Rectangle2D body, double left, Font font) {
        g2.setFont(font);
        g2.setPaint(style.theme().foreground());
        var metrics = g2.getFontMetrics();
        double xMid = body.getX() + left + (body.getWidth() - left) / 2;
        g2.drawString(xTitle, (float) (xMid - metrics.stringWidth(xTitle) / 2.0), (float) (area.getMaxY() - metrics.getDescent() - 2 * style.theme().scale()));
        double yMid = body.getCenterY();
        AffineTransform saved = g2.getTransform();
        g2.translate(area.getX() + metrics.getAscent() + 1 * style.theme().scale(), yMid + metrics.stringWidth(yTitle) / 2.0);
        g2.rotate(-Math.PI / 2);
        g2.drawString(yTitle, 0f, 0f);
        g2.setTransform(saved);
        g2.setPaint(Color.BLACK);
    }
}
