package org.scalingworkbench.figure;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Colours, font sizes and line widths of a figure. Sizes are in points (1/72 in), since a figure
 * is laid out in points and scaled to pixels only when rasterized.
 *
 * @param name          "paper", "dark", "screen" or "screen-dark"
 * @param background    the figure's and the plot's background
 * @param foreground    axis lines, tick labels and titles
 * @param grid          major grid lines
 * @param minorGrid     minor grid lines
 * @param excluded      colour of excluded points
 * @param palette       colours of groups and laws, colour-blind safe (Okabe and Ito 2008)
 * @param family        font family
 * @param tickSize      tick label size in points
 * @param labelSize     axis title size in points
 * @param legendSize    legend text size in points
 * @param lineWidth     curve width in points
 * @param markerSize    marker diameter in points
 * @param scale         factor on the fixed details (hairline widths, tick lengths, paddings), 1 for
 *                      print; the screen themes enlarge them with the type
 */
public record FigureTheme(String name, Color background, Color foreground, Color grid, Color minorGrid, Color excluded,
        List<Color> palette, String family, float tickSize, float labelSize, float legendSize, float lineWidth,
        float markerSize, float scale) {

    /**
     * How much larger the window draws than paper: the canvas counts one pixel per point, and a
     * 7.5 pt tick label becomes a 12.75 px one, about the size of the window's own text.
     */
    public static final float SCREEN_SCALE = 1.7f;

    /** Okabe and Ito's colour-blind-safe palette, yellow last (weak on white). */
    private static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));

    /** Viridis-like stops, dark blue to yellow-green, for light backgrounds. */
    private static final List<Color> SEQUENTIAL = List.of(new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
            new Color(0x5DC963), new Color(0xB5DE2B));
    /**
     * The same hues with the dark end lifted, for dark backgrounds: each stop lighter than the one
     * before, the first at about 3.9:1 against the dark theme's background.
     */
    private static final List<Color> SEQUENTIAL_ON_DARK = List.of(new Color(0x7B6FD0), new Color(0x4F8FD8),
            new Color(0x21A8A0), new Color(0x5DC963), new Color(0xC8E02F));

    public FigureTheme {
        palette = List.copyOf(palette);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("theme scale must be positive, got " + scale);
        }
    }

    /**
     * For papers: white, no border or gradient, thin light grid, 7.5 pt ticks and 8.5 pt titles
     * (readable at 3.25 in single-column width and at 6.75 in double-column width).
     */
    public static FigureTheme paper() {
        return new FigureTheme("paper", Color.WHITE, new Color(0x222222), new Color(0xDDDDDD), new Color(0xF0F0F0),
                new Color(0xAAAAAA), OKABE_ITO, FigureFonts.FAMILY, 7.5f, 8.5f, 6.5f, 1.2f, 4.0f, 1f);
    }

    /**
     * Dark grey background, light text, larger type than paper (for slides and dark pages);
     * Okabe-Ito reordered so the light colours come first.
     */
    public static FigureTheme dark() {
        List<Color> onDark = List.of(new Color(0x56B4E9), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
                new Color(0xF0E442), new Color(0xD55E00), new Color(0xEEEEEE), new Color(0x0072B2));
        return new FigureTheme("dark", new Color(0x1E1F22), new Color(0xDDDDDD), new Color(0x3A3B3F), new Color(0x2A2B2F),
                new Color(0x6A6A6A), onDark, FigureFonts.FAMILY, 10f, 11f, 9.5f, 1.6f, 5.5f, 1f);
    }

    /**
     * The window's light chart: paper's colours with every size (type, lines, markers, details)
     * times {@link #SCREEN_SCALE}, since the canvas draws one point per pixel.
     */
    public static FigureTheme screen() {
        return paper().scaled("screen", SCREEN_SCALE);
    }

    /** The window's dark chart: dark's colours at the same sizes as {@link #screen()}. */
    public static FigureTheme screenDark() {
        FigureTheme s = screen();
        FigureTheme d = dark();
        return new FigureTheme("screen-dark", d.background, d.foreground, d.grid, d.minorGrid, d.excluded, d.palette,
                d.family, s.tickSize, s.labelSize, s.legendSize, s.lineWidth, s.markerSize, s.scale);
    }

    /** The theme of this name: "paper" or "dark" (figures), "screen" or "screen-dark" (the window's chart, as sessions save it). */
    public static FigureTheme named(String name) {
        return switch (name) {
            case "paper" -> paper();
            case "dark" -> dark();
            case "screen" -> screen();
            case "screen-dark" -> screenDark();
            default -> throw new IllegalArgumentException("unknown theme '" + name + "'; themes: paper, dark, screen, screen-dark");
        };
    }

    /** This theme named {@code newName} with every size multiplied by {@code factor}. */
    public FigureTheme scaled(String newName, float factor) {
        return new FigureTheme(newName, background, foreground, grid, minorGrid, excluded, palette, family,
                tickSize * factor, labelSize * factor, legendSize * factor, lineWidth * factor, markerSize * factor,
                scale * factor);
    }

    /** The colour of the i-th group or law, cycling through the palette. */
    public Color colour(int i) {
        return palette.get(Math.floorMod(i, palette.size()));
    }

    /**
     * The colour of point group {@code g} of {@code groups}: up to six groups take palette colours,
     * more take the sequential scale (ordered groups such as compute budgets).
     */
    public Color groupColour(int g, int groups) {
        return groups > 6 ? sequential(g, groups) : colour(g);
    }

    /**
     * Colour i of n ordered groups (for example compute budgets) on a viridis-like sequential scale,
     * perceptually ordered and colour-blind safe: dark blue to yellow-green on a light background;
     * on a dark one the same hues lifted (light violet to yellow-green), so that even the first
     * group's colour contrasts at least 3:1 with the background, the WCAG minimum for graphics.
     */
    public Color sequential(int i, int n) {
        return sequentialAt(n <= 1 ? 0 : (double) i / (n - 1));
    }

    /**
     * The colour at {@code position} (0 to 1, clamped) along the sequential scale of
     * {@link #sequential}: the colour scale of a colour bar.
     */
    public Color sequentialAt(double position) {
        List<Color> stops = Contrast.isDark(background) ? SEQUENTIAL_ON_DARK : SEQUENTIAL;
        double t = Math.max(0, Math.min(1, Double.isNaN(position) ? 0 : position)) * (stops.size() - 1);
        int k = Math.min(stops.size() - 2, (int) Math.floor(t));
        double f = t - k;
        Color a = stops.get(k);
        Color b = stops.get(k + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** The theme's font at {@code size} points. */
    public Font font(float size) {
        return FigureFonts.regular().deriveFont(size);
    }
}
