package org.scalingworkbench.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A header name reduced for matching: lower case, punctuation and spaces turned into single
 * underscores ({@code "Training FLOP"} becomes {@code training_flop}), and its words
 * ({@code eval/paloma/macro_loss} has the words eval, paloma, macro, loss). A unit in a trailing
 * bracket is left out ({@code Model Size (B)} matches as {@code model_size}; see {@link HeaderUnit}).
 *
 * @param raw   the name as written
 * @param key   the reduced form
 * @param words the words of the reduced form
 */
record ColumnName(String raw, String key, List<String> words) {

    static ColumnName of(String raw) {
        String stripped = HeaderUnit.of(raw).name();
        ColumnName plain = words(stripped);
        return new ColumnName(raw, plain.key(), plain.words());
    }

    /** The name reduced as it is, a bracketed unit included. */
    static ColumnName words(String raw) {
        String key = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        List<String> words = key.isEmpty() ? List.of() : Arrays.asList(key.split("_"));
        return new ColumnName(raw, key, List.copyOf(words));
    }

    boolean isOneOf(String... keys) {
        return Arrays.asList(keys).contains(key);
    }

    boolean hasWord(String... candidates) {
        for (String c : candidates) {
            if (words.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Number of words from {@code qualifiers} in the name (each makes a size name less likely the main one). */
    int countWords(String... qualifiers) {
        int n = 0;
        for (String q : qualifiers) {
            if (words.contains(q)) {
                n++;
            }
        }
        return n;
    }
}
