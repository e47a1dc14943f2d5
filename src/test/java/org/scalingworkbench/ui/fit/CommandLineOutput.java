package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingworkbench.cli.ScalingWorkbenchCommand;

/** What one {@code scaling-workbench} command line, run in-process, printed; with readers of its numbers. */
record CommandLineOutput(String text) {

    /** Runs {@code args} and keeps standard output; fails the test on a non-zero exit code. */
    static CommandLineOutput run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScalingWorkbenchCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertThat(code).as("exit code of %s; stderr: %s", String.join(" ", args), err).isZero();
        return new CommandLineOutput(out.toString());
    }

    /** Every number printed as the JSON field {@code name}, in order. */
    List<Double> numbers(String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\" : (-?[0-9.]+(?:E[-+]?[0-9]+)?)").matcher(text);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    /** Every string printed as the JSON field {@code name}, in order. */
    List<String> strings(String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\" : \"([^\"]*)\"").matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The second column of the table row that starts with {@code label} (a parameter's printed value). */
    String tableValue(String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(\\S+)").matcher(text);
        assertThat(m.find()).as("a row %s in%n%s", label, text).isTrue();
        return m.group(1);
    }
}
