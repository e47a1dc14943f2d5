package org.scalingworkbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Objective;

/** Sessions that use every field, made from a seed so that a test can rebuild the one it expects. */
public final class SessionSamples {

    private SessionSamples() {
    }

    /** A session touching every field; {@code embeddedRows} sets its size (rows of embedded CSV text). */
    public static Session full(long seed, int embeddedRows) {
        Random random = new Random(seed);
        DataSource csv = new DataSource("runs/sweep.csv", FileDigest.sha256(("csv" + seed).getBytes()),
                EmbeddedData.ofCsv(csvText(random, embeddedRows)),
                Map.of("params", ColumnRole.PARAMETERS, "tokens", ColumnRole.DATA, "name", ColumnRole.RUN),
                List.of(new ExcludedPoint(3, 5), new ExcludedPoint(17, 19)), true);
        DataSource table = new DataSource("/abs/other.jsonl", FileDigest.sha256(("t" + seed).getBytes()),
                EmbeddedData.ofTable(List.of("N", "loss"), List.of(List.of("1e6", "3.5"), List.of("2e6", "3.25"))),
                Map.of("loss", ColumnRole.METRIC), List.of(), false);
        DataSource bare = DataSource.of("plain file.csv", FileDigest.sha256(("b" + seed).getBytes()));
        return new Session(List.of(csv, table, bare), "x>1e9", "loss", "params",
                List.of(builtInFitted(random, seed), custom(random)),
                new ChartView(1e6, 1e11 + seed, 1.5, 6.25, true, random.nextBoolean()), "dark");
    }

    private static LawSetup builtInFitted(Random random, long seed) {
        FitSettings settings = new FitSettings(ObjectiveSetting.of(Objective.logHuber(1e-3).withTargetOffset(0.5)),
                Map.of("E", 1.69), Map.of("A", new ParameterBounds(0, Double.POSITIVE_INFINITY),
                        "alpha", new ParameterBounds(0.05, 2)), Map.of("A", 406.4, "alpha", 0.34), 400, seed);
        LawResult result = new LawResult(Map.of("E", 1.69, "A", 400 + random.nextDouble(), "alpha", 0.34),
                Map.of("E", 0.0, "A", 12.5, "alpha", Double.NaN),
                Map.of("A", new ParameterInterval(380.25, 420.75, 0.95), "alpha", new ParameterInterval(0.3, 0.38, 0.8)),
                random.nextDouble(), List.of(new LawWarning(FitWarning.Kind.AT_BOUND, List.of("alpha"), "alpha ended on its upper bound")));
        return new LawSetup("plc", null, settings, result);
    }

    private static LawSetup custom(Random random) {
        FitSettings settings = new FitSettings(ObjectiveSetting.of(Objective.leastSquares()), Map.of(), Map.of(),
                Map.of("E", 1.0 + random.nextInt(5)), 0, -7L);
        return LawSetup.custom(new CustomFormula("E + A/`Model Size`^a", List.of("Model Size")), settings);
    }

    private static String csvText(Random random, int rows) {
        StringBuilder b = new StringBuilder("name,params,tokens,loss\n");
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            lines.add("run-" + k + "," + (1e6 * (k + 1)) + "," + random.nextInt(1 << 30) + "," + random.nextDouble());
        }
        return b.append(String.join("\n", lines)).append('\n').toString();
    }
}
