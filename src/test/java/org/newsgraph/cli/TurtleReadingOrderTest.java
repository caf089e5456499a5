package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.text.Document;

/** {@code extract --format turtle} reads top to bottom: the article, entities by type, facts, mentions. */
class TurtleReadingOrderTest {

    private static final String TEXT = """
            Acme to build a plant in Lyon

            Acme Corp will invest 40 million euros in a new plant in Lyon, its chief executive Jane Doe said on Tuesday. \
            "Lyon has the engineers we need," Doe said. Acme is a partner of Globex.
            """;
    /** A subject block: its IRI at the start of a line, then its type. */
    private static final Pattern BLOCK = Pattern.compile("(?m)^<([^>]+)>\\s+a\\s+ng:(\\w+)");
    private static final Pattern MENTION_START = Pattern.compile("/mention/(\\d+)-\\d+$");

    @TempDir
    Path dir;

    @Test
    void theArticleComesFirstThenEntitiesByTypeThenFactsThenMentionsInTextOrder() throws IOException {
        Path article = Files.writeString(dir.resolve("acme.txt"), TEXT);
        CliRun run = CliRun.of("extract", article.toString(), "--format", "turtle");
        assertEquals(0, run.exit(), run::toString);
        Model expected = GraphBuilder.standard().build(Pipeline.standard().extract(Document.of(TEXT)));
        Model written = RDFParser.fromString(run.out(), Lang.TURTLE).toModel();
        assertTrue(expected.isIsomorphicWith(written), "the same graph, only ordered");

        List<String> order = List.of("Article", "Organization", "Person", "Place", "Product",
                "Investment", "MonetaryAmount", "Position", "Quote", "Mention");
        List<String> types = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher block = BLOCK.matcher(run.out());
        while (block.find()) {
            types.add(block.group(2));
            Matcher mention = MENTION_START.matcher(block.group(1));
            if (mention.find()) {
                starts.add(Integer.parseInt(mention.group(1)));
            }
        }
        assertTrue(types.size() > 8, "blocks: " + types);
        assertEquals("Article", types.get(0), run.out());
        for (int i = 1; i < types.size(); i++) {
            String before = types.get(i - 1);
            String now = types.get(i);
            // a place's subclass (City) is written beside Place, an amount right after its investment
            int b = order.indexOf(normalized(before));
            int n = order.indexOf(normalized(now));
            assertTrue(b <= n, "ng:" + before + " before ng:" + now + " in " + types);
        }
        assertEquals(starts.stream().sorted().toList(), starts, "mentions in the order of the text");
        assertTrue(run.out().indexOf("ng:headline") < run.out().indexOf("ng:Organization"), "the headline with the article");
    }

    private static String normalized(String type) {
        return switch (type) {
            case "City", "Country", "Region" -> "Place";
            default -> type;
        };
    }
}
