package org.scalingworkbench.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text to the terminal with its control characters made visible, so a column name, a cell
 * or a message that echoes a file cannot retitle, clear or recolour the terminal: ESC prints as
 * {@code \e}, a carriage return not followed by a line feed as {@code \r}, other C0 and C1 controls,
 * DEL and the bidirectional overrides as {@code \}{@code uXXXX}. Tab and line breaks pass as they are.
 * Every byte the CLI prints goes through one of these ({@link ScalingWorkbenchCommand#commandLine}).
 */
final class TerminalSafeWriter extends FilterWriter {

    private boolean carriageReturnPending;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    private static String escape(char c) {
        if (c == '\n' || c == '\t') {
            return String.valueOf(c);
        }
        if (c == '\u001b') {
            return "\\e";
        }
        if (c == '\r') {
            return "\\r";
        }
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
        return control ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (carriageReturnPending) {
            carriageReturnPending = false;
            out.write(c == '\n' ? "\r" : "\\r");
        }
        if (c == '\r') {
            carriageReturnPending = true;
            return;
        }
        out.write(escape((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (carriageReturnPending) {
            carriageReturnPending = false;
            out.write("\\r");
        }
        out.close();
    }
}
