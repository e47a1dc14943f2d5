package org.scalingworkbench.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.PowerLawCsv;

/** Noiseless loss = E + A·N^(−α) (E = 1.7, A = 80, α = 0.28) at 18 model sizes 1e6·2^i, as a file. */
final class PowerLawSweep {

    static final double E = 1.7;
    static final double A = 80;
    static final double ALPHA = 0.28;

    private PowerLawSweep() {
    }

    static ImportedSweep write(Path dir) throws IOException {
        return new SweepImporter().importFile(PowerLawCsv.write(dir.resolve("plc-noiseless.csv"), E, A, ALPHA, 18));
    }
}
