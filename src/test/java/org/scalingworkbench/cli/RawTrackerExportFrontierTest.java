package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's done-when: the IsoFLOP frontier of a raw Weights & Biases export of an IsoFLOP ladder
 * (compute in {@code throughput/total_gflops}, runs of one nominal budget a few percent apart)
 * equals that of a copy fixed by hand (plain params, tokens, FLOPs and loss columns).
 */
class RawTrackerExportFrontierTest {

    private static JsonNode isoflop(String resource) throws Exception {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("frontier", file(resource), "--approach", "isoflop", "--json");
        assertThat(code).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("estimates").get(0);
    }

    private static String file(String name) throws URISyntaxException {
        return Path.of(RawTrackerExportFrontierTest.class.getResource("/org/scalingworkbench/data/units/" + name).toURI()).toString();
    }

    @Test
    void rawTrackerExportGivesTheFrontierOfItsHandFixedCopy() throws Exception {
        JsonNode raw = isoflop("wandb-isoflop-runs.csv");
        JsonNode fixed = isoflop("wandb-isoflop-runs-fixed-by-hand.csv");
        for (String field : new String[] {"a", "b", "nOpt", "dOpt"}) {
            double expected = fixed.get(field).asDouble();
            assertThat(raw.get(field).asDouble()).as(field).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        }
        assertThat(fixed.get("a").asDouble()).isBetween(0.3, 0.6);
    }
}
