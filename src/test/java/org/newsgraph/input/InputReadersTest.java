package org.newsgraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.Language;

class InputReadersTest {

    private static InputStream resource(String name) {
        InputStream in = InputReadersTest.class.getResourceAsStream("/inputs/" + name);
        if (in == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        return in;
    }

    private static List<Object> readAll(JsonLinesReader reader, String lines) {
        List<Object> out = new ArrayList<>();
        for (JsonLinesReader.Line line : reader.lines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "in.jsonl")) {
            try {
                out.add(reader.parse(line));
            } catch (BadInputException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    @Test
    void jsonLinesGiveEachRecordsTextAndMetadata() throws IOException {
        JsonLinesReader reader = new JsonLinesReader(Map.of(), 1_000_000);
        List<SourceArticle> read = new ArrayList<>();
        try (InputStream in = resource("news.jsonl")) {
            reader.lines(in, "news.jsonl").forEach(line -> read.add(reader.parse(line)));
        }
        assertEquals(3, read.size(), "the blank line is no record");
        SourceArticle first = read.get(0);
        assertEquals("news.jsonl:1", first.source());
        assertEquals(Optional.of("wire-1"), first.given().id());
        assertEquals(Optional.of("https://news.example.com/2025/03/acme-lyon"), first.given().url());
        assertEquals(Optional.of("Acme to build a plant in Lyon"), first.given().title());
        assertEquals(Optional.of("2025-03-04"), first.given().published(), "the day as written, in its own offset");
        assertEquals(Optional.of("Example News"), first.given().publisher());
        assertTrue(first.text().startsWith("Acme to build a plant in Lyon\n\nAcme Corp will invest"));
        assertFalse(first.given().textKept(), "the user holds the text in the JSON line");
        SourceArticle second = read.get(1);
        assertEquals("news.jsonl:2", second.source());
        assertEquals(Optional.of("2"), second.given().id(), "a numeric id is taken as written");
        assertEquals(Language.FR, second.document().language());
        assertEquals("news.jsonl:4", read.get(2).source(), "line numbers count the blank line");
        assertEquals(Optional.empty(), read.get(2).given().title());
    }

    @Test
    void jsonFieldsCanBeRenamed() {
        JsonLinesReader reader = new JsonLinesReader(Map.of("text", "body", "title", "headline"), 1_000_000);
        List<Object> read = readAll(reader, "{\"body\": \"Acme will invest in Lyon.\", \"headline\": \"Acme in Lyon\", \"text\": 3}\n");
        SourceArticle article = (SourceArticle) read.get(0);
        assertEquals("Acme will invest in Lyon.", article.text());
        assertEquals(Optional.of("Acme in Lyon"), article.given().title());
        assertThrows(IllegalArgumentException.class, () -> new JsonLinesReader(Map.of("body", "text"), 10));
    }

    @Test
    void aMalformedLineNamesItsNumberAndSpoilsNothingElse() {
        JsonLinesReader reader = new JsonLinesReader(Map.of(), 200);
        String good = "{\"text\": \"Acme will invest in Lyon.\"}";
        List<Object> read = readAll(reader, String.join("\n", good, "{\"text\": \"cut", "[1, 2]", "{\"title\": \"x\"}",
                "{\"text\": 5}", "{\"text\": \"x\", \"published\": \"yesterday\"}", "{\"text\": \"x\", \"language\": \"de\"}",
                "{\"text\": \"x\", \"url\": \"news/acme\"}", "{\"text\": \"" + "a".repeat(300) + "\"}", "{} {}", good));
        assertEquals(11, read.size());
        assertTrue(read.get(0) instanceof SourceArticle);
        assertTrue(read.get(10) instanceof SourceArticle, "the line after the bad ones is read");
        assertTrue(((String) read.get(1)).startsWith("in.jsonl:2: not valid JSON: "), read.get(1)::toString);
        assertFalse(((String) read.get(1)).contains("setStrictness"), "no advice meant for programmers");
        assertEquals("in.jsonl:3: not a JSON object", read.get(2));
        assertEquals("in.jsonl:4: no \"text\" field", read.get(3));
        assertEquals("in.jsonl:5: \"text\" is not a string", read.get(4));
        assertEquals("in.jsonl:6: \"published\" is not a date: yesterday", read.get(5));
        assertEquals("in.jsonl:7: language \"de\" is not one newsgraph reads (fr or en)", read.get(6));
        assertEquals("in.jsonl:8: \"url\" is not an http(s) URL: news/acme", read.get(7));
        assertEquals("in.jsonl:9: too large (over 200 bytes, raised with --max-article-size)", read.get(8));
        assertEquals("in.jsonl:10: not valid JSON: malformed JSON at column 5", read.get(9));
    }

    @Test
    void aLineOfBrokenUtf8IsNamed() {
        JsonLinesReader reader = new JsonLinesReader(Map.of(), 200);
        byte[] latin1 = "{\"text\": \"Société Générale\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> problems = new ArrayList<>();
        reader.lines(new ByteArrayInputStream(latin1), "in.jsonl").forEach(line -> problems.add(
                assertThrows(BadInputException.class, () -> reader.parse(line)).getMessage()));
        assertEquals(List.of("in.jsonl:1: not valid UTF-8 text"), problems);
    }

    @Test
    void anHtmlPageGivesItsHeadlineAndParagraphsWithoutBoilerplate() throws IOException {
        SourceArticle page;
        try (InputStream in = resource("article.html")) {
            page = new HtmlArticleReader().read(Jsoup.parse(in, null, ""), "article.html");
        }
        assertEquals("Acme to build a plant in Lyon\n\n"
                + "Acme Corp will invest 40 million euros in a new plant in Lyon, its chief executive Jane Doe said on Tuesday.\n\n"
                + "The plant will employ 300 people by 2027, the company said.", page.text());
        assertEquals(Optional.of("Acme to build a plant in Lyon"), page.given().title());
        assertEquals(Optional.of("https://news.example.com/2025/03/acme-lyon"), page.given().url());
        assertEquals(Optional.of("2025-03-04"), page.given().published());
        assertEquals(Optional.of("Example News"), page.given().publisher());
        assertEquals(Optional.of(Language.EN), page.given().language());
        assertTrue(page.given().textKept(), "the offsets count in a text no file holds");
    }

    @Test
    void aPageWithNoStoryIsNamed() {
        String html = "<html><body><nav><p>Home</p></nav><footer><p>© Example</p></footer></body></html>";
        BadInputException e = assertThrows(BadInputException.class,
                () -> new HtmlArticleReader().read(Jsoup.parse(html), "empty.html"));
        assertEquals("empty.html: no article text in the page", e.getMessage());
    }

    @Test
    void rssItemsGiveTitleLinkDateAndCleanedContent() throws IOException {
        List<FeedReader.Item> items;
        try (InputStream in = resource("feed.rss")) {
            items = new FeedReader().read(in, "feed.rss");
        }
        assertEquals(3, items.size());
        SourceArticle first = items.get(0).get();
        assertEquals("feed.rss#1", first.source());
        assertEquals("Acme to build a plant in Lyon\n\n"
                + "Acme Corp will invest 40 million euros in a new plant in Lyon, its chief executive Jane Doe said on Tuesday.\n\n"
                + "The plant will employ 300 people by 2027.", first.text(), "content preferred, ads and scripts dropped");
        assertEquals(Optional.of("https://news.example.com/2025/03/acme-lyon"), first.given().url());
        assertEquals(Optional.of("2025-03-04"), first.given().published());
        assertEquals(Optional.of("example-1001"), first.given().id());
        assertEquals(Optional.of(Language.EN), first.given().language(), "the channel's en-gb");
        assertTrue(items.get(1).get().text().endsWith("its chief executive Ingrid Solberg said."), "the description");
        assertEquals("feed.rss#3: no description or content", items.get(2).problem().orElseThrow().getMessage());
    }

    @Test
    void atomEntriesAreReadToo() throws IOException {
        List<FeedReader.Item> items;
        try (InputStream in = resource("feed.atom")) {
            items = new FeedReader().read(in, "feed.atom");
        }
        SourceArticle entry = items.get(0).get();
        assertEquals("Globex investit à Nantes\n\nGlobex a annoncé mardi un investissement de 12 millions d'euros "
                + "dans Initech, selon son président Paul Martin.", entry.text());
        assertEquals(Optional.of("https://exemple.fr/2025/03/globex-nantes"), entry.given().url());
        assertEquals(Optional.of("2025-03-05"), entry.given().published());
    }

    @Test
    void whatIsNoFeedIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> new FeedReader().read(
                new ByteArrayInputStream("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)), "page.xml"));
        assertTrue(e.getMessage().startsWith("page.xml: not an RSS or Atom feed"), e::getMessage);
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item></channel></rss>";
        assertThrows(BadInputException.class, () -> new FeedReader().read(
                new ByteArrayInputStream(doctype.getBytes(StandardCharsets.UTF_8)), "evil.rss"), "no DOCTYPE, no entities");
    }

    @Test
    void datesAreReadInTheFormsSourcesWriteThem() {
        assertEquals(Optional.of("2024"), InputLib.published("2024"));
        assertEquals(Optional.of("2024-04"), InputLib.published("2024-04"));
        assertEquals(Optional.of("2024-04-16"), InputLib.published("2024-04-16"));
        assertEquals(Optional.of("2024-04-16"), InputLib.published("2024-04-16T23:30:00-05:00"));
        assertEquals(Optional.of("2024-04-16"), InputLib.published("2024-04-16T10:00:00Z"));
        assertEquals(Optional.of("2024-04-16"), InputLib.published("2024-04-16 10:00:00"));
        assertEquals(Optional.of("2024-04-16"), InputLib.published("Tue, 16 Apr 2024 10:00:00 GMT"));
        assertEquals(Optional.empty(), InputLib.published("2024-13"));
        assertEquals(Optional.empty(), InputLib.published("16/04/2024"));
    }
}
