package org.scalingworkbench.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams JSON into a {@link CellTable}: an array of row objects, an object of equal-length
 * arrays (one per column), or a sequence of row objects (JSON Lines). Nested objects in a row are
 * flattened to {@code parent/child} keys (the tracker style {@code eval/paloma/macro_loss});
 * {@code NaN} and {@code Infinity} are accepted as Python writes them. A key given twice in one
 * object is refused (not last-wins), as is nesting past Jackson's 1,000 levels. Jackson's syntax
 * errors become {@link SweepFormatException}s at Jackson's line and column, in the words of
 * {@link JsonProblem}.
 */
final class JsonTableParser {

    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    CellTable parse(Path file, String source, boolean linesOnly) throws IOException {
        CellTable table = new CellTable(source);
        try (JsonParser p = factory.createParser(file.toFile())) {
            try {
                readRoot(p, table, source, linesOnly);
            } catch (JsonProcessingException e) {
                var at = JsonProblem.place(e, p);
                throw new SweepFormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                        null, "invalid JSON: " + JsonProblem.plain(e));
            }
        }
        return table;
    }

    private void readRoot(JsonParser p, CellTable table, String source, boolean linesOnly) throws IOException {
        JsonToken root = p.nextToken();
        if (root == null) {
            throw SweepFormatException.ofFile(source, "the file is empty");
        }
        if (root == JsonToken.START_ARRAY && !linesOnly) {
            readArrayOfRows(p, table, source);
            expectEnd(p, source);
        } else if (root == JsonToken.START_OBJECT) {
            readObjects(p, table, source, linesOnly);
        } else {
            throw error(p, source, linesOnly ? "expected one JSON object per line, found " + describe(root)
                    : "expected an array of objects or an object of arrays, found " + describe(root));
        }
    }

    private void readArrayOfRows(JsonParser p, CellTable table, String source) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw error(p, source, "expected an object for each row, found " + describe(t));
            }
            table.startRow(p.currentTokenLocation().getLineNr());
            readRow(p, table, "", source);
        }
    }

    /** At the first START_OBJECT: an object of arrays, or the first of one or more row objects. */
    private void readObjects(JsonParser p, CellTable table, String source, boolean linesOnly) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken first = p.nextToken();
        if (first == JsonToken.FIELD_NAME && !linesOnly) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY) {
                readColumns(p, table, key, source);
                expectEnd(p, source);
                return;
            }
            table.startRow(line);
            setValue(p, table, key, source);
            readRow(p, table, "", source);
        } else {
            table.startRow(line);
            if (first != JsonToken.END_OBJECT) {
                readFields(p, table, "", source, first);
            }
        }
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw error(p, source, "expected one JSON object per row, found " + describe(t));
            }
            table.startRow(p.currentTokenLocation().getLineNr());
            readRow(p, table, "", source);
        }
    }

    private void readRow(JsonParser p, CellTable table, String prefix, String source) throws IOException {
        readFields(p, table, prefix, source, p.nextToken());
    }

    private void readFields(JsonParser p, CellTable table, String prefix, String source, JsonToken t) throws IOException {
        for (; t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = prefix + p.currentName();
            p.nextToken();
            setValue(p, table, key, source);
        }
    }

    private void setValue(JsonParser p, CellTable table, String key, String source) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            readRow(p, table, key + "/", source);
        } else if (t == JsonToken.START_ARRAY) {
            throw error(p, source, "expected a number or text for key \"" + key + "\", found an array");
        } else {
            setScalar(p, table, key);
        }
    }

    private void readColumns(JsonParser p, CellTable table, String firstKey, String source) throws IOException {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        List<Integer> lines = new ArrayList<>();
        String key = firstKey;
        while (true) {
            List<Object> cells = new ArrayList<>();
            int arrayLine = p.currentTokenLocation().getLineNr();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    throw error(p, source, "expected a number or text in the array \"" + key + "\", found " + describe(t));
                }
                if (columns.isEmpty()) {
                    lines.add(p.currentTokenLocation().getLineNr());
                }
                cells.add(scalar(p));
            }
            if (!columns.isEmpty() && cells.size() != lines.size()) {
                throw new SweepFormatException(source, arrayLine, 0, key, "the array has " + cells.size()
                        + " values but \"" + firstKey + "\" has " + lines.size() + "; columns must have equal length");
            }
            columns.put(key, cells);
            if (p.nextToken() == JsonToken.END_OBJECT) {
                break;
            }
            key = p.currentName();
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw error(p, source, "expected an array of values for key \"" + key + "\", found " + describe(p.currentToken()));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            table.startRow(lines.get(i));
            for (Map.Entry<String, List<Object>> e : columns.entrySet()) {
                Object value = e.getValue().get(i);
                if (value instanceof Double d) {
                    table.setNumber(e.getKey(), d);
                } else {
                    table.setText(e.getKey(), (String) value);
                }
            }
        }
    }

    private static void setScalar(JsonParser p, CellTable table, String key) throws IOException {
        Object value = scalar(p);
        if (value instanceof Double d) {
            table.setNumber(key, d);
        } else {
            table.setText(key, (String) value);
        }
    }

    private static Object scalar(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> null;
        };
    }

    private static void expectEnd(JsonParser p, String source) throws IOException {
        JsonToken t = p.nextToken();
        if (t != null) {
            throw error(p, source, "more JSON after the end of the table (" + describe(t)
                    + "); one file should hold one array or object");
        }
    }

    private static SweepFormatException error(JsonParser p, String source, String problem) {
        var at = p.currentTokenLocation();
        return new SweepFormatException(source, at.getLineNr(), at.getColumnNr(), null, problem);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }
}
