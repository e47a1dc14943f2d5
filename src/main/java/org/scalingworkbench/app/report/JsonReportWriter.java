package org.scalingworkbench.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.Objective;

/**
 * Writes a {@link ScalingReport} as JSON: the same content as the tables at full precision, plain
 * objects and arrays only (no type tags), NaN and infinities as null.
 */
final class JsonReportWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(ScalingReport report) {
        return text(tree(report));
    }

    /** The JSON of several curves' reports: {@code curves}, one report each, and {@code refused}, the curves not fitted. */
    String write(List<ScalingReport> reports, List<RefusedCurve> refused) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode curves = root.putArray("curves");
        reports.forEach(r -> curves.add(tree(r)));
        ArrayNode notFitted = root.putArray("refused");
        refused.forEach(r -> notFitted.addObject().put("curve", r.name()).put("points", r.points()).put("reason", r.reason()));
        return text(root);
    }

    private String text(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private ObjectNode tree(ScalingReport report) {
        ObjectNode root = mapper.createObjectNode();
        ReportData data = report.data();
        data.curveName().ifPresent(c -> root.put("curve", c));
        ArrayNode sources = root.putArray("sources");
        data.sources().forEach(s -> sources.addObject().put("file", s.name()).put("sha256", s.sha256()));
        root.put("target", data.target());
        root.put("scale", data.scale());
        data.notes().forEach(root.putArray("notes")::add);
        HoldOut h = report.holdOut();
        ObjectNode holdOut = root.putObject("holdOut");
        number(holdOut, "cutOff", h.cutOff());
        holdOut.put("fitted", h.fitted()).put("heldOut", h.heldOut());
        number(holdOut, "ordersOfMagnitude", h.ordersOfMagnitude());
        data.excludedLines().forEach(root.putArray("excludedLines")::add);
        objective(root, report.objective());
        root.put("intervalLevel", ScalingReport.LEVEL);
        ArrayNode laws = root.putArray("laws");
        report.laws().forEach(l -> law(laws.addObject(), l));
        return root;
    }

    private static void objective(ObjectNode root, Objective o) {
        if (o == null) {
            root.putNull("objective");
            return;
        }
        ObjectNode node = root.putObject("objective").put("kind", o.kind().name()).put("description", ObjectiveText.describe(o));
        number(node, "huberDelta", o.kind() == Objective.Kind.LOG_HUBER ? o.delta() : Double.NaN);
        node.put("targetOffset", o.targetOffset());
    }

    private static void law(ObjectNode node, LawReport l) {
        node.put("rank", l.rank()).put("law", l.lawId()).put("name", l.lawName()).put("k", l.parameterCount())
                .put("failed", l.failed()).put("notes", l.notes());
        error(node.putObject("heldOut"), l.heldOut());
        error(node.putObject("fit"), l.fit());
        number(node, "aic", l.aic());
        number(node, "bic", l.bic());
        if (l.limit().isPresent()) {
            ObjectNode limit = node.putObject("irreducibleLoss");
            number(limit, "value", l.limit().get().value());
            interval(limit, l.limit().get().interval());
        } else {
            node.putNull("irreducibleLoss");
        }
        node.put("bootstrapResamples", l.bootstrapResamples());
        ArrayNode parameters = node.putArray("parameters");
        for (ParameterEstimate p : l.parameters()) {
            ObjectNode pn = parameters.addObject().put("name", p.name());
            number(pn, "value", p.value());
            number(pn, "standardError", p.standardError());
            pn.put("fixed", p.fixed());
            interval(pn, p.interval95());
        }
    }

    private static void error(ObjectNode node, ExtrapolationError e) {
        node.put("points", e.points());
        number(node, "rmsle", e.rmsle());
        number(node, "mapePercent", e.meanAbsolutePercentageError());
        number(node, "maxAbsLnError", e.maxAbsLogError());
    }

    private static void interval(ObjectNode node, Interval i) {
        if (i == null) {
            node.putNull("interval95");
            return;
        }
        ArrayNode ends = node.putArray("interval95");
        number(ends, i.lower());
        number(ends, i.upper());
    }

    private static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    private static void number(ArrayNode array, double v) {
        if (Double.isFinite(v)) {
            array.add(v);
        } else {
            array.addNull();
        }
    }
}
