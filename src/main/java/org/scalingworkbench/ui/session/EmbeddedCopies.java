package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.scalingworkbench.session.EmbeddedData;

/** Turns a data file into a session's embedded copy and back into text the importer reads. */
final class EmbeddedCopies {

    private EmbeddedCopies() {
    }

    /** The file's text, as read (UTF-8), kept whole: the importer reads it again as it read the file. */
    static EmbeddedData of(Path file) throws IOException {
        return EmbeddedData.ofCsv(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The text of an embedded copy: the file's text, or the table written as CSV. */
    static String text(EmbeddedData copy) {
        if (copy.csv() != null) {
            return copy.csv();
        }
        StringBuilder out = new StringBuilder(line(copy.columns()));
        copy.rows().forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(EmbeddedCopies::quoted).collect(Collectors.joining(",")) + "\n";
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
