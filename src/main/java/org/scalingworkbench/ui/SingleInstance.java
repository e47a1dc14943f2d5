package org.scalingworkbench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One window per user: the first window listens on a Unix-domain socket; a later start (a file
 * double-clicked in the file manager, "Open with", a second {@code ScalingWorkbench FILE}) hands
 * its files to that window and exits. The socket lives in {@code $XDG_RUNTIME_DIR} (private to the
 * user), else in the temporary folder with owner-only permissions; a socket left by a window that
 * was killed is found dead and replaced. The protocol is one absolute path per line, answered by
 * {@code ok}.
 */
public final class SingleInstance implements AutoCloseable {

    /** Environment variable naming the socket file, overriding the default place (for tests). */
    public static final String SOCKET_ENV = "SCALING_WORKBENCH_SOCKET";

    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());

    private final Path socket;
    private final ServerSocketChannel server;

    private SingleInstance(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    /** The socket of this user's window. */
    public static Path defaultSocket() {
        String override = System.getenv(SOCKET_ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path folder = runtime != null && !runtime.isBlank() ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir"));
        return folder.resolve("scaling-workbench-" + System.getProperty("user.name", "user") + ".sock");
    }

    /**
     * Hands {@code files} (made absolute) to the window listening on {@code socket}.
     *
     * @return true if a window took them; false if none is listening (the caller opens its own)
     */
    public static boolean handOff(Path socket, List<Path> files) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            StringBuilder lines = new StringBuilder();
            files.forEach(f -> lines.append(f.toAbsolutePath().normalize()).append('\n'));
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            channel.shutdownOutput();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (IOException | RuntimeException noWindow) {
            return false;
        }
    }

    /**
     * Starts listening on {@code socket}, replacing a dead one; each batch of files handed off
     * later goes to {@code onOpen} (on the listener's thread). Empty if the socket cannot be made
     * (the window then works alone, as before).
     */
    public static Optional<SingleInstance> listen(Path socket, Consumer<List<Path>> onOpen) {
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            restrictToOwner(socket);
            SingleInstance instance = new SingleInstance(socket, server);
            Thread t = new Thread(() -> instance.accept(onOpen), "single-instance");
            t.setDaemon(true);
            t.start();
            return Optional.of(instance);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "files opened later will start another window: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static void restrictToOwner(Path socket) {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException notPosix) {
            LOG.log(System.Logger.Level.DEBUG, "socket permissions left as they are: {0}", notPosix.getMessage());
        }
    }

    private void accept(Consumer<List<Path>> onOpen) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                List<Path> files = read(client);
                Channels.newOutputStream(client).write("ok\n".getBytes(StandardCharsets.UTF_8));
                onOpen.accept(files);
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    LOG.log(System.Logger.Level.WARNING, "a hand-off from another start failed: {0}", e.getMessage());
                }
            }
        }
    }

    private static List<Path> read(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** Stops listening and removes the socket. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "socket not removed: {0}", e.getMessage());
        }
    }
}
