package org.scalingworkbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.ColumnRole;

/** The scale factors a user set (keep a column raw, or a factor of their own) travel in a session with the roles. */
class ScaleOverridesSessionTest {

    private final SessionCodec codec = new SessionCodec();

    private static Session withSource(DataSource source) {
        Session sample = SessionSamples.full(5, 2);
        return sample.withSources(List.of(source));
    }

    @Test
    void scaleOverridesAndRolesSurviveAWriteAndARead() throws Exception {
        DataSource source = new DataSource("models.csv", FileDigest.sha256("m".getBytes(StandardCharsets.UTF_8)), null,
                Map.of("MMLU", ColumnRole.OTHER), List.of(), true, Map.of("Model Size (B)", 1.0, "FLOPs", 8.64e19));
        Session read = codec.read(codec.write(withSource(source)), "s.swb");
        assertThat(read.sources().get(0).scaleOverrides()).isEqualTo(Map.of("Model Size (B)", 1.0, "FLOPs", 8.64e19));
        assertThat(read.sources().get(0).roleOverrides()).isEqualTo(Map.of("MMLU", ColumnRole.OTHER));
        assertThat(read).isEqualTo(withSource(source));
    }

    @Test
    void aSessionWithoutScaleOverridesReadsAsNoneAndWritesNone() throws Exception {
        DataSource plain = DataSource.of("runs.csv", FileDigest.sha256("r".getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = codec.write(withSource(plain));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("scaleOverrides");
        assertThat(codec.read(bytes, "s.swb").sources().get(0).scaleOverrides()).isEmpty();
    }

    @Test
    void aFactorThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new DataSource("a.csv", "0".repeat(64), null, Map.of(), List.of(), true, Map.of("x", 0.0)))
                .hasMessageContaining("\"scaleOverrides\" of \"x\" must be a positive number");
    }
}
