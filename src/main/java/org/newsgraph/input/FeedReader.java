package org.newsgraph.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.newsgraph.text.Language;

/**
 * Reads the items of an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item's title, link, date and
 * content, or its description when it has no content; markup in either is cleaned by the same path as an
 * HTML page ({@link HtmlArticleReader#textOf}). An item's text is its title, a blank line, then its
 * paragraphs; the graph keeps it, since no file holds it as such.
 *
 * <pre>{@code List<FeedReader.Item> items = new FeedReader().read(in, "feed.xml");}</pre>
 */
public final class FeedReader {

    private final HtmlArticleReader html = new HtmlArticleReader();

    /** One item of a feed: its article, or why it has none (the rest of the feed is still read). */
    public record Item(Optional<SourceArticle> article, Optional<BadInputException> problem) {

        /** The article, or the problem thrown. */
        public SourceArticle get() {
            return article.orElseThrow(problem::orElseThrow);
        }
    }

    /**
     * Every item of the feed, in feed order; the caller closes the stream.
     *
     * @throws BadInputException if the stream is not a feed Rome can read (nothing of it is then read)
     */
    public List<Item> read(InputStream in, String source) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            // a DOCTYPE could make the parser fetch or expand entities: a feed has no need of one
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(in));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException(source + ": not an RSS or Atom feed: " + firstLine(e), e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read: " + firstLine(e), e);
        }
        Optional<String> languageTag = Optional.ofNullable(feed.getLanguage()).map(String::strip).filter(s -> !s.isEmpty());
        Optional<Language> language = languageTag.flatMap(InputLib::language);
        List<Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String where = source + "#" + (i + 1);
            try {
                if (languageTag.isPresent() && language.isEmpty()) {
                    throw new BadInputException(where + ": " + InputLib.unreadLanguage(languageTag.get()));
                }
                items.add(new Item(Optional.of(article(entries.get(i), where, language)), Optional.empty()));
            } catch (BadInputException e) {
                items.add(new Item(Optional.empty(), Optional.of(e)));
            }
        }
        return List.copyOf(items);
    }

    private SourceArticle article(SyndEntry entry, String where, Optional<Language> language) {
        Optional<String> title = Optional.ofNullable(entry.getTitle()).map(FeedReader::plain).filter(s -> !s.isEmpty());
        String content = entry.getContents().stream().map(this::text).filter(s -> !s.isBlank())
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        String description = Optional.ofNullable(entry.getDescription()).map(this::text).orElse("");
        String body = content.length() >= description.length() ? content : description;
        if (body.isBlank()) {
            throw new BadInputException(where + ": no description or content");
        }
        Optional<String> link = Optional.ofNullable(entry.getLink()).flatMap(InputLib::webAddress);
        Optional<String> published = Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(FeedReader::day);
        Optional<String> id = Optional.ofNullable(entry.getUri()).map(String::strip).filter(s -> !s.isEmpty() && !link.equals(Optional.of(s)));
        String text = title.map(t -> t + "\n\n").orElse("") + body;
        return new SourceArticle(where, text, new Given(id, link, title, published, language, Optional.empty(), true));
    }

    /** A content's running text: markup cleaned as a page's is, plain text as written. */
    private String text(SyndContent content) {
        String value = Optional.ofNullable(content.getValue()).orElse("");
        String type = Optional.ofNullable(content.getType()).orElse("");
        boolean markup = type.contains("html") || value.contains("<");
        Function<String, String> clean = markup ? html::textOf : String::strip;
        return clean.apply(value);
    }

    private static String plain(String title) {
        return title.contains("<") ? Jsoup.parse(title).text().strip() : title.strip();
    }

    private static String day(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.strip().lines().findFirst().orElse("");
    }
}
