package org.scalingworkbench.app.gap;

import java.util.TreeSet;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.Sweep;

/** Tokens per example as the request gives them: the count, or the one value of a column of both series' sweeps. */
final class TokenCount {

    private TokenCount() {
    }

    /**
     * Tokens per example, NaN when none is given.
     *
     * @throws IllegalArgumentException when the column is missing, holds text, or holds more than one value
     */
    static double of(TokensPerExample tokens, Sweep first, Sweep second) {
        if (tokens.column() == null) {
            return tokens.count();
        }
        TreeSet<Double> values = new TreeSet<>();
        for (Sweep s : new Sweep[] {first, second}) {
            Column c = s.column(tokens.column()).orElseThrow(() -> new IllegalArgumentException(
                    s.sourceName() + ": no column " + tokens.column() + " (tokens per example)"));
            if (!c.isNumeric()) {
                throw new IllegalArgumentException(s.sourceName() + ": column " + tokens.column() + " (tokens per example) holds text");
            }
            for (int row = 0; row < c.size(); row++) {
                if (!c.isMissing(row)) {
                    values.add(c.number(row));
                }
            }
        }
        if (values.size() != 1 || !(values.first() > 0)) {
            throw new IllegalArgumentException("column " + tokens.column() + " must hold one positive number of tokens per example,"
                    + " it holds " + values);
        }
        return values.first();
    }
}
