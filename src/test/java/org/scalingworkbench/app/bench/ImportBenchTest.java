package org.scalingworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBenchTest {

    @Test
    void generatedLogIsImportedWithEveryRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv");
        ImportBench.Generated g = ImportBench.generate(file, 2_000, 1, false);
        ImportBench.Run run = ImportBench.measured(file);
        assertThat(g.bytes()).isPositive();
        assertThat(run.rows()).isEqualTo(2_000);
        assertThat(run.columns()).isPositive();
        assertThat(ImportBench.plain(file).value().sweep().rowCount()).isEqualTo(2_000);
    }
}
