package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLibTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNothingElse() throws IOException {
        Path target = Files.writeString(dir.resolve("graph.ttl"), "old content that is longer than the new one");
        OutputLib.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("graph.ttl"), names());
    }

    @Test
    void aMissingFolderFailsWithoutWritingAnything() {
        Path target = dir.resolve("missing").resolve("graph.ttl");
        assertThrows(IOException.class, () -> OutputLib.writeAtomically(target, new byte[] {1}));
        assertEquals(List.of(), names());
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
