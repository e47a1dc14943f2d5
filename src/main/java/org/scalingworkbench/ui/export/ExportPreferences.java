package org.scalingworkbench.ui.export;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.figure.export.ExportFormat;

/**
 * The export dialog's last choices in java.util.prefs: format, width and height in inches, DPI,
 * theme, and the folder of the last file (the next file is suggested there).
 */
final class ExportPreferences {

    private static final String FORMAT = "format";
    private static final String WIDTH = "width.inches";
    private static final String HEIGHT = "height.inches";
    private static final String DPI = "dpi";
    private static final String THEME = "theme";
    private static final String FOLDER = "folder";
    private static final String NAME = "scaling-plot";

    private final Preferences node;

    ExportPreferences(Preferences node) {
        this.node = node;
    }

    /** Fills the fields with the remembered choices, or single column SVG on paper the first time. */
    void restore(ObjectProperty<ExportFormat> format, StringProperty width, StringProperty height, StringProperty dpi,
            StringProperty theme, StringProperty path) {
        ExportFormat f = parseFormat(node.get(FORMAT, ExportFormat.SVG.name()));
        format.set(f);
        width.set(node.get(WIDTH, ExportInput.inches(SizePreset.SINGLE_COLUMN.widthInches())));
        height.set(node.get(HEIGHT, ExportInput.inches(SizePreset.SINGLE_COLUMN.heightInches())));
        dpi.set(node.get(DPI, "300"));
        String t = node.get(THEME, "paper");
        theme.set(ExportViewModel.THEMES.contains(t) ? t : "paper");
        Path folder = Path.of(node.get(FOLDER, System.getProperty("user.home")));
        path.set(folder.resolve(NAME + "." + ExportInput.suffix(f)).toString());
    }

    /** Remembers the choices of an export that goes ahead. */
    void remember(ExportInput input, String width, String height, String dpi) {
        node.put(FORMAT, input.format().name());
        node.put(WIDTH, width.trim());
        node.put(HEIGHT, height.trim());
        node.put(DPI, dpi.trim());
        node.put(THEME, input.theme());
        Path folder = input.path().toAbsolutePath().getParent();
        if (folder != null) {
            node.put(FOLDER, folder.toString());
        }
    }

    private static ExportFormat parseFormat(String name) {
        try {
            return ExportFormat.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return ExportFormat.SVG;
        }
    }
}
