package org.scalingworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.compare.HeadToHead;
import org.scalingworkbench.app.compare.LawSummary;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * Writes a {@link ComparisonReport} as JSON: the tables' content plus fitted parameters, the curves
 * not ranked ({@code refused}, when there are any) and, with more than one curve, the {@code summary}
 * across curves, as the text prints them; non-finite numbers as null.
 */
final class LeaderboardJson {

    String write(ComparisonReport report) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", report.source());
        root.put("target", report.target());
        root.put("variable", report.variable());
        root.put("notes", report.notes());
        root.put("leaderboards", report.leaderboards().stream().map(LeaderboardJson::board).toList());
        if (!report.refused().isEmpty()) {
            root.put("refused", report.refused().stream().map(LeaderboardJson::refused).toList());
        }
        if (report.leaderboards().size() + report.refused().size() > 1) {
            root.put("summary", summary(report.summary()));
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static Map<String, Object> board(Leaderboard b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("curve", b.curve());
        m.put("holdout", b.split());
        m.put("fittedPoints", b.trainPoints());
        m.put("heldOutPoints", b.heldOutPoints());
        m.put("ordersOfMagnitude", finite(b.ordersOfMagnitude()));
        m.put("entries", b.entries().stream().map(LeaderboardJson::entry).toList());
        return m;
    }

    private static Map<String, Object> entry(LeaderboardEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", e.lawId());
        m.put("parameterCount", e.parameterCount());
        m.put("status", e.status().name());
        m.put("detail", e.detail());
        m.put("heldOut", error(e.heldOut()));
        m.put("train", error(e.train()));
        m.put("aic", finite(e.aic()));
        m.put("bic", finite(e.bic()));
        e.fitResult().ifPresent(f -> {
            Map<String, Object> p = new LinkedHashMap<>();
            List<String> names = f.parameterNames();
            double[] v = f.values();
            for (int j = 0; j < names.size(); j++) {
                p.put(names.get(j), finite(v[j]));
            }
            m.put("parameters", p);
        });
        return m;
    }

    private static Map<String, Object> refused(RefusedCurve r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("curve", r.name());
        m.put("points", r.points());
        m.put("reason", r.reason());
        return m;
    }

    private static Map<String, Object> summary(LeaderboardSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", s.measure().name());
        m.put("curves", s.curves());
        m.put("laws", s.laws().stream().map(LeaderboardJson::law).toList());
        m.put("pairwise", s.pairs().stream().map(LeaderboardJson::pair).toList());
        return m;
    }

    private static Map<String, Object> law(LawSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", r.lawId());
        m.put("scored", r.scored());
        m.put("failed", r.failed());
        m.put("diverged", r.diverged());
        m.put("refused", r.refused());
        m.put("mean", finite(r.mean()));
        m.put("median", finite(r.median()));
        m.put("wins", r.wins());
        m.put("meanRank", finite(r.meanRank()));
        return m;
    }

    private static Map<String, Object> pair(HeadToHead h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", h.law());
        m.put("other", h.other());
        m.put("wins", h.wins());
        m.put("losses", h.losses());
        m.put("ties", h.ties());
        m.put("pValue", h.pValue());
        return m;
    }

    private static Map<String, Object> error(ExtrapolationError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", e.points());
        m.put("rmsle", finite(e.rmsle()));
        m.put("mapePercent", finite(e.meanAbsolutePercentageError()));
        m.put("maxAbsLnError", finite(e.maxAbsLogError()));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
