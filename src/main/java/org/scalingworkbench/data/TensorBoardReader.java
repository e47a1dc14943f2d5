package org.scalingworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads TensorBoard event files ({@code events.out.tfevents.*}): one file, a run folder, or a
 * folder of runs, into long form: columns {@code run} (the folder of each event file, relative to
 * the folder read; the folder's own name for files directly in it), {@code step}, and one column
 * per scalar tag; one row per run and step. Several files of one run (a restarted job) are merged;
 * a tag written twice at one step keeps the later value, with a note. Damaged records are reported
 * by file and byte offset ({@link TfRecordFile}) and the rest of each file is kept.
 */
public final class TensorBoardReader implements SweepReader {

    private static final String EVENT_FILE_PREFIX = "events.out.tfevents.";

    private final RoleGuesser guesser;

    public TensorBoardReader(RoleGuesser guesser) {
        this.guesser = guesser;
    }

    public TensorBoardReader() {
        this(new RoleGuesser());
    }

    /** Whether {@code file}'s name is that of a TensorBoard event file. */
    public static boolean isEventFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(EVENT_FILE_PREFIX);
    }

    @Override
    public ImportedSweep read(Path path) throws IOException {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        List<Path> files = eventFiles(path);
        if (files.isEmpty()) {
            throw SweepFormatException.ofFile(source, "no TensorBoard event files (" + EVENT_FILE_PREFIX + "*) in the folder");
        }
        Path root = Files.isDirectory(path) ? path.toAbsolutePath() : path.toAbsolutePath().getParent();
        Map<String, TreeMap<Long, Map<String, Double>>> runs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        int[] overwritten = {0};
        for (Path file : files) {
            String run = runName(root, file.toAbsolutePath());
            readFile(file, root, runs.computeIfAbsent(run, r -> new TreeMap<>()), notes, overwritten);
        }
        if (overwritten[0] > 0) {
            notes.add(overwritten[0] + " values written again for a tag at the same step (the later kept)");
        }
        notes.add(0, "TensorBoard: " + files.size() + " event file" + (files.size() == 1 ? "" : "s") + ", " + runs.size()
                + " run" + (runs.size() == 1 ? "" : "s"));
        return SweepAssembly.finish(table(source, runs, notes));
    }

    private static List<Path> eventFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> Files.isRegularFile(p) && isEventFile(p)).sorted().toList();
        }
    }

    /** The event file's folder relative to the folder read; that folder's own name for files directly in it. */
    private static String runName(Path root, Path file) {
        String relative = root.relativize(file.getParent()).toString().replace('\\', '/');
        return !relative.isEmpty() ? relative : root.getFileName() == null ? "run" : root.getFileName().toString();
    }

    private static void readFile(Path file, Path root, TreeMap<Long, Map<String, Double>> steps, List<String> notes,
            int[] overwritten) throws IOException {
        String name = root.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        TfRecordFile records = new TfRecordFile(Files.readAllBytes(file));
        Map<String, String> plugins = new LinkedHashMap<>();
        records.forEachRecord((record, offset) -> {
            try {
                TensorBoardEvent event = TensorBoardEvent.decode(record);
                plugins.putAll(event.plugins());
                for (TensorBoardEvent.Scalar s : event.scalars()) {
                    if (steps.computeIfAbsent(event.step(), k -> new LinkedHashMap<>()).put(s.tag(), s.value()) != null) {
                        overwritten[0]++;
                    }
                }
            } catch (IllegalStateException e) {
                notes.add(name + ": record at byte " + offset + " is not an event (" + e.getMessage() + "); skipped");
            }
        });
        records.damage().forEach(d -> notes.add(name + ": " + d));
        plugins.forEach((tag, plugin) -> {
            if (!plugin.equals("scalars")) {
                steps.values().forEach(values -> values.remove(tag));
            }
        });
    }

    /** The long table: run, step, then one column per tag in the order first seen; roles set, metrics' reasons guessed. */
    private ReadTable table(String source, Map<String, TreeMap<Long, Map<String, Double>>> runs, List<String> notes)
            throws SweepFormatException {
        List<String> tags = runs.values().stream().flatMap(r -> r.values().stream()).flatMap(v -> v.keySet().stream())
                .distinct().toList();
        int rows = (int) runs.values().stream().flatMap(r -> r.values().stream()).filter(v -> !v.isEmpty()).count();
        if (rows == 0) {
            throw SweepFormatException.ofFile(source, "the event files hold no scalar summaries"
                    + (notes.size() > 1 ? " (" + String.join("; ", notes.subList(1, notes.size())) + ")" : ""));
        }
        String[] runNames = new String[rows];
        double[] steps = new double[rows];
        double[][] values = new double[tags.size()][rows];
        int row = 0;
        for (Map.Entry<String, TreeMap<Long, Map<String, Double>>> run : runs.entrySet()) {
            for (Map.Entry<Long, Map<String, Double>> step : run.getValue().entrySet()) {
                if (!step.getValue().isEmpty()) {
                    runNames[row] = run.getKey();
                    steps[row] = step.getKey();
                    for (int k = 0; k < tags.size(); k++) {
                        values[k][row] = step.getValue().getOrDefault(tags.get(k), Double.NaN);
                    }
                    row++;
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.ownedText("run", 0, runNames, rows).withRole(ColumnRole.RUN, "run = the event file's folder"));
        columns.add(Column.ownedNumeric("step", 0, steps, rows).withRole(ColumnRole.STEP, "the events' step"));
        for (Column c : metrics(tags, values, rows)) {
            columns.add(c.role().isSize() ? TrackerRoles.positiveOnly(c, c.role(), notes).withRole(c.role(), c.roleReason()) : c);
        }
        int[] lines = java.util.stream.IntStream.rangeClosed(1, rows).toArray(); // no lines in a binary file: row numbers
        return new ReadTable(source, "TensorBoard event files", columns, lines, List.of(), notes);
    }

    /** One column per tag: a metric, unless the role guess from its name finds another numeric role. */
    private List<Column> metrics(List<String> tags, double[][] values, int rows) {
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < tags.size(); k++) {
            columns.add(Column.ownedNumeric(tags.get(k), 0, values[k], rows));
        }
        List<RoleGuess> guesses = guesser.guess(columns.stream().map(c -> new ColumnProfile(c.name(), c.presentCount(), 0,
                c.size() - c.presentCount(), List.of(), true)).toList());
        List<Column> out = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            RoleGuess g = guesses.get(k);
            boolean other = g.role() == ColumnRole.OTHER || g.role() == ColumnRole.STEP || g.role() == ColumnRole.RUN;
            if (other && TrackerRoles.isLearningRate(tags.get(k))) {
                out.add(columns.get(k).withRole(ColumnRole.OTHER, "a learning rate: a setting the run logged, not a result to fit"));
                continue;
            }
            out.add(columns.get(k).withRole(other ? ColumnRole.METRIC : g.role(), other ? "a scalar tag logged per step"
                    : g.reason()));
        }
        return out;
    }
}
