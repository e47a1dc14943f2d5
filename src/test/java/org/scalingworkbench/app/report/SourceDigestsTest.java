package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;

class SourceDigestsTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadThroughTheDigestsIsKnownByNameWithTheSha256OfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("runs.csv"), "params,loss\n1e6,3.1\n1e7,2.6\n");
        SourceDigests digests = new SourceDigests();
        ImportedSweep imported = digests.reading(new SweepImporter()::importFile).read(file);
        assertThat(imported.sweep().rowCount()).isEqualTo(2);
        DataSource source = digests.source("runs.csv");
        assertThat(source.sha256()).isEqualTo(ReportWritersTest.sha256(file)).hasSize(64);
        assertThat(digests.source("other.csv")).isEqualTo(DataSource.named("other.csv"));
        assertThat(DataSource.named("sample").hasDigest()).isFalse();
    }
}
