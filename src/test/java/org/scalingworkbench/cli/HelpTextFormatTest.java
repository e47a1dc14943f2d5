package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders without picocli's format warnings (a bare '%' in a description). */
class HelpTextFormatTest {

    @Test
    void everyCommandsHelpRendersWithoutFormatWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> helps = new ArrayList<>();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine root = ScalingWorkbenchCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            collect(root, helps);
        } finally {
            System.setErr(original);
        }
        assertThat(helps).hasSizeGreaterThan(10);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
        assertThat(String.join("\n", helps)).contains("upto:F%").doesNotContain("F%%");
    }

    private static void collect(CommandLine cl, List<String> helps) {
        helps.add(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        cl.getSubcommands().values().forEach(sub -> collect(sub, helps));
    }
}
