package org.scalingworkbench.figure;

import java.awt.Color;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;

/** A legend drawn inside a plot corner: marker entries for point groups, line entries for laws. */
final class Legend {

    private final ChartStyle style;
    private final LegendItemCollection items = new LegendItemCollection();

    Legend(ChartStyle style) {
        this.style = style;
    }

    /** A marker entry, filled or hollow. */
    Legend marker(String label, Color colour, boolean filled) {
        items.add(new LegendItem(label, null, null, null, true, style.marker(), filled, colour, true, colour,
                style.hairline(filled ? 0.4f : 1.0f), false, new Line2D.Double(), ChartStyle.thin(1), colour));
        return this;
    }

    /** A line entry, solid or dashed. */
    Legend line(String label, Color colour, boolean dashed) {
        return line(label, colour, style.curveStroke(dashed));
    }

    /** A line entry in {@code stroke} (a law's line style), its sample long enough to show a dash-dot. */
    Legend line(String label, Color colour, java.awt.Stroke stroke) {
        float w = 7 * style.theme().legendSize() / 6.5f;
        items.add(new LegendItem(label, null, null, null, false, style.marker(), false, colour, false, colour,
                ChartStyle.thin(1), true, new Line2D.Double(-w, 0, w, 0), stroke, colour));
        return this;
    }

    /** An entry of text alone ("41 Model Family values, one colour each"). */
    Legend note(String label) {
        items.add(new LegendItem(label, null, null, null, false, new Line2D.Double(), false, style.theme().foreground(),
                false, style.theme().foreground(), ChartStyle.thin(1), false, new Line2D.Double(), ChartStyle.thin(1),
                style.theme().foreground()));
        return this;
    }

    boolean isEmpty() {
        return items.getItemCount() == 0;
    }

    /** Number of entries. */
    int size() {
        return items.getItemCount();
    }

    /** The longest entry, in characters. */
    int longestLabel() {
        int longest = 0;
        for (int i = 0; i < items.getItemCount(); i++) {
            longest = Math.max(longest, items.get(i).getLabel().length());
        }
        return longest;
    }

    /** The legend as a title above the plot, entries flowing left to right. */
    LegendTitle above() {
        LegendTitle title = styled();
        title.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        title.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        title.setBackgroundPaint(null);
        title.setItemLabelPadding(style.insets(1, 2, 1, 6));
        return title;
    }

    private LegendTitle styled() {
        LegendTitle title = new LegendTitle(() -> items);
        title.setItemFont(style.theme().font(style.theme().legendSize()));
        title.setItemPaint(style.theme().foreground());
        title.setItemLabelPadding(style.insets(1, 2, 1, 1));
        title.setLegendItemGraphicPadding(style.insets(1, 3, 1, 1));
        return title;
    }

    /**
     * The legend as an annotation in a corner of the plot area: {@code right} and {@code top}
     * choose the corner.
     */
    XYTitleAnnotation annotation(boolean right, boolean top) {
        LegendTitle title = styled();
        title.setBackgroundPaint(ChartStyle.withAlpha(style.theme().background(), 0.85));
        title.setFrame(new BlockBorder(style.insets(0.5, 0.5, 0.5, 0.5), style.theme().grid()));
        title.setPadding(style.insets(1.5, 2, 1.5, 3));
        title.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT);
        RectangleAnchor anchor = top ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                : (right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        XYTitleAnnotation a = new XYTitleAnnotation(right ? 0.985 : 0.015, top ? 0.98 : 0.02, title, anchor);
        a.setMaxWidth(0.75);
        return a;
    }
}
