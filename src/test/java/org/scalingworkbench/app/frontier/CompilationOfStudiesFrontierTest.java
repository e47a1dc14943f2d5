package org.scalingworkbench.app.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.frontier.BudgetGrouping;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;

/**
 * Porian et al.'s compilation of 15 IsoFLOP configurations in one file, each with its published
 * exponent a (fit_results.csv, fit_kind basic): one call with the curve key file,row gives one
 * frontier per configuration, each near its own published a, where the pooled file gives one a.
 */
class CompilationOfStudiesFrontierTest {

    @Test
    void oneFrontierPerConfigurationNearItsPublishedExponent() throws IOException {
        Path points = shared("resolving-scaling-law-discrepancies/isoflop_points.csv");
        Map<String, Double> published = published(points.resolveSibling("fit_results.csv"));
        FitRequest request = FitRequest.of(DataSelection.of(List.of(points)).withColumns(null, "loss")
                .withCurveKey(List.of("file", "row")), List.of(LawSpec.builtIn("chinchilla")));
        FrontierOptions isoFlop = new FrontierOptions(EnumSet.of(FrontierApproach.ISOFLOP), Double.NaN, 20,
                BudgetGrouping.derived(), Math.log(10), List.of());
        CurveFrontiers f = SweepFrontier.standard().runCurves(request, isoFlop, TaskContext.none());
        assertThat(f.refused()).isEmpty();
        assertThat(f.curves()).hasSize(15);
        // within a decade of each budget's lowest loss, as PorianIsoFlopTest measured (|Δa| ≤ 0.030)
        published.forEach((curve, a) -> assertThat(f.curve(curve).orElseThrow().report().comparison().estimates().get(0).a())
                .as(curve).isCloseTo(a, within(0.035)));
    }

    /** n_exponent of fit_kind basic by curve name ("file = F, row = R"). */
    private static Map<String, Double> published(Path fitResults) throws IOException {
        List<String> lines = Files.readAllLines(fitResults);
        Map<String, Double> exponents = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[8].equals("basic")) {
                exponents.put("file = " + cells[0] + ", row = " + cells[1], Double.parseDouble(cells[9]));
            }
        }
        return exponents;
    }

    private static Path shared(String relative) {
        Path file = Path.of(System.getProperty("shared.data.dir", "../shared/data")).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping");
        return file;
    }
}
