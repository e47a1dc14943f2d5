package org.scalingworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.gap.GapLawFit;
import org.scalingworkbench.app.gap.GapPlateau;
import org.scalingworkbench.app.gap.GapReport;
import org.scalingworkbench.app.gap.SizeGap;
import org.scalingworkbench.fit.Interval;

/**
 * Writes a {@link GapReport} as JSON: the series, each size's losses and gap (nats and bits per
 * token, per example when tokens per example are known, the gap between the fits with its
 * interval), the gap's law with parameter intervals, and the plateau. Non-finite numbers as null.
 */
final class GapJson {

    private static final double LN2 = Math.log(2);

    String write(GapReport r) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("x", r.xName());
        root.put("loss", r.yName());
        root.put("first", r.first().name());
        root.put("second", r.second().name());
        root.put("seriesLaw", r.seriesLaw().id());
        root.put("tokensPerExample", finite(r.tokensPerExample()));
        root.put("notes", r.notes());
        root.put("sizes", r.sizes().stream().map(s -> size(r, s)).toList());
        root.put("gapLaw", law(r.gapLaw()));
        root.put("atLargest", information(r, r.largestSize()));
        root.put("plateau", plateau(r.plateau()));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static Map<String, Object> size(GapReport r, SizeGap s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", s.x());
        m.put("lossFirst", s.lossFirst());
        m.put("lossSecond", s.lossSecond());
        m.put("gapNatsPerToken", s.nats());
        m.put("gapBitsPerToken", s.bits());
        m.put("gapNatsPerExample", finite(r.perExample(s.nats())));
        m.put("gapBitsPerExample", finite(r.perExample(s.bits())));
        m.put("fittedGapNatsPerToken", finite(s.fitted().nats()));
        m.put("fittedGapInterval", interval(s.fitted().interval()));
        return m;
    }

    private static Map<String, Object> law(GapLawFit law) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", law.law().id());
        Map<String, Object> params = new LinkedHashMap<>();
        law.parameterIntervals().forEach((name, i) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("value", finite(law.fit().value(name)));
            p.put("interval", interval(i));
            params.put(name, p);
        });
        m.put("parameters", params);
        m.put("resamples", law.bootstrap() == null ? 0 : law.bootstrap().resamples());
        return m;
    }

    /** The gap law's value at x in the four units, with intervals. */
    static Map<String, Object> information(GapReport r, double x) {
        Map<String, Object> m = new LinkedHashMap<>();
        GapLawFit law = r.gapLaw();
        Interval i = law.intervalAt(x);
        m.put("x", x);
        m.put("natsPerToken", finite(law.at(x)));
        m.put("natsPerTokenInterval", interval(i));
        m.put("bitsPerToken", finite(law.at(x) / LN2));
        m.put("natsPerExample", finite(r.perExample(law.at(x))));
        m.put("bitsPerExample", finite(r.perExample(law.at(x) / LN2)));
        return m;
    }

    private static Map<String, Object> plateau(GapPlateau p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", p.x());
        m.put("gapNatsPerToken", finite(p.gap()));
        m.put("interval", interval(p.interval()));
        m.put("stillGrowing", p.stillGrowing());
        return m;
    }

    private static List<Double> interval(Interval i) {
        return java.util.Arrays.asList(finite(i.lower()), finite(i.upper()));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
