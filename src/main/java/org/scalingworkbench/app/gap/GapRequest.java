package org.scalingworkbench.app.gap;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.fit.laws.FreeExponentPowerLaw;

/**
 * What the {@code gap} use case measures: two series of the same models, the law fitted to the gap
 * between them (by default {@link FreeExponentPowerLaw}, y = a·x^b) and how many tokens an example
 * has. The heads build it from one base request with {@link #twoFiles}, {@link #twoMetrics} or
 * {@link #twoValues}; the gap law is fitted with the base request's objective and bootstrap.
 *
 * @param first  the series with the higher loss (without the extra conditioning)
 * @param second the series with the lower loss (with it)
 * @param gapLaw the law fitted to first − second against the scale
 * @param tokens tokens per example, for the per-example figures
 */
public record GapRequest(GapSeries first, GapSeries second, LawSpec gapLaw, TokensPerExample tokens) {

    /** The default law of the gap. */
    public static final LawSpec DEFAULT_GAP_LAW = LawSpec.builtIn(FreeExponentPowerLaw.ID);

    public GapRequest {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(gapLaw, "gapLaw");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** The series of file {@code a} and of file {@code b}, read with {@code base}'s other settings. */
    public static GapRequest twoFiles(FitRequest base, Path a, Path b) {
        return of(new GapSeries(fileName(a), base.withData(onFile(base.data(), a))),
                new GapSeries(fileName(b), base.withData(onFile(base.data(), b))));
    }

    /** The series of metric column {@code a} and of metric column {@code b} of {@code base}'s rows. */
    public static GapRequest twoMetrics(FitRequest base, String a, String b) {
        return of(new GapSeries(a, base.withData(base.data().withColumns(base.data().x(), a))),
                new GapSeries(b, base.withData(base.data().withColumns(base.data().x(), b))));
    }

    /** The series of {@code base}'s rows where {@code column} = {@code a}, and where it is {@code b}. */
    public static GapRequest twoValues(FitRequest base, String column, String a, String b) {
        return of(new GapSeries(column + "=" + a, base.withData(base.data().withWhere(where(base, column, a)))),
                new GapSeries(column + "=" + b, base.withData(base.data().withWhere(where(base, column, b)))));
    }

    private static GapRequest of(GapSeries first, GapSeries second) {
        return new GapRequest(first, second, DEFAULT_GAP_LAW, TokensPerExample.NONE);
    }

    public GapRequest withGapLaw(LawSpec law) {
        return new GapRequest(first, second, law, tokens);
    }

    public GapRequest withTokens(TokensPerExample t) {
        return new GapRequest(first, second, gapLaw, t);
    }

    private static Map<String, String> where(FitRequest base, String column, String value) {
        if (base.data().where().containsKey(column)) {
            throw new IllegalArgumentException("the series column " + column + " is also in a --where condition");
        }
        Map<String, String> w = new LinkedHashMap<>(base.data().where());
        w.put(column, value);
        return w;
    }

    private static DataSelection onFile(DataSelection d, Path file) {
        return new DataSelection(List.of(file), d.roles(), d.where(), d.x(), d.y(), d.curveKey(), d.runColumn(), d.excludedRows(),
                d.excludeHighest());
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }
}
