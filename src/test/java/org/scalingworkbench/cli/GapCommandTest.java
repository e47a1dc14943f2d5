package org.scalingworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.gap.SimulatedGapFiles;

class GapCommandTest {

    private static final String LONG = SimulatedGapFiles.powerLaw().toString();
    private static final String WIDE = SimulatedGapFiles.powerLawWide().toString();

    @Test
    void printsTheGapPerSizeTheLawAndWhereItStopsGrowing() {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("gap", LONG, "--series", "condition=uncaptioned,captioned", "--tokens-per-example", "1024");
        assertEquals(0, code, run.err());
        String out = run.out();
        assertTrue(out.contains("gap of loss: condition=uncaptioned - condition=captioned, against params; plc"), out);
        assertTrue(out.contains("nats/example"), out);
        assertTrue(out.contains("gap law pl-free"), out);
        assertTrue(out.contains("still growing at the largest params measured, 1.0000e+10"), out);
        assertTrue(out.contains("200 resamples, seed 42"), out);
        assertEquals(13, out.lines().filter(l -> l.matches("^\\d\\.\\d+e\\+(06|07|08|09|10) .*")).count(), out);
    }

    @Test
    void jsonCarriesTheRecoveredExponentAndThePerExampleInformation() throws IOException {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("gap", WIDE, "--x", "params", "--metrics", "loss_uncaptioned,loss_captioned", "--tokens-column",
                "tokens_per_image", "--json");
        assertEquals(0, code, run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("loss_uncaptioned", root.get("first").asText());
        assertEquals(1024, root.get("tokensPerExample").asDouble());
        JsonNode b = root.get("gapLaw").get("parameters").get("b");
        assertTrue(b.get("interval").get(0).asDouble() <= SimulatedGapFiles.B && SimulatedGapFiles.B <= b.get("interval").get(1).asDouble(),
                b.toString());
        JsonNode size = root.get("sizes").get(6);
        assertEquals(size.get("gapNatsPerToken").asDouble() * 1024, size.get("gapNatsPerExample").asDouble(), 1e-9);
        assertEquals(size.get("gapNatsPerToken").asDouble() / Math.log(2), size.get("gapBitsPerToken").asDouble(), 1e-12);
        assertTrue(root.get("plateau").get("stillGrowing").asBoolean());
        assertEquals(13, root.get("sizes").size());
    }

    @Test
    void writesTheFigureAsPngSvgAndPdf(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"gap.png", "gap.svg", "gap.pdf"}) {
            Path file = dir.resolve(name);
            CommandLineRun run = new CommandLineRun();
            int code = run.run("gap", LONG, "--series", "condition=uncaptioned,captioned", "--bootstrap", "50", "-o", file.toString());
            assertEquals(0, code, run.err());
            assertTrue(Files.size(file) > 1000, name + " has " + Files.size(file) + " bytes");
        }
        String svg = Files.readString(dir.resolve("gap.svg"));
        assertTrue(svg.contains("measured gap") && svg.contains("pl-free fit"), "both panels' legends");
        assertTrue(svg.contains("condition=uncaptioned") && svg.contains("condition=captioned"), "both series in the legend");
    }

    @Test
    void refusesOneFileWithoutSayingWhichSeries() {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("gap", LONG);
        assertTrue(code != 0);
        assertTrue(run.err().contains("give two files (one per series), or one with --series COLUMN=A,B or --metrics A,B"), run.err());
    }

    @Test
    void refusesASeriesOptionWithoutTwoValues() {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("gap", LONG, "--series", "condition=uncaptioned");
        assertTrue(code != 0);
        assertTrue(run.err().contains("--series: expected COLUMN=A,B (two values), got 'condition=uncaptioned'"), run.err());
    }
}
