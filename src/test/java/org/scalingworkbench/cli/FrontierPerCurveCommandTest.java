package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.frontier.StudyCompilation;

/** {@code frontier --group-by}: one frontier per study of a compilation, the too-small study listed with its reason. */
class FrontierPerCurveCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void tableHasOneBlockPerStudyAndListsTheStudyWithoutAFrontier() throws IOException {
        Path file = StudyCompilation.twoStudiesAndATinyOne().write(dir);
        int code = cli.run("frontier", file.toString(), "--group-by", "study", "--approach", "isoflop");
        assertThat(code).as(cli.err()).isZero();
        String text = cli.out();
        assertThat(text).contains("compilation.csv: 2 curves with a frontier, 1 without", "== study = steep ==",
                "== study = flat ==", "curves without a frontier:", "  study = tiny (3 points): IsoFLOP: only 1 of 1 budgets");
        assertThat(text).containsPattern("== study = steep ==[\\s\\S]*isoflop +0\\.600[0-9]")
                .containsPattern("== study = flat ==[\\s\\S]*isoflop +0\\.45[0-9]{2}");
    }

    @Test
    void jsonCarriesEachCurvesExponentAndTheRefusedCurve() throws IOException {
        Path file = StudyCompilation.twoStudiesAndATinyOne().write(dir);
        int code = cli.run("frontier", file.toString(), "--group-by", "study", "--approach", "isoflop", "--json");
        assertThat(code).as(cli.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("curves")).hasSize(2);
        assertThat(root.get("curves").get(0).get("curve").asText()).isEqualTo("study = steep");
        assertThat(root.get("curves").get(0).get("estimates").get(0).get("a").asDouble())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.STEEP), within(1e-3));
        assertThat(root.get("curves").get(1).get("estimates").get(0).get("a").asDouble())
                .isCloseTo(StudyCompilation.exponentA(StudyCompilation.FLAT), within(1e-3));
        JsonNode refused = root.get("refused").get(0);
        assertThat(refused.get("curve").asText()).isEqualTo("study = tiny");
        assertThat(refused.get("points").asInt()).isEqualTo(3);
        assertThat(refused.get("reason").asText()).contains("only 1 of 1 budgets");
    }
}
