package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    /**
     * A write error on standard output (a full disk) is one line and exit 1, never a cut graph and exit 0.
     * Runs the real main in a child process whose standard output is Linux's /dev/full.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"extract", "query"})
    void aFullDiskOnStandardOutputIsAFailure(String command) throws Exception {
        java.nio.file.Path full = java.nio.file.Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(full), "needs Linux's /dev/full");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), command));
        if (command.equals("query")) {
            args.addAll(java.util.List.of("organizations", "--article"));
        }
        args.add("examples");
        Process run = new ProcessBuilder(args).redirectOutput(full.toFile()).start();
        String err = new String(run.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Main.FAILED, run.waitFor(), err);
        assertEquals(java.util.List.of("newsgraph: cannot write to standard output (No space left on device): "
                + "the output is incomplete"), err.lines().toList());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: newsgraph"), run::toString);
        for (String command : new String[] {"extract", "query", "validate", "help"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + "\n" + run);
        }
        assertEquals("", run.err());
    }

    @Test
    void helpListsEveryExitCode() {
        String out = CliRun.of("--help").out();
        assertTrue(out.contains("Exit codes:"), out);
        for (String code : new String[] {"0", "1", "2", "3"}) {
            assertTrue(out.lines().anyMatch(l -> l.strip().startsWith(code + " ")), "exit code " + code + "\n" + out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"extract", "query", "validate"})
    void eachCommandHasHelpWithExitCodes(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("Usage: newsgraph " + command), run::toString);
        assertTrue(run.out().contains("Exit codes:"), run::toString);
        assertEquals(run.out(), CliRun.of("help", command).out(), "'help " + command + "' prints the same help");
    }

    @Test
    void versionComesFromThePom() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().matches("(?s)newsgraph \\d+\\.\\d+\\.\\d+.*"), run::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals("Try 'newsgraph --help'.", run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void misspelledCommandGetsASuggestionNotTheWholeUsage() {
        CliRun run = CliRun.of("extarct", "a.txt");
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("newsgraph extract"), run::toString);
        assertTrue(run.errLines().size() <= 3, run::toString);
    }

    @Test
    void unknownOptionNamesItAndPointsToTheCommandsHelp() {
        CliRun run = CliRun.of("extract", "--colour", "a.txt");
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertTrue(run.errLines().get(0).contains("--colour"), run::toString);
        assertEquals("Try 'newsgraph extract --help'.", run.errLines().get(run.errLines().size() - 1));
    }
}
