package org.newsgraph.extract.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Morphology;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * Finds public bodies that French writes in lower case: "département américain de la Sécurité
 * intérieure", "ministère de l'Économie", "gouvernement japonais", "l'État fédéral"; and "the Japanese
 * government", "the federal government", "the French state".
 *
 * <pre>{@code List<NameMention> bodies = new PublicBodyFinder(Gazetteer.bundled()).find(doc);}</pre>
 */
public final class PublicBodyFinder {

    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "d’");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "l’");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("e", "é", "al", "aux", "el", "if", "ain", "ien", "ais", "ier");

    private final Gazetteer gazetteer;
    private final CueLexicon cues;

    public PublicBodyFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = CueLexicon.names();
    }

    public List<NameMention> find(Document doc) {
        List<NameMention> out = new ArrayList<>();
        for (Span sentence : doc.sentences()) {
            List<Token> tokens = Tokenizer.tokens(doc.text(), sentence);
            for (int i = 0; i < tokens.size(); i++) {
                Optional<Integer> end = doc.language() == Language.FR ? french(tokens, i) : english(tokens, i);
                if (end.isPresent()) {
                    Span s = new Span(tokens.get(i).start(), tokens.get(end.get() - 1).end());
                    Optional<GazetteerEntry> known = known(tokens, i, end.get());
                    out.add(new NameMention(s, doc.text(s), EntityType.ORGANIZATION, PlaceKind.OTHER, known,
                            known.isPresent() ? Evidence.KNOWN : Evidence.CUE));
                    i = end.get() - 1;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The well-known body a French name stands for: "département américain de la Sécurité
     * intérieure" is "département de la Sécurité intérieure" of the country the demonym names.
     */
    private Optional<GazetteerEntry> known(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        Optional<String> country = Optional.empty();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            Optional<GazetteerEntry> dem = k == from + 1 ? gazetteer.demonym(t.text()) : Optional.empty();
            if (dem.isPresent()) {
                country = Optional.of(dem.get().wikidata());
                continue;
            }
            if (name.length() > 0 && !name.toString().endsWith("'") && !name.toString().endsWith("’")) {
                name.append(' ');
            }
            name.append(t.text());
        }
        Optional<String> wanted = country;
        return gazetteer.lookup(name.toString()).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.hasWikidata())
                .filter(e -> wanted.isEmpty() || e.country().equals(wanted))
                .findFirst();
    }

    /** The end of "head [demonym] [de la] Capitalized [adjective]" starting at i. */
    private Optional<Integer> french(List<Token> tokens, int i) {
        Token head = tokens.get(i);
        if (head.isCapitalized() || !cues.is("gov-head", head.text())) {
            return frenchState(tokens, i);
        }
        // "le conseil d'administration de X": the head is another noun's complement, no public body
        if (i > 0 && Set.of("d'", "d’").contains(lower(tokens.get(i - 1)))) {
            return Optional.empty();
        }
        int k = i + 1;
        boolean demonym = k < tokens.size() && gazetteer.demonym(tokens.get(k).text()).isPresent() && !tokens.get(k).isCapitalized();
        if (demonym) {
            k++;
        }
        if (k < tokens.size() && LINKS.contains(lower(tokens.get(k)))) {
            int n = k + 1;
            if (n < tokens.size() && ARTICLES.contains(lower(tokens.get(n)))) {
                n++;
            }
            if (n < tokens.size() && tokens.get(n).isCapitalized() && tokens.get(n).isWord()) {
                int end = n + 1;
                while (end < tokens.size() && tokens.get(end).isCapitalized() && tokens.get(end).isWord()) {
                    end++;
                }
                if (end < tokens.size() && isAdjective(tokens.get(end))) {
                    end++;
                }
                return Optional.of(end);
            }
        }
        return demonym && lower(head).equals("gouvernement") ? Optional.of(k) : frenchState(tokens, i);
    }

    /**
     * "the Japanese government", "the French state spent", "Germany's federal government": a
     * demonym or a level of government before a head that names the government. "state" is no
     * government before a noun it qualifies ("French state aid").
     */
    private Optional<Integer> english(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token qualifier = tokens.get(i);
        boolean demonym = qualifier.isCapitalized() && gazetteer.demonym(qualifier.text()).isPresent();
        boolean level = !qualifier.isCapitalized() && cues.is("gov-level", Language.EN, qualifier.text());
        String head = lower(tokens.get(i + 1));
        if (!(demonym || level) || !cues.is("gov-head-after", Language.EN, head)) {
            return Optional.empty();
        }
        boolean qualifies = i + 2 < tokens.size() && cues.is("gov-qualified", Language.EN, lower(tokens.get(i + 2)));
        return head.equals("government") || !qualifies && !(i + 2 < tokens.size() && tokens.get(i + 2).is("of"))
                ? Optional.of(i + 2) : Optional.empty();
    }

    /**
     * "l'État fédéral", "l'État français", "l'État versera": the state as a government, not "l'État de
     * Johor" (a place, the capitalized-name finder's).
     */
    private Optional<Integer> frenchState(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).text().equals("État") || !isElidedArticle(tokens.get(i - 1))) {
            return Optional.empty();
        }
        Token next = tokens.get(i + 1);
        boolean qualified = !next.isCapitalized()
                && (gazetteer.demonym(next.text()).isPresent() || cues.is("gov-level", Language.FR, next.text()));
        if (qualified) {
            return Optional.of(i + 2);
        }
        // "l'État versera", "par l'État, qui": the state alone, unless "de X" makes it a state of a federation
        boolean ofPlace = Set.of("de", "d'", "d’", "du", "des").contains(lower(next)) || next.isCapitalized();
        return ofPlace ? Optional.empty() : Optional.of(i + 1);
    }

    private static boolean isElidedArticle(Token t) {
        String w = lower(t);
        return w.equals("l'") || w.equals("l’");
    }

    /** "ministère de l'Économie allemand", not "le ministère de l'Environnement délivre les permis": an adjective, no verb. */
    private static boolean isAdjective(Token t) {
        String w = lower(t);
        if (t.isCapitalized() || w.length() <= 3 || ADJECTIVE_ENDINGS.stream().noneMatch(w::endsWith)) {
            return false;
        }
        java.util.Set<Morphology.Pos> parts = Morphology.of(Language.FR).parts(t.text());
        return !parts.contains(Morphology.Pos.VERB) || parts.contains(Morphology.Pos.ADJECTIVE) && !parts.contains(Morphology.Pos.NOUN);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
