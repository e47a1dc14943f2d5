package org.scalingworkbench.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.session.SessionCodec;
import org.scalingworkbench.session.SessionFormatException;
import org.scalingworkbench.session.SessionSamples;
import org.scalingworkbench.session.SessionStore;

/** A session whose custom formula nests 1,000 deep is refused with the law and column, not a StackOverflowError. */
class DeepFormulaSessionTest {

    @TempDir
    Path dir;

    @Test
    void aSessionWithAFormulaNestedAThousandDeepIsRefusedWithItsColumn() throws Exception {
        String valid = new String(new SessionCodec().write(SessionSamples.full(5, 4)), StandardCharsets.UTF_8);
        String deep = "(".repeat(1000) + "a" + ")".repeat(1000);
        Path file = dir.resolve("deep.swb.json");
        Files.writeString(file, valid.replace("`Model Size`^a", "`Model Size`^" + deep));
        Throwable thrown = Bounded.thrownBy(() -> new SessionStore().load(file));
        assertThat(thrown).isInstanceOf(SessionFormatException.class);
        assertThat(((SessionFormatException) thrown).problem())
                .startsWith("law 2 (custom formula")
                .endsWith("no longer parses: formula nests deeper than 200 levels at column 219");
    }
}
