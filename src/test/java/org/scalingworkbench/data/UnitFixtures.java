package org.scalingworkbench.data;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The files under test resources {@code data/units}, written in the shape of published tables and tracker exports. */
public final class UnitFixtures {

    private UnitFixtures() {
    }

    /** A table of published models: {@code Model Size (B)}, {@code Pretraining Data Size (T)}, {@code FLOPs (1E21)}, scores. */
    public static Path publishedModels() {
        return path("published-models.csv");
    }

    /** A W&amp;B runs-table export of an IsoFLOP ladder: {@code parameter_count}, {@code throughput/total_gflops}, ... */
    public static Path wandbIsoFlopRuns() {
        return path("wandb-isoflop-runs.csv");
    }

    /** GPT-3's Table D.1 (Brown et al. 2020): compute in PF-days and in FLOPs, params in millions, tokens in billions. */
    public static Path gpt3TableD1() {
        return path("gpt3-table-d1.csv");
    }

    /** Kaplan et al. (2020)'s L(C) = (C / 2.3e8 PF-days)^-0.050 at C = 1e-7 .. 10 PF-days. */
    public static Path kaplanCompute() {
        return path("kaplan-compute.csv");
    }

    private static Path path(String name) {
        try {
            return Path.of(UnitFixtures.class.getResource("units/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
