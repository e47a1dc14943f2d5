package org.scalingworkbench.app.frontier;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.app.simulate.IsoFlopSweepSimulator;
import org.scalingworkbench.app.simulate.SimulatedTable;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

/**
 * A compilation of IsoFLOP studies in one file, as a meta-analysis gathers them: each study
 * simulated without noise from its own Chinchilla law (E, A, B, α, β), so its frontier exponent
 * a = β/(α+β) is known, and a column {@code study} naming it.
 */
public final class StudyCompilation {

    /** Study "kaplan-like": α = 0.30, β = 0.45, so a = 0.6. */
    public static final double[] STEEP = {1.9, 400, 2500, 0.30, 0.45};
    /** Study "chinchilla-like": α = 0.34, β = 0.28, so a ≈ 0.4516. */
    public static final double[] FLAT = {1.7, 480, 1800, 0.34, 0.28};

    /** Nine budgets, 9 sizes over 1.6 decades each. */
    static final List<Double> BUDGETS = List.of(6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21);

    private final List<String> columns = List.of("study", "run", "params", "tokens", "flops", "loss");
    private final List<Object[]> rows = new ArrayList<>();

    private StudyCompilation() {
    }

    /** The compute-optimal exponent a = β/(α+β) of a Chinchilla law's parameters. */
    public static double exponentA(double[] law) {
        return law[4] / (law[3] + law[4]);
    }

    /** The two studies of different exponents, then a study of one budget of 3 sizes (too small for IsoFLOP). */
    public static StudyCompilation twoStudiesAndATinyOne() {
        StudyCompilation c = new StudyCompilation();
        c.add("steep", STEEP, new IsoFlopSweepSimulator.Design(BUDGETS, 9, 1.6, 0.0, 1));
        c.add("flat", FLAT, new IsoFlopSweepSimulator.Design(BUDGETS, 9, 1.6, 0.0, 2));
        c.add("tiny", FLAT, new IsoFlopSweepSimulator.Design(List.of(1e20), 3, 1.0, 0.0, 3));
        return c;
    }

    private void add(String study, double[] law, IsoFlopSweepSimulator.Design design) {
        SimulatedTable t = new IsoFlopSweepSimulator(new ChinchillaLaw(), law).simulate(design, List.of());
        for (Object[] r : t.rows()) {
            Object[] row = new Object[r.length + 1];
            row[0] = study;
            System.arraycopy(r, 0, row, 1, r.length);
            rows.add(row);
        }
    }

    /** The compilation as a CSV file in {@code dir}. */
    public Path write(Path dir) throws IOException {
        Path file = dir.resolve("compilation.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            new SimulatedTable(List.of("studies simulated from known Chinchilla laws"), columns, rows).writeCsv(w);
        }
        return file;
    }
}
