package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OutOfMemoryMessageTest {

    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfHeapEndsInOneLineThatSaysHowToGiveMore() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Greedy());
        cl.setErr(new PrintWriter(err, true));
        int code = ScalingWorkbenchCommand.execute(cl);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("scaling-workbench: out of memory").contains("SCALING_WORKBENCH_JAVA_OPTS=-Xmx");
    }
}
