package org.scalingworkbench.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.data.JsonProblem;
import org.scalingworkbench.fit.formula.FormulaSyntaxException;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * Turns a {@link Session} into the bytes of a session file and back. The file is a JSON object
 * with {@code "format": "scaling-workbench-session"} and {@code "version": 2} followed by the
 * session's fields; no class names. Reading is strict: every field must be present (null where
 * allowed), of the right type (no number read as text, no text read as a number), known and given
 * once; a newer version is refused before its fields are read. The file is always valid JSON: NaN
 * and infinities are written as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"},
 * which are read back as those numbers (the bare tokens older versions wrote are still read).
 *
 * <p>Limits (docs/formats.md, "Session limits"): a session file of at most {@link #MAX_BYTES}
 * bytes, so an embedded copy of any file the importer loads fits; nesting of at most
 * {@value #MAX_DEPTH} levels. A file over a limit is refused with its place.
 *
 * <p>Versions: 2 added each result's {@code warnings} and each source's {@code shown} (whether it
 * is on the chart). A version 1 file is still read: its results' warnings are then unknown (null),
 * and its last source is the one on the chart, as version 1 showed it.
 */
public final class SessionCodec {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "scaling-workbench-session";
    /** The version this code writes and reads. */
    public static final int VERSION = 2;
    /** The largest session file read, in bytes (1 GiB); also the longest text in it, in characters. */
    public static final int MAX_BYTES = 1 << 30;
    /** The deepest nesting of objects and arrays read (a session itself nests about 6 levels). */
    public static final int MAX_DEPTH = 1000;

    private final ObjectMapper mapper;
    private final LawCatalog catalog;
    private final long maxBytes;

    /** A codec that checks law ids against {@code catalog}. */
    public SessionCodec(LawCatalog catalog) {
        this(catalog, MAX_BYTES);
    }

    /** A codec that refuses files over {@code maxBytes} bytes (tests use a small limit). */
    SessionCodec(LawCatalog catalog, long maxBytes) {
        this.catalog = catalog;
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_BYTES).maxNestingDepth(MAX_DEPTH).build()).build();
        this.mapper = JsonMapper.builder(factory)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .injectableValues(new InjectableValues.Std().addValue(Session.NO_CURVE_KEY, List.of())
                        .addValue(DataSource.NO_SCALES, Map.of()))
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
    }

    /** A codec over the built-in laws. */
    public SessionCodec() {
        this(LawCatalog.builtIn());
    }

    /** The session file's bytes (UTF-8 JSON, format and version first). */
    public byte[] write(Session session) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(session));
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session could not be written as JSON", e);
        }
    }

    /**
     * Reads a whole session file, or nothing.
     *
     * @param sourceName the file's name, for messages
     * @throws SessionFormatException naming the place and the problem when the bytes are not a
     *                                complete, valid session of a version up to {@value #VERSION}
     */
    public Session read(byte[] bytes, String sourceName) throws SessionFormatException {
        if (bytes.length > maxBytes) {
            throw new SessionFormatException(sourceName, 0, 0, "the file is " + bytes.length
                    + " bytes; a session may be at most " + maxBytes + " bytes");
        }
        JsonNode tree = parse(bytes, sourceName, p -> mapper.readTree(p));
        if (tree == null || tree.isMissingNode()) {
            throw new SessionFormatException(sourceName, 0, 0, "the file is empty");
        }
        int version = checkHeader(tree, sourceName);
        Session session = version < VERSION ? parse(null, sourceName, p -> mapper.treeToValue(upgraded(tree), Session.class))
                : parse(bytes, sourceName, p -> mapper.readValue(p, Session.class));
        checkMeaning(session, sourceName);
        return session;
    }

    /** Reads with {@code how}, over a parser of {@code bytes} (null when reading a tree). */
    private <T> T parse(byte[] bytes, String sourceName, Reading<T> how) throws SessionFormatException {
        try (JsonParser p = bytes == null ? null : mapper.createParser(bytes)) {
            try {
                return how.read(p);
            } catch (JsonProcessingException e) {
                throw located(e, p, sourceName);
            }
        } catch (SessionFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new SessionFormatException(sourceName, 0, 0, "unreadable: " + e.getMessage());
        }
    }

    /** One way of reading the file through Jackson. */
    private interface Reading<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * A version 1 tree with the fields version 2 added: each result's warnings, unknown; whether
     * each source is on the chart, true for the last one only (version 1 showed the last file).
     */
    private static JsonNode upgraded(JsonNode tree) {
        for (JsonNode law : tree.path("laws")) {
            if (law.path("result") instanceof ObjectNode result && !result.has("warnings")) {
                result.putNull("warnings");
            }
        }
        JsonNode sources = tree.path("sources");
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) instanceof ObjectNode source && !source.has("shown")) {
                source.put("shown", i == sources.size() - 1);
            }
        }
        return tree;
    }

    /** The file's version, checked to be one this code reads. */
    private static int checkHeader(JsonNode tree, String sourceName) throws SessionFormatException {
        if (!tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
            throw new SessionFormatException(sourceName, 0, 0,
                    "not a Scaling Workbench session (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = tree.path("version");
        if (!version.isInt() || version.intValue() < 1) {
            throw new SessionFormatException(sourceName, 0, 0,
                    "\"version\" must be a whole number ≥ 1, found " + version);
        }
        if (version.intValue() > VERSION) {
            throw new SessionFormatException(sourceName, 0, 0, "written by a newer Scaling Workbench (version "
                    + version.intValue() + "); this one reads version " + VERSION);
        }
        return version.intValue();
    }

    private void checkMeaning(Session session, String sourceName) throws SessionFormatException {
        if (session.holdOut() != null) {
            try {
                HoldOutSplit.parse(session.holdOut());
            } catch (IllegalArgumentException e) {
                throw new SessionFormatException(sourceName, 0, 0, "holdOut: " + e.getMessage());
            }
        }
        for (int i = 0; i < session.laws().size(); i++) {
            LawSetup law = session.laws().get(i);
            try {
                law.resolve(catalog);
            } catch (FormulaSyntaxException e) {
                throw new SessionFormatException(sourceName, 0, 0, "law " + (i + 1) + " (" + law.label()
                        + ") no longer parses: " + e.reason() + " at column " + e.column());
            } catch (IllegalArgumentException e) {
                throw new SessionFormatException(sourceName, 0, 0, "law " + (i + 1) + " (" + law.label()
                        + "): " + e.getMessage());
            }
        }
    }

    private static SessionFormatException located(JsonProcessingException e, JsonParser parser, String sourceName) {
        JsonLocation at = JsonProblem.place(e, parser);
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new SessionFormatException(sourceName, line, column, describe(e));
    }

    private static String describe(JsonProcessingException e) {
        String what = e.getOriginalMessage();
        if (!(e instanceof JsonMappingException)) {
            return JsonProblem.plain(e);
        } else if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown field \"" + u.getPropertyName() + "\"";
        } else if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            what = cause.getMessage();
        } else if (what.startsWith("Missing creator property")) {
            what = "required field is missing";
        } else if (what.startsWith("Trailing token")) {
            what = "extra content after the end of the session";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = JsonTypeNames.expectation(m);
        }
        what = what.replaceAll("`?([a-z]+\\.)+([A-Z][A-Za-z]*)`?", "$2").lines().findFirst().orElse("");
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "at " + SessionPath.of(m.getPath()) + ": " + what;
        }
        return what;
    }
}
