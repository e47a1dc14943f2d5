package org.scalingworkbench.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's reading errors said in plain words, with their place: a key given twice, nesting past
 * the depth limit, a file that ends inside an object or a text, a text over the length limit. The
 * rest keep Jackson's first line without its internal names. Used by the data readers and by the
 * session codec, so that a JSON file of either kind is refused in the same words.
 */
public final class JsonProblem {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern START = Pattern.compile("expected close marker for (Object|Array) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\)");

    private JsonProblem() {
    }

    /** What is wrong, in one line without Jackson's class or option names. */
    public static String plain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return overLimit(message);
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "key \"" + duplicate.group(1) + "\" appears twice";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        return message.lines().findFirst().orElse("").replaceAll(" \\(for .*\\)$", "")
                .replaceAll(" \\(start marker at .*$", "");
    }

    /**
     * Where the problem is: Jackson's location, or where {@code parser} stood when the location
     * is not given (a limit exceeded); null when neither is known.
     */
    public static JsonLocation place(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation();
        if ((at == null || at.getLineNr() <= 0) && parser != null) {
            at = parser.currentLocation();
        }
        return at;
    }

    private static String overLimit(String message) {
        Matcher number = Pattern.compile("maximum (?:allowed )?\\(?(\\d+)").matcher(message);
        String max = number.find() ? number.group(1) : "the allowed number of";
        if (message.contains("nesting depth")) {
            return "nested more than " + max + " levels deep, the most the workbench reads";
        }
        if (message.contains("String value length")) {
            return "a text value is longer than " + max + " characters, the most the workbench reads";
        }
        return "a value is too large to read: " + message.replaceAll(" ?\\(from `[^`]*`\\)", "").replaceAll("`", "");
    }

    private static String endOfInput(String message) {
        Matcher start = START.matcher(message);
        if (start.find()) {
            String what = start.group(1).equals("Object") ? "an object" : "an array";
            return "the file ends inside " + what + " opened at line " + start.group(2) + ", column " + start.group(3);
        }
        return message.contains("VALUE_STRING") ? "the file ends inside a text value" : "the file ends too early";
    }
}
