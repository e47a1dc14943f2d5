package org.scalingworkbench.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupColourContrastTest {

    private static final List<FigureTheme> DARK = List.of(FigureTheme.dark(), FigureTheme.screenDark());

    @Test
    void contrastFollowsWcagReferenceValues() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(Contrast.ratio(Color.WHITE, Color.WHITE)).isCloseTo(1, within(1e-9));
        // #767676 on white is the lightest grey that reaches 4.5:1
        assertThat(Contrast.ratio(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.luminance(new Color(0x808080))).isCloseTo(0.2159, within(1e-4));
        assertThat(Contrast.isDark(FigureTheme.dark().background())).isTrue();
        assertThat(Contrast.isDark(FigureTheme.paper().background())).isFalse();
    }

    @Test
    void everyGroupColourOfTheDarkThemesContrastsThreeToOneWithTheBackground() {
        for (FigureTheme theme : DARK) {
            for (int groups = 1; groups <= 16; groups++) {
                for (int g = 0; g < groups; g++) {
                    Color c = theme.groupColour(g, groups);
                    assertThat(Contrast.ratio(c, theme.background())).as("%s: group %s of %s, %s", theme.name(), g, groups, c)
                            .isGreaterThanOrEqualTo(3.0);
                }
            }
        }
    }

    @Test
    void sequentialGroupColoursOnDarkAreDistinctAndGetLighterInOrder() {
        FigureTheme dark = FigureTheme.dark();
        for (int groups = 7; groups <= 12; groups++) {
            for (int g = 1; g < groups; g++) {
                Color before = dark.groupColour(g - 1, groups);
                Color c = dark.groupColour(g, groups);
                assertThat(Contrast.luminance(c)).as("group %s of %s", g, groups).isGreaterThan(Contrast.luminance(before));
                assertThat(distance(c, before)).as("group %s of %s", g, groups).isGreaterThan(15);
            }
        }
    }

    @Test
    void paperKeepsTheViridisRampAndOnlyTheDarkEndIsLifted() {
        assertThat(FigureTheme.paper().sequential(0, 8)).isEqualTo(new Color(0x440154));
        assertThat(FigureTheme.dark().sequential(0, 8)).isNotEqualTo(new Color(0x440154));
        assertThat(Contrast.ratio(FigureTheme.dark().sequential(0, 8), FigureTheme.dark().background()))
                .isGreaterThan(3 * Contrast.ratio(new Color(0x440154), FigureTheme.dark().background()));
    }

    /** Euclidean distance in sRGB units (0..255 per channel). */
    private static double distance(Color a, Color b) {
        return Math.hypot(Math.hypot(a.getRed() - b.getRed(), a.getGreen() - b.getGreen()), a.getBlue() - b.getBlue());
    }
}
