package org.newsgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs newsgraph from the shell; {@link #commandLine()} builds the same command line for tests.
 *
 * <pre>{@code int exit = Main.commandLine().execute("extract", "article.txt");}</pre>
 */
public final class Main {

    /** Exit code of a run that did what was asked. */
    public static final int OK = 0;
    /** Exit code of a run stopped by bad input or a failure; one line on standard error says which. */
    public static final int FAILED = 1;
    /** Exit code of a run with wrong usage: an unknown command, option or value. */
    public static final int USAGE = 2;
    /** Exit code of {@code extract} and {@code ingest} when some articles failed and were skipped. */
    public static final int SOME_SKIPPED = 4;
    /** Exit code of {@code validate} when the graph does not conform. */
    public static final int NOT_CONFORMING = ValidateCommand.NOT_CONFORMING;

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        // the graph is UTF-8 whatever the platform's default charset, which Java 17 takes from the locale
        // straight to the file descriptor: System.out is a PrintStream that would swallow a write error, so a
        // full disk or a closed pipe would end in a cut graph and exit 0
        WatchedOutput stdout = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        commandLine.setOut(out);
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exit = commandLine.execute(args);
        if (out.checkError()) {
            // a reader that stopped early ("| head") is no error worth a message, as for any Unix tool
            if (!stdout.readerLeft()) {
                commandLine.getErr().println("newsgraph: cannot write to standard output (" + stdout.problem()
                        + "): the output is incomplete");
            }
            exit = FAILED;
        }
        commandLine.getErr().flush();
        System.exit(exit);
    }

    /** Standard output that remembers why a write failed. */
    private static final class WatchedOutput extends java.io.FilterOutputStream {
        private java.io.IOException failure;

        WatchedOutput(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        boolean readerLeft() {
            return failure != null && String.valueOf(failure.getMessage()).contains("Broken pipe");
        }

        String problem() {
            return failure == null ? "write error" : InputException.firstLine(failure);
        }
    }

    /** The configured command line: the command tree, the short error handlers and the exit codes. */
    public static CommandLine commandLine() {
        return new CommandLine(new NewsgraphCommand())
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::failure);
    }

    /** A typo gets one line and a pointer to help, not the whole usage text. */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        if (problem instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return USAGE;
    }

    private static int failure(Exception problem, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (problem instanceof InputException || problem instanceof StoreException) {
            err.println(problem.getMessage());
        } else {
            err.println(command.getCommandSpec().qualifiedName() + ": unexpected " + problem.getClass().getSimpleName()
                    + ": " + InputException.firstLine(problem)
                    + (stacktraceAsked(parsed) ? "" : " (run again with --stacktrace for details)"));
        }
        if (stacktraceAsked(parsed)) {
            problem.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    private static boolean stacktraceAsked(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
