package org.scalingworkbench.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.session.SessionFormatException;
import org.scalingworkbench.session.SessionSamples;
import org.scalingworkbench.session.SessionStore;

/**
 * Corrupted session files: each is refused whole with a {@link SessionFormatException} naming the
 * file, the line and column where Jackson knows them, and the problem, within {@link Bounded#LIMIT}.
 */
class MalformedSessionFileTest {

    @TempDir
    Path dir;

    private static final String VALID = new String(new SessionCodec().write(SessionSamples.full(5, 4)), StandardCharsets.UTF_8);

    /** A session text, the start of the message's problem (after the place), and whether a line is known. */
    record Case(String name, String text, String problem, boolean located) {
    }

    private static Case edit(String name, String from, String to, String problem, boolean located) {
        if (!VALID.contains(from)) {
            throw new IllegalStateException(name + ": the sample has no " + from);
        }
        return new Case(name, VALID.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                problem, located);
    }

    static List<Case> handWritten() {
        return List.of(
            new Case("empty", "", "the file is empty", false),
            new Case("whitespace", " \n\t\n", "the file is empty", false),
            new Case("array", "[]", "not a Scaling Workbench session", false),
            new Case("number", "42", "not a Scaling Workbench session", false),
            new Case("garbage", "not json at all", "Unrecognized token", true),
            new Case("binary", "\u0000\u0001\u0002", "Illegal character", true),
            edit("other-format", "scaling-workbench-session", "something-else", "not a Scaling Workbench session", false),
            edit("version-3", "\"version\" : 2", "\"version\" : 3", "written by a newer Scaling Workbench (version 3); this one reads version 2", false),
            edit("version-0", "\"version\" : 2", "\"version\" : 0", "\"version\" must be a whole number ≥ 1", false),
            edit("version-text", "\"version\" : 2", "\"version\" : \"2\"", "\"version\" must be a whole number ≥ 1", false),
            edit("negative-row", "\"row\" : 3", "\"row\" : -3", "at sources[0].excluded[0]: excluded row index must be ≥ 0, got -3", true),
            edit("negative-line", "\"line\" : 5", "\"line\" : -5", "at sources[0].excluded[0]: excluded line must be ≥ 0", true),
            edit("fractional-row", "\"row\" : 3", "\"row\" : 3.5", "at sources[0].excluded[0].row", true),
            edit("row-as-text", "\"row\" : 3", "\"row\" : \"three\"", "at sources[0].excluded[0].row", true),
            edit("unknown-law", "\"plc\"", "\"plc7\"", "law 1 ('plc7'): unknown law 'plc7'", false),
            edit("broken-formula", "`Model Size`^a", "`Model Size`^^a", "law 2 (custom formula", false),
            edit("bad-sha", "\"sha256\" : \"", "\"sha256\" : \"zz", "at sources[0]: \"sha256\" must be 64 hexadecimal digits", true),
            edit("null-path", "\"path\" : \"runs/sweep.csv\"", "\"path\" : null", "at sources[0]: \"path\" is missing", true),
            edit("missing-chart", "\"chart\" : {", "\"chart2\" : {", "at ", true),
            edit("sources-object", "\"sources\" : [", "\"sources\" : 1, \"x\" : [", "at sources", true),
            edit("unknown-role", "\"PARAMETERS\"", "\"PARAMS\"", "at sources[0].roleOverrides", true),
            edit("unknown-objective", "\"log-huber\"", "\"log-hubber\"", "at laws[0].settings.objective: unknown objective \"log-hubber\"", true),
            edit("negative-resamples", "\"bootstrapResamples\" : 400", "\"bootstrapResamples\" : -1", "at laws[0].settings: bootstrap resamples must be from 0 to 100000, got -1", true),
            edit("bad-holdout", "\"x>1e9\"", "\"x>lots\"", "holdOut: hold-out 'x>lots'", false),
            edit("reversed-range", "\"xMin\" : 1000000.0", "\"xMin\" : 1.0E12", "at chart: chart ranges must be increasing", true),
            edit("trailing", "\"theme\" : \"dark\"\n}", "\"theme\" : \"dark\"\n} {}", "extra content after the end of the session", true),
            edit("shown-null", "\"shown\" : true", "\"shown\" : null", "at sources[0].shown", true),
            edit("shown-text", "\"shown\" : true", "\"shown\" : \"yes\"", "at sources[0].shown", true),
            edit("both-embedded", "\"csv\" : null", "\"csv\" : \"a,b\"", "at sources[1].embedded: embedded data needs either", true),
            edit("interval-level", "\"level\" : 0.95", "\"level\" : 95", "at laws[0].result.intervals", true),
            new Case("one-byte", "{", "the file ends inside an object opened at line 1, column 1", true),
            new Case("nested-1001", "[".repeat(1001) + "]".repeat(1001), "nested more than 1000 levels deep", true),
            edit("path-twice", "\"path\" : \"runs/sweep.csv\"", "\"path\" : \"a.csv\", \"path\" : \"runs/sweep.csv\"",
                    "key \"path\" appears twice", true),
            edit("path-number", "\"path\" : \"runs/sweep.csv\"", "\"path\" : 42", "at sources[0].path: expected text", true),
            edit("resamples-max-int", "\"bootstrapResamples\" : 400", "\"bootstrapResamples\" : 2147483647",
                    "at laws[0].settings: bootstrap resamples must be from 0 to 100000, got 2147483647", true));
    }

    /** The valid file cut at 60 places: every cut must be refused with its line and column. */
    static List<Case> truncations() {
        List<Case> cases = new ArrayList<>();
        for (int k = 1; k <= 60; k++) {
            int at = (int) ((long) VALID.length() * k / 61);
            cases.add(new Case("cut-at-" + at, VALID.substring(0, at), "", true));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyCorruptedSessionIsRefusedWithItsPlace() {
        return Stream.concat(handWritten().stream(), truncations().stream())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        Path file = dir.resolve(c.name() + ".swb.json");
        Files.writeString(file, c.text());
        Throwable thrown = Bounded.thrownBy(() -> new SessionStore().load(file));
        assertThat(thrown).as(c.name()).isInstanceOf(SessionFormatException.class);
        SessionFormatException e = (SessionFormatException) thrown;
        assertThat(e.getMessage()).startsWith(c.name() + ".swb.json");
        assertThat(e.problem()).startsWith(c.problem()).doesNotContain("org.scalingworkbench");
        if (c.located()) {
            assertThat(e.line()).as("line of %s", c.name()).isPositive();
            assertThat(e.column()).isPositive();
        }
    }
}
