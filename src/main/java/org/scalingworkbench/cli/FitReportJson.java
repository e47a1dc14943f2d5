package org.scalingworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.report.ObjectiveText;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;

/** Writes a {@link SweepFitReport} as JSON: the same content as the table, non-finite numbers as null. */
final class FitReportJson {

    String write(SweepFitReport report) throws JsonProcessingException {
        FitResult fit = report.fit();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", report.source());
        root.put("law", fit.lawId());
        root.put("target", report.target());
        root.put("variables", report.variableColumns());
        root.put("rows", report.rowsUsed());
        root.put("notes", report.notes());
        root.put("objective", ObjectiveText.describe(fit.objective()));
        root.put("objectiveValue", finite(fit.objectiveValue()));
        root.put("starts", fit.starts());
        root.put("converged", fit.converged());
        root.put("parameters", parameters(fit, report.bootstrap()));
        root.put("aic", finite(fit.aic()));
        root.put("bic", finite(fit.bic()));
        root.put("warnings", fit.warnings().stream().map(w -> Map.of("kind", w.kind().name(),
                "parameters", w.parameters(), "message", w.message())).toList());
        if (report.bootstrap() != null) {
            root.put("bootstrap", Map.of("resamples", report.bootstrap().resamples(), "failed", report.bootstrap().failed(),
                    "seed", report.bootstrap().seed()));
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static List<Map<String, Object>> parameters(FitResult fit, BootstrapResult boot) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int j = 0; j < fit.parameterNames().size(); j++) {
            String name = fit.parameterNames().get(j);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("value", finite(fit.values()[j]));
            p.put("standardError", finite(fit.standardErrors()[j]));
            p.put("fixed", fit.fixed()[j]);
            if (boot != null) {
                Interval i = boot.interval(name, 0.95);
                p.put("interval95", java.util.Arrays.asList(finite(i.lower()), finite(i.upper())));
            }
            list.add(p);
        }
        return list;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
