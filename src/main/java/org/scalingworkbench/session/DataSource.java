package org.scalingworkbench.session;

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
 */
public record DataSource(String path, String sha256, EmbeddedData embedded,
        Map<String, ColumnRole> roleOverrides, List<ExcludedPoint> excluded, boolean shown) {

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
    }

    /** A source on the chart with no embedded data, no overrides and no exclusions. */
    public static DataSource of(String path, String sha256) {
        return new DataSource(path, sha256, null, Map.of(), List.of(), true);
    }

    /** A copy pointing at {@code newPath} with the hash {@code newSha256} (after "locate it"). */
    public DataSource relocated(String newPath, String newSha256) {
        return new DataSource(newPath, newSha256, embedded, roleOverrides, excluded, shown);
    }
}
