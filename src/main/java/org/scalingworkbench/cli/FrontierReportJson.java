package org.scalingworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.frontier.CurveFrontiers;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.fit.Interval;

/**
 * Writes a {@link SweepFrontierReport} as JSON; non-finite numbers as null. With a curve key: the
 * source, {@code curves} (each curve's name and its report) and {@code refused} (name, points, reason).
 */
final class FrontierReportJson {

    String write(CurveFrontiers frontiers) throws JsonProcessingException {
        if (!frontiers.keyed()) {
            return write(frontiers.curves().get(0).report());
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", frontiers.source());
        root.put("notes", frontiers.notes());
        root.put("curves", frontiers.curves().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("curve", c.curve());
            m.putAll(report(c.report()));
            return m;
        }).toList());
        root.put("refused", frontiers.refused().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("curve", r.name());
            m.put("points", r.points());
            m.put("reason", r.reason());
            return m;
        }).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    String write(SweepFrontierReport run) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report(run));
    }

    private static Map<String, Object> report(SweepFrontierReport run) {
        FrontierComparison comparison = run.comparison();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", run.source());
        root.put("loss", run.lossName());
        root.put("budgetFlops", finite(run.budget()));
        root.put("resamples", run.resamples());
        root.put("estimates", comparison.estimates().stream().map(FrontierReportJson::estimate).toList());
        Map<String, String> skipped = new LinkedHashMap<>();
        comparison.skipped().forEach((a, why) -> skipped.put(a.label(), why));
        root.put("skipped", skipped);
        return root;
    }

    private static Map<String, Object> estimate(FrontierEstimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("approach", e.approach().label());
        m.put("a", finite(e.a()));
        m.put("aInterval", interval(e.aInterval()));
        m.put("b", finite(e.b()));
        m.put("bInterval", interval(e.bInterval()));
        m.put("nOpt", finite(e.optimalParameters()));
        m.put("nOptInterval", interval(e.nOptInterval()));
        m.put("dOpt", finite(e.optimalTokens()));
        m.put("dOptInterval", interval(e.dOptInterval()));
        m.put("tokensPerParameter", finite(e.tokensPerParameter()));
        m.put("tokensPerParameterInterval", interval(e.ratioInterval()));
        m.put("lnN0", finite(e.line().lnN0()));
        m.put("lnD0", finite(e.line().lnD0()));
        m.put("supportingPoints", e.supportingPoints());
        m.put("resamples", e.resamples());
        m.put("notes", e.notes());
        return m;
    }

    private static List<Double> interval(Interval i) {
        return java.util.Arrays.asList(finite(i.lower()), finite(i.upper()));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
