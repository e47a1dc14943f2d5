package org.scalingworkbench.session;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalingworkbench.data.ColumnRole;

/**
 * One data file of a session.
 *
 * @param path          the file, absolute or relative to the session file's folder
 * @param sha256        SHA-256 of the file's bytes when the session was saved, 64 lowercase hex digits
 * @param embedded      a copy of the data, so the session travels alone; null when not embedded
 * @param roleOverrides column roles the user set by hand, by column name (the rest are guessed)
 * @param excluded      the points the user excluded from fits
 * @param shown         whether the file is on the chart (read as true for the last file only from
 *                      a session of version 1, which showed that one)
 * @param scaleOverrides scale factors the user set by hand, by column name (1 keeps a column's values
 *                      as read; the rest are read from the headers); absent in files that have none
 */
public record DataSource(String path, String sha256, EmbeddedData embedded,
        Map<String, ColumnRole> roleOverrides, List<ExcludedPoint> excluded, boolean shown,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonInject(value = DataSource.NO_SCALES, useInput = OptBoolean.TRUE)
        Map<String, Double> scaleOverrides) {

    /** The injectable name of the empty scale overrides of a file written before they were saved. */
    public static final String NO_SCALES = "session.noScaleOverrides";

    public DataSource {
        if (Checks.present(path, "path").isBlank()) {
            throw new IllegalArgumentException("\"path\" is blank");
        }
        sha256 = Checks.present(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("\"sha256\" must be 64 hexadecimal digits, got \"" + sha256 + "\"");
        }
        roleOverrides = Checks.mapOf(roleOverrides, "roleOverrides");
        excluded = excluded == null ? List.of() : Checks.listOf(excluded, "excluded");
        scaleOverrides = Checks.mapOf(scaleOverrides, "scaleOverrides");
        scaleOverrides.forEach((column, f) -> {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("\"scaleOverrides\" of \"" + column + "\" must be a positive number, got " + f);
            }
        });
    }

    /** A source with no scale factor set by hand. */
    public DataSource(String path, String sha256, EmbeddedData embedded, Map<String, ColumnRole> roleOverrides,
            List<ExcludedPoint> excluded, boolean shown) {
        this(path, sha256, embedded, roleOverrides, excluded, shown, Map.of());
    }

    /** A source on the chart with no embedded data, no overrides and no exclusions. */
    public static DataSource of(String path, String sha256) {
        return new DataSource(path, sha256, null, Map.of(), List.of(), true);
    }

    /** A copy pointing at {@code newPath} with the hash {@code newSha256} (after "locate it"). */
    public DataSource relocated(String newPath, String newSha256) {
        return new DataSource(newPath, newSha256, embedded, roleOverrides, excluded, shown, scaleOverrides);
    }
}
