package org.scalingworkbench.ui.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.fit.RestoredBoard;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.ColumnChoices;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import org.scalingworkbench.session.DataSource;
import org.scalingworkbench.session.ExcludedPoint;
import org.scalingworkbench.session.LawSetup;
import org.scalingworkbench.session.ParameterBounds;
import org.scalingworkbench.session.Session;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.fit.LawChoice;
import org.scalingworkbench.ui.fit.ParameterSetting;
import org.scalingworkbench.ui.sweep.ShownFiles;

/**
 * Puts a session into the window: {@link #read} loads its files (worker thread), {@link #apply}
 * sets files, roles, columns, ticks, formula, settings, cut-off, exclusions, results, theme and
 * view, in the order the view-models need (a new curve resets exclusions and cut-off, so those come
 * after the columns). Saved results are shown as saved ({@link RestoredBoard}) when they hold no
 * bootstrap intervals; the intervals need the resamples, which a session does not keep, so then the
 * laws are refitted.
 */
final class SessionRestore {

    /** What {@link #apply} did: notes for the user, and whether a refit was started. */
    record Outcome(List<String> notes, boolean refitting) { }

    private SessionRestore() {
    }

    /**
     * Reads every file in order, with the user's roles applied; all or nothing. Returns the files
     * with {@code notes} and, for each embedded copy whose bytes are not those the session saved the
     * digest of, a note saying so.
     */
    static SessionOpening.Loaded read(SourcePaths paths, List<SourceRead> reads, List<String> notes) throws IOException {
        List<ImportedSweep> out = new ArrayList<>();
        List<String> said = new ArrayList<>(notes);
        for (SourceRead r : reads) {
            DataSource d = r.source();
            ImportedSweep s = r.useEmbedded() ? paths.readEmbedded(r.file(), d.embedded()) : paths.read(r.file());
            if (r.useEmbedded() && !paths.originOf(s).map(o -> d.sha256().equals(o.sha256())).orElse(false)) {
                said.add("the copy of " + d.path() + " in the session is not the data the session was made from"
                        + " (its SHA-256 differs from the one saved); the report names the copy's own SHA-256");
            }
            out.add(new ColumnChoices(d.roleOverrides(), d.scaleOverrides()).applyTo(s));
        }
        return new SessionOpening.Loaded(out, said);
    }

    /** Sets the window to {@code session}, whose files {@code loaded} holds in the session's order. */
    static Outcome apply(SessionWindow w, Session session, List<ImportedSweep> loaded) {
        List<String> notes = new ArrayList<>();
        FitViewModel fits = w.fits();
        w.sweeps().replaceAll(loaded, shown(session, loaded));
        ShownFiles charted = w.sweeps().chartedProperty().get();
        fits.show(charted == null ? null : charted.combined());
        setColumn(fits, fits.xColumnProperty(), session.xColumn(), notes);
        setColumn(fits, fits.yColumnProperty(), session.targetColumn(), notes);
        setCurveKey(fits, session.curveKey(), notes);
        setLaws(fits, session.laws());
        setHoldOut(fits, session.holdOut(), notes);
        if (charted != null) {
            setExclusions(fits, charted, loaded, session.sources(), notes);
        }
        boolean refitting = showResults(fits, session.laws(), notes);
        setTheme(w, session.theme(), notes);
        w.viewPort().showX(session.chart().xMin(), session.chart().xMax());
        return new Outcome(notes, refitting);
    }

    private static void setColumn(FitViewModel fits, javafx.beans.property.StringProperty column, String name, List<String> notes) {
        if (name == null) {
            return;
        }
        if (fits.columns().contains(name)) {
            column.set(name);
        } else {
            notes.add("column \"" + name + "\" is no longer in the file");
        }
    }

    /** The "curves by" columns as saved, those still in the file (the others named in a note). */
    private static void setCurveKey(FitViewModel fits, List<String> key, List<String> notes) {
        List<String> kept = key.stream().filter(fits.curveKeyColumns()::contains).toList();
        key.stream().filter(k -> !kept.contains(k)).forEach(k -> notes.add("curves by: column \"" + k
                + "\" is no longer in the file or no longer splits it into curves"));
        fits.curveKey().setAll(kept);
    }

    private static void setLaws(FitViewModel fits, List<LawSetup> laws) {
        for (LawChoice c : fits.laws()) {
            c.selectedProperty().set(laws.stream().anyMatch(l -> c.law().id().equals(l.lawId())));
        }
        fits.formulaProperty().set(laws.stream().filter(l -> l.formula() != null).map(l -> l.formula().text()).findFirst().orElse(""));
        if (!laws.isEmpty()) {
            fits.objectiveProperty().set(laws.get(0).settings().objective().toObjective());
            fits.bootstrapProperty().set(new Resampling(laws.get(0).settings().bootstrapResamples(),
                    laws.get(0).settings().bootstrapSeed()));
        }
        setParameterTables(fits, laws);
    }

