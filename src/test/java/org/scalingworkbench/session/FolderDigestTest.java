package org.scalingworkbench.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDigestTest {

    @TempDir
    Path dir;

    @Test
    void folderDigestIsThatOfEachFilesRelativePathAndBytesInOrder() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs/a"));
        Files.writeString(runs.resolve("events.out.tfevents.1"), "xy");
        Files.writeString(Files.createDirectories(dir.resolve("runs/b")).resolve("events.out.tfevents.2"), "z");
        String expected = FileDigest.sha256("a/events.out.tfevents.1\0xyb/events.out.tfevents.2\0z"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(FileDigest.sha256(dir.resolve("runs"))).isEqualTo(expected);
    }

    @Test
    void changingOneFileOfTheFolderChangesItsDigest() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs/a"));
        Files.writeString(runs.resolve("events.out.tfevents.1"), "xy");
        String before = FileDigest.sha256(dir.resolve("runs"));
        Files.writeString(runs.resolve("events.out.tfevents.1"), "xz");
        assertThat(FileDigest.sha256(dir.resolve("runs"))).isNotEqualTo(before);
    }
}
