package org.scalingworkbench.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import org.scalingworkbench.fit.solve.Bootstrap;

/**
 * loss = 2 + 50·N^(−0.3) without noise at 16 sizes N = 1e6·2^i; the largest 4 held out above the
 * cut-off; pl and plc ranked, plc bootstrapped 20 times (seed 7).
 */
final class SyntheticBoard {

    static final double CUT_OFF = 1e6 * Math.pow(2, 11.5);

    final Path file;
    final ScalingReport report;
    final Leaderboard board;

    SyntheticBoard(Path dir, List<Integer> excludedLines) throws IOException {
        double[] n = IntStream.range(0, 16).mapToDouble(i -> 1e6 * Math.pow(2, i)).toArray();
        double[] loss = Arrays.stream(n).map(x -> 2 + 50 * Math.pow(x, -0.3)).toArray();
        StringBuilder csv = new StringBuilder("params,loss\n");
        IntStream.range(0, 16).forEach(i -> csv.append(n[i]).append(',').append(loss[i]).append('\n'));
        file = Files.writeString(dir.resolve("synthetic.csv"), csv);
        Partition partition = new Partition(Arrays.copyOf(n, 12), Arrays.copyOf(loss, 12), Arrays.copyOfRange(n, 12, 16),
                Arrays.copyOfRange(loss, 12, 16));
        LawCatalog catalog = LawCatalog.builtIn();
        Map<String, ScalingLaw> laws = new LinkedHashMap<>();
        List.of("pl", "plc").forEach(id -> laws.put(id, catalog.get(id)));
        board = new LawComparison(List.copyOf(laws.values()), FitOptions.defaults()).rank("curve", "cut-off", partition,
                new CancellationToken());
        ScalingLaw plc = laws.get("plc");
        double[][] x = Arrays.stream(partition.trainX()).mapToObj(v -> new double[] {v}).toArray(double[][]::new);
        BootstrapResult boot = new Bootstrap().run(new FitProblem(plc, x, partition.trainY()), FitOptions.defaults(),
                board.entry("plc").orElseThrow().fit(), 20, 7L);
        ReportData data = new ReportData(DataSource.of(file), "loss", "params", excludedLines);
        report = ScalingReport.of(data, CUT_OFF, board, laws, Map.of("plc", boot));
    }
}
