package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing output files so that readers never see half of one.
 *
 * <pre>{@code OutputLib.writeAtomically(Path.of("graph.ttl"), bytes);}</pre>
 */
public final class OutputLib {

    private OutputLib() {
    }

    /**
     * Writes the bytes to a temporary file beside the target, then moves it over the target in one step,
     * so a failure leaves either the old file or none, never a partial one.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, out -> out.write(bytes));
    }

    /** What writes a file's content to its stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams the content to a temporary file beside the target, then moves it over the target in one step;
     * if the content throws, the target is left as it was and the temporary file is removed.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // same folder, so the move is a rename on one file system; a plain name keeps the user's umask
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16)) {
                content.writeTo(buffered);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
