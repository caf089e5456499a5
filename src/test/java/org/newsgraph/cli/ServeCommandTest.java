package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsOneLineAndExit1() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"),
                "Initech will invest $20 million in a new lab in Austin, the company said on Monday.\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.of("serve", "--article", article.toString(), "--port", Integer.toString(port));
            assertEquals(Main.FAILED, run.exit(), run.toString());
            assertEquals(List.of("port " + port + ": already in use"), run.errLines(), run.toString());
        }
    }

    @Test
    void aMissingStoreIsNotCreated() {
        Path store = dir.resolve("no-store");
        CliRun run = CliRun.of("serve", "--store", store.toString(), "--port", "0");
        assertEquals(Main.FAILED, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertEquals(store + ": no such store (run 'newsgraph ingest' first, or serve --article)", run.errLines().get(0));
        assertEquals(false, Files.exists(store));
    }

    @Test
    void storeAndArticlesTogetherIsWrongUsage() {
        CliRun run = CliRun.of("serve", "--store", dir.toString(), "--article", "a.txt");
        assertEquals(Main.USAGE, run.exit(), run.toString());
    }
}
