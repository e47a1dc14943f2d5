package org.scalingworkbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();

    private Session sessionOver(Path data) throws Exception {
        Session sample = SessionSamples.full(9, 3);
        DataSource source = new DataSource(dir.relativize(data).toString(), FileDigest.sha256(data),
                EmbeddedData.ofCsv(Files.readString(data)), Map.of(), List.of(new ExcludedPoint(0, 2)), true);
        return sample.withSources(List.of(source));
    }

    private Path dataFile(String text) throws Exception {
        Path data = dir.resolve("runs.csv");
        Files.writeString(data, text);
        return data;
    }

    @Test
    void savedSessionLoadsEqualWithNoProblemsWhenDataIsUnchanged() throws Exception {
        Session session = sessionOver(dataFile("N,loss\n1e6,3.5\n"));
        Path file = dir.resolve("fit.swb.json");
        assertThat(store.save(session, file)).isEqualTo(AtomicFileWriter.Replacement.ATOMIC);
        LoadedSession loaded = store.load(file);
        assertThat(loaded.session()).isEqualTo(session);
        assertThat(loaded.sourcesIntact()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("runs.csv", "fit.swb.json");
        }
    }

    @Test
    void changedDataFileIsReportedAsChanged() throws Exception {
        Path data = dataFile("N,loss\n1e6,3.5\n");
        Path file = dir.resolve("fit.swb.json");
        store.save(sessionOver(data), file);
        Files.writeString(data, "N,loss\n1e6,3.4\n");
        assertThat(store.load(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SourceProblem.Kind.CHANGED);
            assertThat(p.hasEmbedded()).isTrue();
            assertThat(p.message()).isEqualTo("data file runs.csv changed: it is not the data the session was made from (SHA-256 differs)");
        });
    }

    @Test
    void movedDataFileIsReportedAsMissing() throws Exception {
        Path data = dataFile("N,loss\n1e6,3.5\n");
        Path file = dir.resolve("fit.swb.json");
        store.save(sessionOver(data), file);
        Files.move(data, dir.resolve("elsewhere.csv"));
        assertThat(store.load(file).problems()).extracting(SourceProblem::kind, SourceProblem::sourceIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceProblem.Kind.MISSING, 0));
    }

    @Test
    void recoveryNewerThanTheSessionIsFoundAndLoaded() throws Exception {
        Path file = dir.resolve("fit.swb.json");
        Session saved = sessionOver(dataFile("N,loss\n1e6,3.5\n"));
        store.save(saved, file);
        assertThat(store.newerRecovery(file)).isEmpty();
        Session edited = saved.withLaws(saved.laws().subList(0, 1));
        Path recovery = store.saveRecovery(edited, file);
        Files.setLastModifiedTime(recovery, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertThat(store.newerRecovery(file)).contains(recovery);
        LoadedSession restored = store.loadRecovery(file);
        assertThat(restored.session()).isEqualTo(edited);
        assertThat(restored.sourcesIntact()).as("relative data paths resolve against the session's folder").isTrue();
        store.save(edited, file);
        assertThat(recovery).doesNotExist();
    }

    @Test
    void olderRecoveryIsNotOffered() throws Exception {
        Path file = dir.resolve("fit.swb.json");
        Session session = sessionOver(dataFile("N,loss\n1e6,3.5\n"));
        Path recovery = store.saveRecovery(session, file);
        store.save(session, file);
        store.saveRecovery(session, file);
        Files.setLastModifiedTime(recovery, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 2000));
        assertThat(store.newerRecovery(file)).isEmpty();
        store.discardRecovery(file);
        assertThat(recovery).doesNotExist();
    }

    @Test
    void recoveryOfAnUnsavedSessionGoesToThePerUserFolder() throws Exception {
        Path folder = dir.resolve("user/recovery");
        SessionStore perUser = new SessionStore(new SessionCodec(), folder);
        Path file = dir.resolve("never-saved.swb.json");
        Session session = SessionSamples.full(11, 2);
        Path recovery = perUser.saveRecovery(session, file);
        assertThat(recovery.getParent()).isEqualTo(folder);
        assertThat(recovery.getFileName().toString()).matches("never-saved\\.swb\\.json-[0-9a-f]{16}\\.recovery");
        assertThat(perUser.newerRecovery(file)).contains(recovery);
        assertThat(perUser.loadRecovery(file).session()).isEqualTo(session);
        assertThat(perUser.recoveryFile(dir.resolve("other.swb.json"))).isNotEqualTo(recovery);
        Path other = perUser.saveRecovery(session, dir.resolve("other.swb.json"));
        Files.setLastModifiedTime(other, FileTime.fromMillis(Files.getLastModifiedTime(recovery).toMillis() + 2000));
        assertThat(perUser.recoveries()).containsExactly(other, recovery);
        assertThat(store.recoveries()).as("no folder, nothing to list").isEmpty();
    }

    @Test
    void corruptedSessionIsRefusedAndTheOldFileIsNotReplacedByAFailedLoad() throws Exception {
        Path file = dir.resolve("fit.swb.json");
        Files.writeString(file, "{\"format\": \"scaling-workbench-session\", \"version\": 1, \"sources\": [");
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(SessionFormatException.class, e -> {
            assertThat(e.sourceName()).isEqualTo("fit.swb.json");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("fit.swb.json, line 1, column ");
        });
    }
}
