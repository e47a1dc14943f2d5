package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.report.SourceDigests;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.session.ChartView;
import org.scalingworkbench.session.DataSource;
import org.scalingworkbench.session.EmbeddedData;
import org.scalingworkbench.session.ExcludedPoint;
import org.scalingworkbench.session.FileDigest;
import org.scalingworkbench.session.LawSetup;
import org.scalingworkbench.session.Session;

/**
 * The window's state taken on the FX thread, everything but what needs the disk: turning it into a
 * {@link Session} may wait for the data files' digests (and reads their text when embedding), so
 * {@link #toSession} runs on a worker thread. Each file's SHA-256 is that of the bytes loaded
 * ({@link SourceDigests}), not of the file as it is when saving: the session's results belong to
 * the data loaded, and a file edited since is then found changed when the session is opened.
 * Immutable.
 *
 * @param sources      the loaded files in order
 * @param holdOut      the hold-out ({@code x>VALUE}, or per curve {@code last:K} or {@code upto:F%}), null for none
 * @param targetColumn the column fitted as y, null while none
 * @param xColumn      the scaling variable's column, null while none
 * @param laws         the laws ticked (and the custom formula) with settings and last results
 * @param chart        the chart's view
 * @param theme        the figure theme's name
 * @param embed        whether to embed each data file's text in the session
 * @param curveKey     the "curves by" columns, empty for one curve
 */
record WindowSnapshot(List<SourceSnapshot> sources, String holdOut, String targetColumn, String xColumn,
        List<LawCapture.LawDraft> laws, ChartView chart, String theme, boolean embed, List<String> curveKey) {

    /**
     * One loaded file.
     *
     * @param origin        where it was read from
     * @param roleOverrides the roles the user set, by column name
     * @param excluded      the points excluded from fits (only for files on the chart)
     * @param shown         whether the file is on the chart
     * @param scaleOverrides the scale factors the user set, by column name
     */
    record SourceSnapshot(SourceOrigin origin, Map<String, ColumnRole> roleOverrides, List<ExcludedPoint> excluded,
            boolean shown, Map<String, Double> scaleOverrides) { }

    /**
     * The session, with each file's SHA-256 and, when asked, its text.
     *
     * @param sessionFolder the folder of the session file, against which paths inside it are stored
     *                      relative; null to store every path absolute
     */
    Session toSession(Path sessionFolder, SourceDigests digests) throws IOException {
        List<DataSource> out = new ArrayList<>();
        for (SourceSnapshot s : sources) {
            out.add(source(s, sessionFolder, digests));
        }
        List<LawSetup> setups = laws.stream().map(LawCapture.LawDraft::toSetup).toList();
        return new Session(out, holdOut, targetColumn, xColumn, setups, chart, theme, curveKey);
    }

    /**
     * The files read from disk that changed there since they were loaded: the session names the
     * data loaded (its digest), so opening it will ask about them.
     */
    List<Path> changedSinceLoaded(SourceDigests digests) throws IOException {
        List<Path> out = new ArrayList<>();
        for (SourceSnapshot s : sources) {
            if (!s.origin().fromEmbeddedCopy() && digests.changedSinceLoaded(s.origin().path())) {
                out.add(s.origin().path());
            }
        }
        return out;
    }

    /** A file's record: its SHA-256 is that of the bytes loaded (read now only for a file not read through {@code digests}). */
    private DataSource source(SourceSnapshot s, Path sessionFolder, SourceDigests digests) throws IOException {
        SourceOrigin o = s.origin();
        String sha = o.fromEmbeddedCopy() ? o.sha256() : digests.sha256(o.path()).orElse(null);
        if (sha == null) {
            sha = FileDigest.sha256(o.path());
        }
        EmbeddedData copy = o.fromEmbeddedCopy() ? o.embedded() : embed ? EmbeddedCopies.of(o.path()) : null;
        return new DataSource(stored(o.path(), sessionFolder), sha, copy, s.roleOverrides(), s.excluded(), s.shown(),
                s.scaleOverrides());
    }

    /** The path as stored: relative when the file lies inside the session's folder, else absolute. */
    private static String stored(Path file, Path sessionFolder) {
        if (sessionFolder != null) {
            Path folder = sessionFolder.toAbsolutePath().normalize();
            if (file.startsWith(folder)) {
                return folder.relativize(file).toString();
            }
        }
        return file.toString();
    }
}
