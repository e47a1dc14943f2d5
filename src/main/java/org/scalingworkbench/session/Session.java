package org.scalingworkbench.session;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/**
 * Everything needed to reopen a piece of work in the workbench: the data, how its columns are
 * read, which points are left out, the laws with their settings and last results, and the view.
 * Stored as version {@value SessionCodec#VERSION} of the session file by {@link SessionStore}.
 *
 * @param sources      the data files, in the order they were opened (at least one)
 * @param holdOut      the hold-out in the form {@code HoldOutSplit.parse} accepts ({@code top:3},
 *                     {@code x>1e9}, {@code column:Training}, {@code runs:a,b}); null for none
 * @param targetColumn the column fitted as y (a loss), null while not chosen
 * @param xColumn      the column used as the scaling variable x, null while not chosen
 * @param laws         the laws fitted, with settings and last results
 * @param chart        the chart's ranges and scales
 * @param theme        the window theme's name (for example {@code light}, {@code dark})
 * @param curveKey     the columns whose values split the rows into curves ("curves by"), empty
 *                     for one curve (then not written, so such a file reads as before)
 */
@JsonIgnoreProperties({"format", "version"})
public record Session(List<DataSource> sources, String holdOut, String targetColumn, String xColumn,
        List<LawSetup> laws, ChartView chart, String theme,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonInject(value = Session.NO_CURVE_KEY, useInput = OptBoolean.TRUE) List<String> curveKey) {

    /** What a file without {@code curveKey} reads as (one curve): the codec injects an empty key under this name. */
    public static final String NO_CURVE_KEY = "session.noCurveKey";

    public Session {
        sources = Checks.listOf(sources, "sources");
        laws = Checks.listOf(laws, "laws");
        curveKey = curveKey == null ? List.of() : List.copyOf(curveKey);
        Checks.present(chart, "chart");
        Checks.present(theme, "theme");
        if (holdOut != null && holdOut.isBlank()) {
            holdOut = null;
        }
    }

    /** A session of one curve (no curve key). */
    public Session(List<DataSource> sources, String holdOut, String targetColumn, String xColumn, List<LawSetup> laws,
            ChartView chart, String theme) {
        this(sources, holdOut, targetColumn, xColumn, laws, chart, theme, List.of());
    }

    /** A copy with {@code laws} in place of the current ones. */
    public Session withLaws(List<LawSetup> newLaws) {
        return new Session(sources, holdOut, targetColumn, xColumn, newLaws, chart, theme, curveKey);
    }

    /** A copy with {@code newSources} in place of the current ones (after "locate it"). */
    public Session withSources(List<DataSource> newSources) {
        return new Session(newSources, holdOut, targetColumn, xColumn, laws, chart, theme, curveKey);
    }
}
