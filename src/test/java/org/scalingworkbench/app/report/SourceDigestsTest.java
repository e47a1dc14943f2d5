package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.importing.FileImport;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;

class SourceDigestsTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadThroughTheDigestsIsKnownByPathWithTheSha256OfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("runs.csv"), "params,loss\n1e6,3.1\n1e7,2.6\n");
        SourceDigests digests = new SourceDigests();
        ImportedSweep imported = digests.reading(new SweepImporter()::importFile).read(file);
        assertThat(imported.sweep().rowCount()).isEqualTo(2);
        DataSource source = digests.source(dir.resolve("sub/../runs.csv"));
        assertThat(source).isEqualTo(new DataSource("runs.csv", ReportWritersTest.sha256(file)));
        assertThat(source.sha256()).hasSize(64);
        assertThat(digests.source(dir.resolve("other.csv"))).isEqualTo(DataSource.named("other.csv"));
        assertThat(DataSource.named("sample").hasDigest()).isFalse();
    }

    @Test
    void twoFilesOfTheSameNameInTwoFoldersKeepTheirOwnDigests() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("runs.csv"), "params,loss\n1e6,3.1\n1e7,2.6\n");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("runs.csv"), "params,loss\n1e6,3.3\n1e7,2.8\n");
        SourceDigests digests = new SourceDigests();
        FileImport reader = digests.reading(new SweepImporter()::importFile);
        reader.read(a);
        reader.read(b);
        assertThat(digests.sha256(a)).contains(ReportWritersTest.sha256(a));
        assertThat(digests.sha256(b)).contains(ReportWritersTest.sha256(b));
        assertThat(ReportWritersTest.sha256(a)).isNotEqualTo(ReportWritersTest.sha256(b));
    }

    @Test
    void theDigestIsOfTheBytesLoadedAndAnEditAfterwardsIsFoundButATouchIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("runs.csv"), "params,loss\n1e6,3.1\n1e7,2.6\n");
        SourceDigests digests = new SourceDigests();
        digests.reading(new SweepImporter()::importFile).read(file);
        String loaded = ReportWritersTest.sha256(file);
        assertThat(digests.sha256(file)).contains(loaded);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        assertThat(digests.changedSinceLoaded(file)).isFalse();
        Files.writeString(file, "params,loss\n1e6,3.0\n1e7,2.6\n");
        assertThat(digests.changedSinceLoaded(file)).isTrue();
        assertThat(digests.sha256(file)).contains(loaded);
        assertThat(digests.changedSinceLoaded(dir.resolve("never-read.csv"))).isFalse();
    }
}
