package org.scalingworkbench.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports a result file of any supported kind: picks the reader from the extension and the
 * first bytes (JSON, JSON Lines, wide tracker export, delimited text; a folder or an
 * {@code events.out.tfevents.*} file as TensorBoard event files), and turns files that are
 * not text tables (empty, compressed, binary, missing) into one-line {@link SweepFormatException}s.
 */
public final class SweepImporter {

    private static final int HEAD_BYTES = 8 << 10;

    private final CsvSweepReader csv;
    private final JsonSweepReader json;
    private final JsonLinesSweepReader jsonLines;
    private final WideTrackerExportReader wide;
    private final TensorBoardReader tensorBoard;
    private final StepLogReader stepLog;

    public SweepImporter(RoleGuesser guesser) {
        this.csv = new CsvSweepReader(guesser);
        this.json = new JsonSweepReader(guesser);
        this.jsonLines = new JsonLinesSweepReader(guesser);
        this.wide = new WideTrackerExportReader(guesser);
        this.tensorBoard = new TensorBoardReader(guesser);
        this.stepLog = new StepLogReader(guesser);
    }

    public SweepImporter() {
        this(new RoleGuesser());
    }

    /**
     * Reads {@code file} into a sweep with guessed roles and a report.
     *
     * @throws SweepFormatException naming file, line and column when the content is not a sweep
     * @throws IOException          when the file cannot be read
     */
    public ImportedSweep importFile(Path file) throws IOException {
        return readerFor(file).read(file);
    }

    /** The reader {@link #importFile} would use for {@code file}. */
    public SweepReader readerFor(Path file) throws IOException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file) || TensorBoardReader.isEventFile(file) && Files.isRegularFile(file)) {
            return tensorBoard;
        }
        if (!Files.isRegularFile(file)) {
            throw SweepFormatException.ofFile(source, Files.exists(file) ? "not a regular file" : "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length == 0) {
            throw SweepFormatException.ofFile(source, "the file is empty");
        }
        rejectNonText(head, source);
        String ext = extension(source);
        int first = firstSignificantByte(head);
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
            return jsonLines;
        }
        if (ext.equals("json") || first == '[' || first == '{') {
            return first == '{' && hasSecondObjectLine(head) ? jsonLines : json;
        }
        List<String> header = headerNames(head, source);
        if (StepLogReader.stepColumn(source, header) != null) {
            return stepLog;
        }
        return WideTrackerExportReader.looksWide(header) ? wide : csv;
    }

    private static void rejectNonText(byte[] head, String source) throws SweepFormatException {
        if ((head[0] & 0xff) == 0x1f && head.length > 1 && (head[1] & 0xff) == 0x8b) {
            throw SweepFormatException.ofFile(source, "a gzip-compressed file; decompress it first");
        }
        if (head[0] == 'P' && head.length > 3 && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw SweepFormatException.ofFile(source, "a ZIP archive (an Excel .xlsx is one); export the sheet as CSV");
        }
        if (head[0] == '%' && head.length > 3 && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw SweepFormatException.ofFile(source, "a PDF document, not a table of results");
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int firstSignificantByte(byte[] head) {
        int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length ? head[i] : -1;
    }

    /** Whether a line after the first starts with '{' (JSON Lines rather than one JSON object). */
    private static boolean hasSecondObjectLine(byte[] head) {
        for (int i = 0; i + 1 < head.length; i++) {
            if (head[i] == '\n') {
                int k = i + 1;
                while (k < head.length && (head[k] == ' ' || head[k] == '\t' || head[k] == '\r')) {
                    k++;
                }
                if (k < head.length && head[k] != '\n') {
                    return head[k] == '{';
                }
            }
        }
        return false;
    }

    private static List<String> headerNames(byte[] head, String source) {
        List<String> names = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(head), (byte) ',', source)) {
            if (t.next()) {
                for (int j = 0; j < t.fieldCount(); j++) {
                    names.add(new String(t.buffer(), t.start(j), t.end(j) - t.start(j),
                            java.nio.charset.StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException notWide) {
            return List.of();
        }
        return names;
    }
}
