package org.newsgraph.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.text.Language;

/**
 * Reads a news article out of an HTML page with jsoup: its headline, its paragraphs and the metadata the
 * page declares (canonical URL, publication date, language, site name), dropping what is not the story
 * (navigation, header and footer, asides, scripts and styles, forms, ads, sharing and related links).
 * The text is the headline, then each paragraph, separated by blank lines; offsets in the graph count into
 * it, so the graph keeps it ({@link Given#textKept()}).
 *
 * <pre>{@code SourceArticle a = new HtmlArticleReader().read(Jsoup.parse(html), "page.html");}</pre>
 */
public final class HtmlArticleReader {

    /** Elements that are never the story. */
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, canvas, button, input, select, textarea, dialog, figure, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog]";
    /** Class or id words of ads, sharing, related links and other furniture. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:ad|ads|advert|advertisement|adsbygoogle|banner|sponsor(?:ed)?|promo|outbrain|taboola"
                    + "|share|sharing|social|newsletter|subscribe|paywall|related|recommended|comments?|cookies?"
                    + "|breadcrumbs?|byline-share|tags|sidebar|popup|modal)(?:$|[\\s_-])");
    /** Blocks of running text, in the order they come. */
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    /** Reads a whole page; {@code source} names it in messages. */
    public SourceArticle read(Document page, String source) {
        // a relative or malformed address says nothing of where the page lives
        Optional<String> url = attr(page, "link[rel=canonical]", "abs:href")
                .or(() -> attr(page, "meta[property=og:url]", "content")).flatMap(InputLib::webAddress);
        Optional<String> publishedTag = attr(page, "meta[property=article:published_time]", "content")
                .or(() -> attr(page, "meta[itemprop=datePublished]", "content"))
                .or(() -> attr(page, "meta[name=date]", "content"))
                .or(() -> attr(page, "meta[name=dc.date]", "content"))
                .or(() -> attr(page, "time[datetime]", "datetime"));
        Optional<String> languageTag = attr(page, "html[lang]", "lang");
        Optional<Language> language = languageTag.flatMap(InputLib::language);
        if (languageTag.isPresent() && language.isEmpty()) {
            throw new BadInputException(source + ": " + InputLib.unreadLanguage(languageTag.get()));
        }
        Optional<String> publisher = attr(page, "meta[property=og:site_name]", "content");
        Element root = root(page);
        Optional<String> headline = text(root.selectFirst("h1"))
                .or(() -> attr(page, "meta[property=og:title]", "content"))
                .or(() -> Optional.of(page.title().strip()).filter(t -> !t.isEmpty()));
        List<String> paragraphs = paragraphs(root);
        headline.ifPresent(h -> paragraphs.removeIf(p -> p.equals(h)));
        if (paragraphs.isEmpty()) {
            throw new BadInputException(source + ": no article text in the page");
        }
        List<String> blocks = new ArrayList<>();
        headline.ifPresent(blocks::add);
        blocks.addAll(paragraphs);
        Given given = new Given(Optional.empty(), url, headline, publishedTag.flatMap(InputLib::published), language,
                publisher, true);
        return new SourceArticle(source, String.join("\n\n", blocks), given);
    }

    /** The running text of an HTML fragment, such as a feed item's content: its paragraphs, blank-line separated. */
    public String textOf(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        return String.join("\n\n", paragraphs(fragment.body()));
    }

    /** The element that holds the story: the longest article, else main, else the body. */
    private static Element root(Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.select("p").text().length())).orElseThrow();
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    /** The text blocks of an element, boilerplate dropped, each block's text whitespace-normalized. */
    private static List<String> paragraphs(Element root) {
        Element story = root.clone();
        story.select(BOILERPLATE).remove();
        story.getAllElements().stream()
                .filter(e -> e != story && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find()))
                .toList()
                .forEach(Element::remove);
        story.select("h1").remove();
        Elements blocks = story.select(BLOCKS);
        List<String> texts = new ArrayList<>();
        for (Element block : blocks) {
            // the outermost block only: a list item's paragraph is read with the item
            if (block.parents().stream().anyMatch(p -> p != story && p.is(BLOCKS))) {
                continue;
            }
            text(block).ifPresent(texts::add);
        }
        if (texts.isEmpty()) {
            text(story).ifPresent(texts::add);
        }
        return texts;
    }

    private static Optional<String> text(Element element) {
        return Optional.ofNullable(element).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<String> attr(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector)).map(e -> e.attr(attribute).strip()).filter(s -> !s.isEmpty());
    }
}
