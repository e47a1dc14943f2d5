package org.scalingworkbench.ui.fit;

import java.io.IOException;
import java.nio.file.Path;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.PowerLawCsv;

/** A noiseless sweep of loss = E + A·N^(−α) with E = 2, A = 50, α = 0.3 at 16 sizes 1e6..3.2e10. */
final class Synthetic {

    static final double E = 2;
    static final double A = 50;
    static final double ALPHA = 0.3;

    private Synthetic() {
    }

    static ImportedSweep sweep(Path dir) throws IOException {
        return new SweepImporter().importFile(PowerLawCsv.write(dir.resolve("pl.csv"), E, A, ALPHA, 16));
    }
}