    /** Each chosen law's table as saved: the values held fixed and the bounds. */
    private static void setParameterTables(FitViewModel fits, List<LawSetup> laws) {
        for (ScalingLaw law : fits.chosenLaws()) {
            laws.stream().filter(l -> law.id().equals(l.lawId() == null ? "custom" : l.lawId())).findFirst().ifPresent(setup -> {
                for (ParameterSetting row : fits.parameters().settings(law).rows()) {
                    Double held = setup.settings().fixed().get(row.name());
                    ParameterBounds b = setup.settings().bounds().get(row.name());
                    row.restore(held == null ? Double.NaN : held, b == null ? null : new double[] {b.lower(), b.upper()});
                }
            });
        }
    }

    private static void setHoldOut(FitViewModel fits, String holdOut, List<String> notes) {
        HoldOutSplit split = holdOut == null ? HoldOutSplit.NONE : HoldOutSplit.parse(holdOut);
        if (!fits.setHoldOut(split)) {
            notes.add("the hold-out " + holdOut + " is neither a cut-off nor per curve (last:K, upto:F%); the window"
                    + " holds out by those only");
        }
    }

    /** The files on the chart: those saved as shown (a session of version 1 reads as showing its last). */
    private static List<ImportedSweep> shown(Session session, List<ImportedSweep> loaded) {
        List<ImportedSweep> out = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            if (session.sources().get(i).shown()) {
                out.add(loaded.get(i));
            }
        }
        return out;
    }

    /** Excludes the saved rows whose source line is still the same; says how many no longer match. */
    private static void setExclusions(FitViewModel fits, ShownFiles charted, List<ImportedSweep> loaded, List<DataSource> saved,
            List<String> notes) {
        if (fits.chart().curveProperty().get() == null) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        int lost = 0;
        for (int i = 0; i < loaded.size(); i++) {
            ImportedSweep file = loaded.get(i);
            for (ExcludedPoint p : charted.contains(file) ? saved.get(i).excluded() : List.<ExcludedPoint>of()) {
                Sweep sweep = file.sweep();
                boolean same = p.row() < sweep.rowCount() && (p.line() == 0 || sweep.lineNumber(p.row()) == p.line());
                if (same) {
                    rows.add(charted.unionRow(file, p.row()));
                } else {
                    lost++;
                }
            }
        }
        fits.chart().setExcludedRows(rows);
        if (lost > 0) {
            notes.add(lost + " excluded point(s) no longer match their line in the file and are included again");
        }
    }

    /**
     * Shows the saved results as saved, scored on the rows the window fits (laws of x and of N and D
     * alike); refits only when they hold bootstrap intervals (the bands and the read-offs' intervals
     * need the resamples, which a session does not keep) or cannot be scored here. True when a refit
     * was started.
     */
    private static boolean showResults(FitViewModel fits, List<LawSetup> laws, List<String> notes) {
        Map<ScalingLaw, LawSetup> saved = new LinkedHashMap<>();
        LawCatalog catalog = LawCatalog.builtIn();
        laws.stream().filter(l -> l.result() != null).forEach(l -> saved.put(l.resolve(catalog), l));
        if (saved.isEmpty() || fits.chart().curveProperty().get() == null) {
            return false;
        }
        if (!fits.curveKey().isEmpty()) {
            notes.add("refitting every curve: a session keeps the results of the curve shown only");
            fits.fit();
            return true;
        }
        boolean intervals = saved.values().stream().anyMatch(l -> !l.result().intervals().isEmpty());
        Optional<Leaderboard> board = intervals ? Optional.empty() : RestoredBoard.of(saved, fits.chart().fitData());
        if (board.isPresent()) {
            Map<String, ScalingLaw> byId = new LinkedHashMap<>();
            saved.keySet().forEach(l -> byId.put(l.id(), l));
            fits.showRestored(board.get(), byId, "Results as saved in the session (not refitted)");
            return false;
        }
        notes.add(intervals ? "refitting: a session keeps the bootstrap intervals' ends, not the resamples behind the bands"
                : "refitting: the saved results do not match the laws or the file's columns");
        fits.fit();
        return true;
    }

    private static void setTheme(SessionWindow w, String name, List<String> notes) {
        try {
            w.theme().set(FigureTheme.named(name));
        } catch (IllegalArgumentException e) {
            notes.add("theme '" + name + "' is unknown here; kept " + w.theme().get().name());
        }
    }
}
