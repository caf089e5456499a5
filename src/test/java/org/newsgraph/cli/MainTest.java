package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

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
