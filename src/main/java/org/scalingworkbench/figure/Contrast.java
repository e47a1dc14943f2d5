package org.scalingworkbench.figure;

import java.awt.Color;

/**
 * Contrast of colours as WCAG 2 defines it: relative luminance from linearised sRGB, and the ratio
 * (L1 + 0.05) / (L2 + 0.05) of the lighter to the darker, from 1 (none) to 21 (black on white).
 * Non-text figure parts such as markers and lines want at least 3:1 against their background.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The relative luminance of {@code c}, from 0 (black) to 1 (white); alpha is ignored. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The contrast ratio of {@code a} and {@code b}, in either order, from 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Whether {@code c} is a dark background: white text on it contrasts more than black. */
    public static boolean isDark(Color c) {
        return ratio(c, Color.WHITE) > ratio(c, Color.BLACK);
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
