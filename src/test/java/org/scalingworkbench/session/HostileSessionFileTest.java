package org.scalingworkbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.laws.LawCatalog;

/** Sessions a hostile or careless writer could hand the workbench (issue 17): each is refused with its place or read whole. */
class HostileSessionFileTest {

    private final SessionCodec codec = new SessionCodec();

    private String json(Session s) {
        return new String(codec.write(s), StandardCharsets.UTF_8);
    }

    private Session read(String text) throws SessionFormatException {
        return codec.read(text.getBytes(StandardCharsets.UTF_8), "s.json");
    }

    @Test
    void aSavedSessionWithUndefinedNumbersIsStrictJsonAndReadsBackEqual() throws Exception {
        Session original = SessionSamples.full(3, 4);
        assertThat(original.laws().get(0).result().standardErrors().get("alpha")).isNaN();
        byte[] bytes = codec.write(original);
        JsonNode strict = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(bytes);
        assertThat(strict.at("/laws/0/result/standardErrors/alpha").textValue()).isEqualTo("NaN");
        assertThat(strict.at("/laws/0/settings/bounds/A/upper").textValue()).isEqualTo("Infinity");
        assertThat(codec.read(bytes, "s.json")).isEqualTo(original);
    }

    @Test
    void anEmbeddedCopyOverTwentyMillionCharactersIsReadBack() throws Exception {
        String text = "N,loss\n" + "1000000,3.25\n".repeat(1_700_000);
        assertThat(text.length()).isGreaterThan(20_000_000);
        Session big = new Session(List.of(new DataSource("big.csv", FileDigest.sha256(text.getBytes(StandardCharsets.UTF_8)),
                EmbeddedData.ofCsv(text), Map.of(), List.of(), true)), null, null, null, List.of(),
                SessionSamples.full(1, 1).chart(), "light");
        Session back = codec.read(codec.write(big), "big.swb.json");
        assertThat(back.sources().get(0).embedded().csv()).isEqualTo(text);
    }

    @Test
    void aSessionOverTheSizeLimitIsRefusedNamingTheFileAndTheLimit() {
        byte[] bytes = codec.write(SessionSamples.full(2, 3));
        SessionCodec small = new SessionCodec(LawCatalog.builtIn(), 1000);
        assertThatThrownBy(() -> small.read(bytes, "s.json"))
                .hasMessage("s.json: the file is " + bytes.length + " bytes; a session may be at most 1000 bytes");
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPlaceNotLastWins() {
        String text = json(SessionSamples.full(5, 2)).replace("\"path\" : \"runs/sweep.csv\"",
                "\"path\" : \"runs/sweep.csv\", \"path\" : \"/etc/other.csv\"");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo("key \"path\" appears twice");
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
        });
    }

    @Test
    void aNumberWhereAPathBelongsIsRefusedWithItsPlace() {
        String text = json(SessionSamples.full(5, 2)).replace("\"path\" : \"runs/sweep.csv\"", "\"path\" : 42");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.problem()).startsWith("at sources[0].path: expected text");
            assertThat(e.line()).isPositive();
        });
        String theme = json(SessionSamples.full(5, 2)).replace("\"theme\" : \"dark\"", "\"theme\" : true");
        assertThatThrownBy(() -> read(theme)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.problem()).startsWith("at theme: expected text"));
    }

    @Test
    void bootstrapResamplesAboveTheRequestLimitAreRefusedWithTheirPlace() {
        String text = json(SessionSamples.full(6, 2)).replace("\"bootstrapResamples\" : 400", "\"bootstrapResamples\" : 2147483647");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo("at laws[0].settings: bootstrap resamples must be from 0 to 100000, got 2147483647");
            assertThat(e.line()).isPositive();
        });
        assertThat(FitSettings.MAX_BOOTSTRAP_RESAMPLES).isEqualTo(Resampling.MAX_RESAMPLES);
    }

    @Test
    void aOneByteSessionGetsOnePlainLocatedMessage() {
        assertThatThrownBy(() -> read("{"))
                .hasMessage("s.json, line 1, column 2: the file ends inside an object opened at line 1, column 1");
        assertThatThrownBy(() -> read("\"")).hasMessage("s.json, line 1, column 2: the file ends inside a text value");
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedInPlainWordsWithItsPlace() {
        String text = json(SessionSamples.full(7, 2)).replaceFirst("\\{", "{ \"deep\" : " + "[".repeat(1001) + "]".repeat(1001) + ",");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.getMessage()).matches("s\\.json, line 1, column \\d+: nested more than 1000 levels deep, the most the workbench reads");
        });
    }
}
