package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.app.bench.SizeBench;

/**
 * The heap settings of decision 0017 stand in three places (the shell launcher, the app image's
 * CLI launcher, and bench size's child JVMs); bench size measures what users run only while they agree.
 */
class LauncherHeapFlagsTest {

    @Test
    void bothLaunchersUseTheHeapSettingsBenchSizeMeasures() throws Exception {
        String flags = String.join(" ", SizeBench.HEAP_FLAGS);
        assertThat(Files.readString(Path.of("bin/scaling-workbench"))).contains("heap=\"" + flags + "\"");
        assertThat(Files.readString(Path.of("jlink/cli-launcher.properties"))).contains(flags);
    }
}
