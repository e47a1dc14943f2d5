package org.scalingworkbench.app.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ImportedSweep;

/** Checks that every column a user chose a role or scale for is in some file, and that a scaled one holds numbers. */
final class ChosenColumns {

    private ChosenColumns() {
    }

    static void check(List<ImportedSweep> files, ColumnChoices choices) {
        for (String name : choices.roles().keySet()) {
            find(files, name, "--role");
        }
        for (Map.Entry<String, Double> e : choices.scales().entrySet()) {
            Column c = find(files, e.getKey(), "--scale");
            if (!c.isNumeric()) {
                throw new IllegalArgumentException("--scale " + e.getKey() + ": the column holds text, not numbers");
            }
        }
    }

    private static Column find(List<ImportedSweep> files, String name, String option) {
        for (ImportedSweep f : files) {
            Optional<Column> c = f.sweep().column(name);
            if (c.isPresent()) {
                return c.get();
            }
        }
        String where = files.size() == 1 ? files.get(0).sweep().sourceName() : "any of the " + files.size() + " files";
        throw new IllegalArgumentException(option + " " + name + ": no column named \"" + name + "\" in " + where
                + "; columns are " + files.get(0).sweep().columns().stream().map(Column::name).toList());
    }
}
