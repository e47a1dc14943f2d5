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

    private ReadTable table(String source, Map<String, TreeMap<Long, Map<String, Double>>> runs, List<String> notes)
            throws SweepFormatException {
        CellTable cells = new CellTable(source);
        for (Map.Entry<String, TreeMap<Long, Map<String, Double>>> run : runs.entrySet()) {
            for (Map.Entry<Long, Map<String, Double>> step : run.getValue().entrySet()) {
                if (step.getValue().isEmpty()) {
                    continue;
                }
                cells.startRow(0);
                cells.setText("run", run.getKey());
                cells.setNumber("step", step.getKey());
                step.getValue().forEach(cells::setNumber);
            }
        }
        if (cells.rowCount() == 0) {
            throw SweepFormatException.ofFile(source, "the event files hold no scalar summaries"
                    + (notes.size() > 1 ? " (" + String.join("; ", notes.subList(1, notes.size())) + ")" : ""));
        }
        ReadTable guessed = cells.toTable("TensorBoard event files", guesser, notes);
        return new ReadTable(source, guessed.format(), TrackerRoles.assign(guessed.columns(), "run", "step",
                "run = the event file's folder", "the events' step", "a scalar tag logged per step"), guessed.lines(),
                guessed.skipped(), notes);
    }
}
