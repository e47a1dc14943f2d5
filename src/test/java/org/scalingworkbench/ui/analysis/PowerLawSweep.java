package org.scalingworkbench.ui.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;

/** Noiseless loss = E + A·N^(−α) (E = 1.7, A = 80, α = 0.28) at 18 model sizes 1e6·2^i, as a file. */
final class PowerLawSweep {

    static final double E = 1.7;
    static final double A = 80;
    static final double ALPHA = 0.28;

    private PowerLawSweep() {
    }

    static ImportedSweep write(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 18; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(E + A * Math.pow(n, -ALPHA)).append('\n');
        }
        return new SweepImporter().importFile(Files.writeString(dir.resolve("plc-noiseless.csv"), csv));
    }
}
