package org.scalingworkbench.ui.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * Figure sizes people ask for, in inches: a column of a two-column paper, the full page width,
 * and a 16:9 slide; {@link #CUSTOM} is any other size.
 */
public enum SizePreset {
    SINGLE_COLUMN("Single column", 3.25, 2.6),
    DOUBLE_COLUMN("Double column", 6.75, 4.2),
    SLIDE("Slide", 10, 5.625),
    CUSTOM("Custom", Double.NaN, Double.NaN);

    private final String label;
    private final double widthInches;
    private final double heightInches;

    SizePreset(String label, double widthInches, double heightInches) {
        this.label = label;
        this.widthInches = widthInches;
        this.heightInches = heightInches;
    }

    /** Width in inches; NaN for {@link #CUSTOM}. */
    public double widthInches() {
        return widthInches;
    }

    /** Height in inches; NaN for {@link #CUSTOM}. */
    public double heightInches() {
        return heightInches;
    }

    /** The preset of exactly this width and height, if any. */
    public static Optional<SizePreset> of(double widthInches, double heightInches) {
        return Arrays.stream(values()).filter(p -> p.widthInches == widthInches && p.heightInches == heightInches).findFirst();
    }

    @Override
    public String toString() {
        return this == CUSTOM ? label : label + " (" + ExportInput.inches(widthInches) + " in)";
    }
}
