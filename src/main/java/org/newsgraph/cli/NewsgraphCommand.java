package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code newsgraph}, which only dispatches to its subcommands.
 *
 * <pre>{@code new CommandLine(new NewsgraphCommand()).execute("extract", "article.txt");}</pre>
 */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = NewsgraphCommand.Version.class,
        description = "Turns French and English news articles into an RDF knowledge graph of organizations, "
                + "people, places, products, investments, positions and quotes, and queries and checks it.",
        subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
            CompactCommand.class, BenchCommand.class,
            StatsCommand.class, ValidateCommand.class, ServeCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Bad input or a failure, explained in one line on standard error; nothing was written.",
            "2:Wrong usage: an unknown command, option or value.",
            "3:validate: the graph does not conform to the shapes."})
public final class NewsgraphCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    // read by Main's error handler from the parse result; a field so picocli can bind it
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, also print the Java stack trace, for a bug report.")
    private boolean stacktrace;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing COMMAND.");
    }

    /** The version from the properties Maven filters at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "newsgraph " + properties.getProperty("version", "(unknown version)"),
                "Java " + Runtime.version()};
        }
    }
}
