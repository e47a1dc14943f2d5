package org.scalingworkbench.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Points split into fitted and held-out rows, each row carrying several named variables, so that
 * laws of one variable and laws of two (Chinchilla's and Kaplan's L(N, D)) are fitted and scored on
 * the very same rows. Variable 0 is always {@code x}, the plotted scaling variable; the others are
 * named by their law symbols ({@code N}, {@code D}, {@code C}). A law reads the variables it names,
 * in its own order. Values are in the columns' original units (parameters, tokens, FLOPs), y in the
 * target's (for a loss, nats unless the file says bits).
 *
 * @param target    the target column's name, for notes ("loss")
 * @param variables the variable names, {@code x} first
 * @param columns   the column behind each variable ("params", "tokens"), same order
 * @param train     fitted rows: train[i][j] is variable j of row i
 * @param trainY    the fitted rows' targets
 * @param heldOut   held-out rows, same layout
 * @param heldOutY  the held-out rows' targets
 */
public record FitData(String target, List<String> variables, List<String> columns, double[][] train, double[] trainY,
        double[][] heldOut, double[] heldOutY) {

    /** The name of the plotted variable, which every {@code FitData} has first. */
    public static final String PLOTTED = "x";

    public FitData {
        variables = List.copyOf(variables);
        columns = List.copyOf(columns);
        if (variables.isEmpty() || !variables.get(0).equals(PLOTTED) || columns.size() != variables.size()) {
            throw new IllegalArgumentException("fit data needs x first and one column per variable, got " + variables);
        }
        if (train.length != trainY.length || heldOut.length != heldOutY.length) {
            throw new IllegalArgumentException("rows and targets of fit data have different lengths");
        }
        train = copy(train, variables.size());
        heldOut = copy(heldOut, variables.size());
        trainY = trainY.clone();
        heldOutY = heldOutY.clone();
    }

    /** The one-variable data of a partition: x named {@code xColumn}, the target {@code target}. */
    public static FitData of(Partition p, String xColumn, String target) {
        return new FitData(target, List.of(PLOTTED), List.of(xColumn), column(p.trainX()), p.trainY(),
                column(p.heldOutX()), p.heldOutY());
    }

    @Override
    public double[][] train() {
        return copy(train, variables.size());
    }

    @Override
    public double[] trainY() {
        return trainY.clone();
    }

    @Override
    public double[][] heldOut() {
        return copy(heldOut, variables.size());
    }

    @Override
    public double[] heldOutY() {
        return heldOutY.clone();
    }

    /** The plotted variable alone, as a partition (for read-offs and the orders of magnitude). */
    public Partition plotted() {
        return new Partition(variable(train, 0), trainY, variable(heldOut, 0), heldOutY);
    }

    public int trainSize() {
        return trainY.length;
    }

    public int heldOutSize() {
        return heldOutY.length;
    }

    /**
     * The first variable {@code law} needs that these rows lack, if any. Rows of one variable serve
     * any law of one variable, whatever it calls it (a custom formula's {@code N}, say).
     */
    public Optional<String> missingVariable(ScalingLaw law) {
        if (variables.size() == 1 && law.variables().size() == 1) {
            return Optional.empty();
        }
        return law.variables().stream().filter(v -> !variables.contains(v)).findFirst();
    }

    /** The fitted rows in {@code law}'s variable order. */
    public double[][] trainRows(ScalingLaw law) {
        return select(train, indices(law));
    }

    /** The held-out rows in {@code law}'s variable order. */
    public double[][] heldOutRows(ScalingLaw law) {
        return select(heldOut, indices(law));
    }

    /** What {@code law} is fitted on, for notes: "loss vs params, tokens". */
    public String fittedOn(ScalingLaw law) {
        int[] idx = indices(law);
        return target + " vs " + Arrays.stream(idx).mapToObj(columns::get).collect(Collectors.joining(", "));
    }

    private int[] indices(ScalingLaw law) {
        missingVariable(law).ifPresent(v -> {
            throw new IllegalArgumentException("law " + law.id() + " needs variable " + v + "; the rows have " + variables);
        });
        return variables.size() == 1 ? new int[] {0} : law.variables().stream().mapToInt(variables::indexOf).toArray();
    }

    private static double[][] select(double[][] rows, int[] idx) {
        double[][] out = new double[rows.length][idx.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = rows[i][idx[j]];
            }
        }
        return out;
    }

    private static double[] variable(double[][] rows, int j) {
        return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
    }

    private static double[][] column(double[] x) {
        return Arrays.stream(x).mapToObj(v -> new double[] {v}).toArray(double[][]::new);
    }

    private static double[][] copy(double[][] rows, int width) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException("a row has " + rows[i].length + " values for " + width + " variables");
            }
            out[i] = rows[i].clone();
        }
        return out;
    }
}
