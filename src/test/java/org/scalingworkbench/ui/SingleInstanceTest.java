package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @Test
    void aLaterStartHandsItsFilesToTheListeningWindowAsAbsolutePaths(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("w.sock");
        CompletableFuture<List<Path>> received = new CompletableFuture<>();
        try (SingleInstance window = SingleInstance.listen(socket, received::complete).orElseThrow()) {
            boolean taken = SingleInstance.handOff(socket, List.of(Path.of("runs.csv"), dir.resolve("a/../s.swb.json")));
            assertThat(taken).isTrue();
            assertThat(received.get(10, TimeUnit.SECONDS)).containsExactly(Path.of("runs.csv").toAbsolutePath(), dir.resolve("s.swb.json"));
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void withNoWindowListeningTheStartOpensItsOwn(@TempDir Path dir) {
        assertThat(SingleInstance.handOff(dir.resolve("none.sock"), List.of(Path.of("x.csv")))).isFalse();
    }

    @Test
    void aSocketLeftByAKilledWindowIsFoundDeadAndReplaced(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("w.sock");
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close(); // the file stays, as after kill -9
        assertThat(socket).exists();
        assertThat(SingleInstance.handOff(socket, List.of(Path.of("x.csv")))).isFalse();
        CompletableFuture<List<Path>> received = new CompletableFuture<>();
        try (SingleInstance window = SingleInstance.listen(socket, received::complete).orElseThrow()) {
            assertThat(SingleInstance.handOff(socket, List.of())).isTrue();
            assertThat(received.get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(Files.getPosixFilePermissions(socket)).hasSize(2);
        }
    }
}
