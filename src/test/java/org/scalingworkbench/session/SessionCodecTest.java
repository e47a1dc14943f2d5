package org.scalingworkbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

class SessionCodecTest {

    private final SessionCodec codec = new SessionCodec();

    private String json(Session s) {
        return new String(codec.write(s), StandardCharsets.UTF_8);
    }

    private Session read(String text) throws SessionFormatException {
        return codec.read(text.getBytes(StandardCharsets.UTF_8), "s.json");
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Session original = SessionSamples.full(42, 30);
        Session back = read(json(original));
        assertThat(back).isEqualTo(original);
        assertThat(back.sources().get(0).embedded().csv()).startsWith("name,params,tokens,loss\nrun-0,");
        assertThat(back.sources().get(1).embedded().rows()).hasSize(2);
        assertThat(back.sources().get(0).excluded()).extracting(ExcludedPoint::line).containsExactly(5, 19);
        assertThat(back.laws().get(0).settings().objective().toObjective().kind()).isEqualTo(Objective.Kind.LOG_HUBER);
        assertThat(back.laws().get(0).settings().bounds().get("A").upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(back.laws().get(0).result().standardErrors().get("alpha")).isNaN();
        assertThat(back.laws().get(1).resolve(LawCatalog.builtIn())).isInstanceOf(CustomFormulaLaw.class);
    }

    @Test
    void fileStartsWithFormatAndVersionAndHoldsNoClassNames() {
        String text = json(SessionSamples.full(1, 3));
        assertThat(text.replaceAll("\\s", "")).startsWith("{\"format\":\"scaling-workbench-session\",\"version\":2,");
        assertThat(text).doesNotContain("org.scalingworkbench").doesNotContain("@class").doesNotContain("@type");
    }

    @Test
    void customFormulaIsReadAgainThroughTheParser() throws Exception {
        String text = json(SessionSamples.full(2, 2)).replace("E + A/`Model Size`^a", "E + A/`Model Size`^");
        assertThatThrownBy(() -> read(text)).isInstanceOf(SessionFormatException.class)
                .hasMessageContaining("law 2 (custom formula \"E + A/`Model Size`^\") no longer parses")
                .hasMessageContaining("at column 19");
    }

    @Test
    void aVersion1FileIsStillReadWithItsResultsWarningsUnknown() throws Exception {
        Session now = SessionSamples.full(3, 2);
        String v1 = json(now).replaceFirst("\"version\" : 2", "\"version\" : 1")
                .replaceAll("(?s),\\s*\"warnings\" : \\[ \\{.*?\\} \\]", "");
        assertThat(v1).doesNotContain("warnings");
        Session back = read(v1);
        assertThat(back.laws().get(0).result().warningsKnown()).isFalse();
        assertThat(back.laws().get(0).result().values()).isEqualTo(now.laws().get(0).result().values());
        assertThat(back.withLaws(now.laws())).isEqualTo(now);
        assertThat(read(json(now))).isEqualTo(now);
    }

    @Test
    void newerVersionIsRefusedNamingBothVersions() {
        String text = json(SessionSamples.full(3, 2)).replaceFirst("\"version\" : 2", "\"version\" : 3");
        assertThatThrownBy(() -> read(text)).isInstanceOf(SessionFormatException.class).hasMessage(
                "s.json: written by a newer Scaling Workbench (version 3); this one reads version 2");
    }

    @Test
    void unknownLawIdIsRefusedNamingTheLaw() {
        String text = json(SessionSamples.full(4, 2)).replace("\"plc\"", "\"plc9\"");
        assertThatThrownBy(() -> read(text)).hasMessageStartingWith("s.json: law 1 ('plc9'): unknown law 'plc9'");
    }

    @Test
    void negativeRowIndexIsRefusedWithLineAndColumn() {
        String text = json(SessionSamples.full(5, 2)).replace("\"row\" : 17", "\"row\" : -17");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.line()).isGreaterThan(1);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).isEqualTo("at sources[0].excluded[1]: excluded row index must be ≥ 0, got -17");
        });
    }

    @Test
    void truncatedFileIsRefusedWithItsPlace() {
        String text = json(SessionSamples.full(6, 2));
        String cut = text.substring(0, text.length() / 2);
        assertThatThrownBy(() -> read(cut)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.line()).isPositive());
    }

    @Test
    void wrongTypeIsRefusedNamingTheField() {
        String text = json(SessionSamples.full(7, 2)).replace("\"bootstrapResamples\" : 400", "\"bootstrapResamples\" : \"400\"");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.problem()).startsWith("at laws[0].settings.bootstrapResamples:"));
    }

    @Test
    void missingRequiredFieldIsRefused() {
        String text = json(SessionSamples.full(8, 2)).replace("\"theme\" : \"dark\"", "\"themes\" : \"dark\"");
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.problem()).isEqualTo("at theme: required field is missing"));
        String extra = json(SessionSamples.full(8, 2)).replace("\"theme\" : \"dark\"", "\"theme\" : \"dark\", \"colour\" : 1");
        assertThatThrownBy(() -> read(extra)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.problem()).isEqualTo("at colour: unknown field \"colour\""));
    }

    @Test
    void aVersionOneSessionWithoutShownIsReadWithItsLastFileOnTheChart() throws Exception {
        String v2 = json(SessionSamples.full(4, 2));
        String v1 = v2.replaceFirst("\"version\" : 2", "\"version\" : 1").replaceAll(",\\s*\"shown\" : (true|false)", "");
        assertThat(v1).doesNotContain("shown");
        Session back = read(v1);
        assertThat(back.sources()).extracting(DataSource::shown).containsExactly(false, false, true);
        assertThat(read(v2).sources()).extracting(DataSource::shown).containsExactly(true, false, true);
        String v2Without = v2.replaceAll(",\\s*\"shown\" : (true|false)", "");
        assertThatThrownBy(() -> read(v2Without)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.problem()).isEqualTo("at sources[0].shown: required field is missing"));
    }

    @Test
    void otherJsonIsNotTakenForASession() {
        assertThatThrownBy(() -> read("{\"version\": 1}")).hasMessage(
                "s.json: not a Scaling Workbench session (no \"format\": \"scaling-workbench-session\")");
        assertThatThrownBy(() -> read("")).hasMessage("s.json: the file is empty");
    }
}
