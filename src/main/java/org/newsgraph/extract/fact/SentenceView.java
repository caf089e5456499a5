package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * One sentence as the fact extractors read it: its tokens, and for each token the entity
 * mention that covers it, if any.
 *
 * <pre>{@code for (SentenceView s : SentenceView.all(doc, entities)) { s.entityAt(i) ... }}</pre>
 */
public record SentenceView(Document document, Span span, List<Token> tokens, List<Optional<Placed>> entities) {

    public SentenceView {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public static List<SentenceView> all(Document doc, ArticleEntities found) {
        List<SentenceView> out = new ArrayList<>();
        for (Span s : doc.sentences()) {
            out.add(of(doc, s, found));
        }
        return List.copyOf(out);
    }

    /**
     * The sentences with the header's entities left out: a dateline's agency or town ("Paris, 11 juin
     * 2024 (AFP) -") shares a sentence with the first line of prose but is no part of it.
     */
    public static List<SentenceView> body(Document doc, ArticleEntities found) {
        int start = ArticleHeaderReader.bodyStart(doc, found);
        return all(doc, found).stream().map(v -> v.withoutEntitiesBefore(start)).toList();
    }

    /** This sentence with no entity on the tokens that start before a character position. */
    public SentenceView withoutEntitiesBefore(int charIndex) {
        if (span.start() >= charIndex) {
            return this;
        }
        List<Optional<Placed>> at = new ArrayList<>(entities);
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < charIndex; i++) {
            at.set(i, Optional.empty());
        }
        return new SentenceView(document, span, tokens, at);
    }

    public static SentenceView of(Document doc, Span sentence, ArticleEntities found) {
        List<Token> tokens = Tokenizer.tokens(doc.text(), sentence);
        List<Placed> inside = found.within(sentence);
        List<Optional<Placed>> at = new ArrayList<>();
        for (Token t : tokens) {
            at.add(inside.stream().filter(p -> p.span().overlaps(t.span())).findFirst());
        }
        return new SentenceView(doc, sentence, tokens, at);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token's text in lower case; the empty string before the first token and past the last. */
    public String word(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /** The entity mention on a token; none before the first token and past the last. */
    public Optional<Placed> entityAt(int i) {
        return i < 0 || i >= entities.size() ? Optional.empty() : entities.get(i);
    }

    /** The index of the first token at or after a character position. */
    public int tokenAt(int charIndex) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > charIndex) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The distinct entity mentions in tokens {@code [from, to)}, in text order. */
    public List<Placed> entitiesIn(int from, int to) {
        List<Placed> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            entities.get(i).filter(p -> !out.contains(p)).ifPresent(out::add);
        }
        return out;
    }

    /** The first token index of an entity mention. */
    public int startOf(Placed p) {
        return tokenAt(p.span().start());
    }

    /** The index past the last token of an entity mention. */
    public int endOf(Placed p) {
        int i = startOf(p);
        while (i < tokens.size() && tokens.get(i).start() < p.span().end()) {
            i++;
        }
        return i;
    }

    public String text() {
        return document.text(span);
    }
}
