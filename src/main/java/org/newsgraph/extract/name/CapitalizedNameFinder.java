package org.newsgraph.extract.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.SpeechCues;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Document;
import org.newsgraph.text.Morphology;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * Finds names by their capitals and types them by what surrounds them: general knowledge first,
 * then honorifics and titles ("M.", "chief executive X"), first names, corporate suffixes, the
 * common noun before or in apposition ("le fonds X", "X, an AI company"), "à X", acronyms.
 * Titles and demonyms inside an English title-case run are split off ("Japanese Prime Minister X").
 * A capitalized word that opens a sentence is no name unless something speaks for it.
 *
 * <pre>{@code List<NameMention> names = new CapitalizedNameFinder(Gazetteer.bundled()).find(doc);}</pre>
 */
public final class CapitalizedNameFinder {

    private static final Set<String> PERSON_PARTICLES = Set.of("bin", "ibn", "van", "von", "der", "den", "da",
            "dos", "das", "del", "della", "di", "al", "el", "ben", "abu", "y");
    /** Particles that say "son of" inside a person's name: "Faris bin Nawaf". */
    private static final java.util.regex.Pattern GLUED_QUANTITY = java.util.regex.Pattern.compile("\\d[\\d.,]*-?(\\p{L}[\\p{L}/²³]*\\d?)");
    private static final java.util.regex.Pattern REPORTING_PERIOD =
            java.util.regex.Pattern.compile("(?:FY|CY)'?\\d{2,4}|[1-4][QH]\\d{2,4}|[QH][1-4](?:FY|CY)?'?\\d{2,4}");
    private static final Set<String> OBJECT_OPENERS = Set.of("du", "de", "des", "d'", "d’", "un", "une", "le", "la", "les", "l'", "l’",
            "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "its", "their", "his", "her");
    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "ben", "bint");
    private static final Set<String> ISO_CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> QUANTITY_WORDS = Set.of("million", "millions", "milliard", "milliards", "billion", "billions",
            "%", "m", "bn", "mds", "md", "m€", "percent", "pour");
    private static final Set<String> STATE_WORDS = Set.of("state", "province", "état");
    /** Lower-case words inside an English event's name: "Future of Work Forum", "Festival of Speed". */
    private static final Set<String> EVENT_NAME_LINKS = Set.of("of", "for", "on", "and", "the", "&");
    /** Capitalized particles inside a person's name: "Bruno Le Maire", "Ursula Von Trapp". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("Le", "La", "De", "Du", "Des", "Van", "Von", "Da", "Di", "Del",
            "Al", "El", "Ben", "Bin", "Abu", "Mac", "St.");
    /** A state's investment vehicle is named with its country: "Oman Investment Authority", "China Development Bank". */
    private static final Set<String> NATIONAL_FUNDS = Set.of("Investment Authority", "Investment Fund", "Investment Corporation",
            "Investment Company", "Wealth Fund", "Sovereign Fund", "Development Bank", "Development Fund");
    /** Nouns for a company that the press also puts before a person: "investor Warren Buffett", "partner Jane Doe". */
    private static final Set<String> PERSON_LIKE_ORG_NOUNS = Set.of("investor", "investors", "partner", "partners", "rival",
            "rivals", "developer", "developers", "publisher", "investisseur", "partenaire", "concurrent", "spécialiste",
            "leader", "numéro un", "gestionnaire", "courtier", "label", "house", "maison", "chimiste");
    /** "Région" before a region's name: the press names the region's council so; the region is what is meant. */
    private static final Set<String> REGION_WORDS = Set.of("Région", "Region");
    private static final Set<String> INSTITUTION_LINKS = Set.of("de", "du", "des", "d'", "d’", "of", "for");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "l’", "the", "le", "les");
    private static final Set<String> PREPOSITIONS = Set.of("de", "des", "du", "d'", "d’", "of", "for", "en", "in");
    private static final Set<String> STOP_PREPOSITIONS = Set.of("behind", "with", "by", "from", "at", "on", "into", "avec",
            "par", "sur", "dans", "chez", "pour", "à", "au", "aux", "after", "après", "qui", "who", "which", "that", "que");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "le", "la", "les", "l'", "l’", "un",
            "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "this", "that");
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥");

    /** The prepositions after which a {@code located-noun} names where a thing stands. */
    private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "at", "near", "à");
    private static final Set<String> FRENCH_LINKS = Set.of("de", "des", "du", "d'", "d’", "pour", "la", "l'", "l’", "et", "à");
    private static final Set<String> OPENERS = Set.of("«", "\"", "“", "—", "–", "-", "(", "‘", "'");

    private final Gazetteer gazetteer;
    private final CueLexicon cues;
    private final Titles titles;
    /** The language of the document being read; titles of the other language do not count. */
    private final Language language;
    /** The regions this article names by the word "state" ("New York state"), by their surface. */
    private final java.util.Map<String, GazetteerEntry> statesNamed = new java.util.HashMap<>();
    /** Whether a word starts a longer capitalized name somewhere in this article, by word. */
    private final java.util.Map<String, Boolean> longerNameStarts = new java.util.HashMap<>();

    public CapitalizedNameFinder(Gazetteer gazetteer) {
        this(gazetteer, CueLexicon.names(), Titles.bundled(), Language.EN);
    }

    /** The region last named as "la Région X" in the document being read, which "la Région" alone then names. */
    private Optional<GazetteerEntry> regionNamed = Optional.empty();

    private CapitalizedNameFinder(Gazetteer gazetteer, CueLexicon cues, Titles titles, Language language) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.titles = titles;
        this.language = language;
    }

    public List<NameMention> find(Document doc) {
        return new CapitalizedNameFinder(gazetteer, cues, titles, doc.language()).scan(doc);
    }

    private List<NameMention> scan(Document doc) {
        List<NameMention> out = new ArrayList<>();
        Set<String> titleAcronyms = new java.util.HashSet<>();
        for (Span sentence : doc.sentences()) {
            List<Token> tokens = Tokenizer.tokens(doc.text(), sentence);
            int first = 0;
            while (first < tokens.size() && OPENERS.contains(tokens.get(first).text())) {
                first++;
            }
            // a headline in title case capitalizes every word: only general knowledge tells names there
            boolean titleCase = isTitleCase(tokens);
            int from = out.size();
            int i = 0;
            while (i < tokens.size()) {
                if (!startsName(tokens.get(i)) || isQuantity(tokens.get(i))) {
                    i++;
                    continue;
                }
                // a currency prefix: "US$", "S$"
                if (currencyPrefix(tokens, i)) {
                    i++;
                    continue;
                }
                // "la Région Centre-Val de Loire", "la Région Bretagne": the region itself, its council's title aside
                int r = cues.is("stop", tokens.get(i).text()) && i + 1 < tokens.size() ? i + 1 : i;
                if (REGION_WORDS.contains(tokens.get(r).text()) && r + 1 < tokens.size() && startsName(tokens.get(r + 1))) {
                    int region = knownAt(doc, tokens, r + 1);
                    List<GazetteerEntry> whole = gazetteer.lookup(span(doc, tokens, r + 1, extend(tokens, r + 1)));
                    if (region > 0 || !whole.isEmpty() && whole.get(0).type() == EntityType.PLACE) {
                        regionNamed = Optional.of(region > 0 ? gazetteer.lookup(span(doc, tokens, r + 1, r + 1 + region)).get(0) : whole.get(0));
                        i = r + 1;
                        continue;
                    }
                }
                // "la Région" alone, after "la Région Bretagne": the region named so before
                if (REGION_WORDS.contains(tokens.get(r).text()) && regionNamed.isPresent() && knownAt(doc, tokens, r) == 0
                        && (r + 1 >= tokens.size() || !startsName(tokens.get(r + 1)))) {
                    GazetteerEntry e = regionNamed.get();
                    Span s = tokens.get(r).span();
                    out.add(new NameMention(s, doc.text(s), e.type(), e.kind(), Optional.of(e), Evidence.KNOWN));
                    i = r + 1;
                    continue;
                }
                int known = knownAt(doc, tokens, i);
                if (known > 0) {
                    Span s = new Span(tokens.get(i).start(), tokens.get(i + known - 1).end());
                    GazetteerEntry e = gazetteer.lookup(doc.text(s)).get(0);
                    out.add(new NameMention(s, doc.text(s), e.type(), e.kind(), Optional.of(e), Evidence.KNOWN));
                    i += known;
                    continue;
                }
                int end = extend(tokens, i);
                // "Orange Côte d'Ivoire", "Nestlé Sri Lanka": a company's name may end on a country's, lower-case words and all
                int tail = end - 1 > i ? knownAt(doc, tokens, end - 1) : 0;
                if (tail > 1 && gazetteer.lookup(span(doc, tokens, end - 1, end - 1 + tail)).get(0).kind() == PlaceKind.COUNTRY) {
                    end = end - 1 + tail;
                }
                int head = cues.is("stop", tokens.get(i).text()) && end >= i + 2 ? i + 1 : i;
                // "Centre national du cinéma": the capitals stop at "national", the name does not
                boolean lowerTail = tokens.subList(head + 1, Math.max(head + 1, end)).stream().noneMatch(Token::isCapitalized);
                if (language == Language.FR && head > 0 && Set.of("de", "en", "d'", "d’").contains(tokens.get(head - 1).text())
                        && cues.is("institution", Language.FR, tokens.get(head).text())) {
                    // "cours de Bourse", "introduite en Bourse": a head without its article is a common noun
                    i = head + 1;
                    continue;
                }
                if (language == Language.FR && lowerTail && head != first && cues.is("institution", tokens.get(head).text())
                        && frenchInstitutionEnd(doc, tokens, head) > end && gazetteer.lookup(span(doc, tokens, head, end)).isEmpty()) {
                    end = frenchInstitutionEnd(doc, tokens, head);
                    if (end > head + 1) {
                        Span s = new Span(tokens.get(head).start(), tokens.get(end - 1).end());
                        out.add(new NameMention(s, doc.text(s), EntityType.ORGANIZATION, PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
                        i = end;
                        continue;
                    }
                }
                if (!titleCase) {
                    run(doc, tokens, i, end, first, out);
                } else {
                    for (int k = i; k < end; k++) {
                        if (currencyPrefix(tokens, k)) {
                            continue;
                        }
                        List<GazetteerEntry> hit = gazetteer.lookup(tokens.get(k).text());
                        if (!hit.isEmpty()) {
                            GazetteerEntry e = hit.get(0);
                            out.add(new NameMention(tokens.get(k).span(), tokens.get(k).text(), e.type(), e.kind(), Optional.of(e),
                                    Evidence.KNOWN));
                        }
                    }
                }
                i = end;
            }
            coordinate(doc, out, from);
            widenToSiteHead(doc, tokens, out, from);
            definedByAcronyms(doc, tokens, out, from, titleAcronyms);
        }
        // "le président du conseil d'administration (PCA)": the acronym of a title names nobody, here or later
        out.removeIf(m -> titleAcronyms.contains(m.surface()));
        // a name once written as an event's ("le sommet X") is an event's wherever it stands
        Set<String> events = eventNames(doc);
        return out.stream().filter(m -> m.evidence() == Evidence.KNOWN || !events.contains(m.surface()))
                .map(this::asTheStateNamed).toList();
    }

    /** "New York state ... New York": once an article calls a name a state, its other mentions name the state too. */
    private NameMention asTheStateNamed(NameMention m) {
        GazetteerEntry state = statesNamed.get(m.surface());
        return state == null || m.known().isEmpty() || m.known().get().equals(state) || m.type() != EntityType.PLACE ? m
                : new NameMention(m.span(), m.surface(), state.type(), state.kind(), Optional.of(state), m.evidence());
    }

    /**
     * "venture firms Sequoia Capital and Andreessen Horowitz", "de Dobble et de Pandemic": names in one
     * list are of one kind, so a name nothing types takes the type that its typed neighbours agree on.
     * A well-known place lends its type only across "and"/"et" ("Paris, Acme and ..." is no list).
     */
    private static void coordinate(Document doc, List<NameMention> out, int from) {
        int i = from;
        while (i < out.size()) {
            int j = i + 1;
            boolean conjunction = false;
            while (j < out.size() && out.get(j - 1).span().end() <= out.get(j).span().start()) {
                String between = doc.text().substring(out.get(j - 1).span().end(), out.get(j).span().start()).strip()
                        .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
                if (!between.matches("(,|, and|, et|and|et|or|ou|&)( (de|d'|d’|du|des|the|le|la|les|l'|l’))?|, (de|d'|d’)")) {
                    break;
                }
                conjunction |= !between.startsWith(",") || between.contains(" ");
                j++;
            }
            if (j - i >= 2 && conjunction) {
                java.util.Set<EntityType> types = new java.util.HashSet<>();
                for (int k = i; k < j; k++) {
                    NameMention m = out.get(k);
                    boolean lends = m.evidence() == Evidence.CUE || m.evidence() == Evidence.KNOWN && m.type() != EntityType.PLACE;
                    if (lends && m.type() != EntityType.PERSON) {
                        types.add(m.type());
                    }
                }
                if (types.size() == 1) {
                    EntityType type = types.iterator().next();
                    for (int k = i; k < j; k++) {
                        if (out.get(k).evidence() == Evidence.NONE) {
                            out.set(k, out.get(k).withType(type, PlaceKind.OTHER, Evidence.CUE));
                        }
                    }
                }
            }
            i = j;
        }
    }

    /**
     * "le château de Versailles", "la forêt des Colettes": French writes a site's head noun in lower
     * case, and the site is named by the whole, a place.
     */
    private void widenToSiteHead(Document doc, List<Token> tokens, List<NameMention> out, int from) {
        if (language != Language.FR) {
            return;
        }
        for (int n = from; n < out.size(); n++) {
            NameMention m = out.get(n);
            int at = 0;
            while (at < tokens.size() && tokens.get(at).start() < m.span().start()) {
                at++;
            }
            if (at < 2 || at >= tokens.size() || tokens.get(at).start() != m.span().start()) {
                continue;
            }
            Token link = tokens.get(at - 1);
            Token head = tokens.get(at - 2);
            boolean linked = Set.of("de", "du", "des", "d'", "d’").contains(link.text());
            if (linked && !head.isCapitalized() && cues.is("site-head", Language.FR, head.text())) {
                Span s = new Span(head.start(), m.span().end());
                out.set(n, new NameMention(s, doc.text(s), EntityType.PLACE, PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
            }
        }
    }

    /** "Acme Steel Plans to Spend $1bn on Green Plant in Ohio": most words that could be lower case are not. */
    private boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens) {
            if (!t.isWord() || Character.isDigit(t.text().charAt(0)) || t.text().length() <= 3 && !t.isCapitalized()) {
                continue;
            }
            words++;
            if (t.isCapitalized()) {
                capitals++;
            }
        }
        return words >= 4 && capitals * 10 >= words * 7 && tokens.stream().noneMatch(t -> t.text().equals("."));
    }

    /**
     * French capitalizes only the first word of an institution's name: "Fonds stratégique pour
     * l'innovation", "Banque ouest-africaine de développement", "École polytechnique fédérale de
     * Lausanne". The name runs over adjectives and "de"/"pour" phrases, up to a verb, a clause
     * word or punctuation, and ends on a noun, an adjective or a capitalized name.
     */
    private int frenchInstitutionEnd(Document doc, List<Token> tokens, int i) {
        int end = i + 1;
        int k = i + 1;
        while (k < tokens.size() && k - i <= 8) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            // "Centre de promotion des investissements en Côte d'Ivoire (CEPICI)": a country closes a name its acronym follows
            int country = k > i + 1 && Set.of("en", "au", "aux").contains(w) ? countryBeforeAcronym(doc, tokens, k + 1) : -1;
            if (country > 0) {
                return country;
            }
            if (!t.isWord() || Character.isDigit(w.charAt(0)) || cues.is("verb-stop", w) || cues.is("stop", t.text()) && !FRENCH_LINKS.contains(w)
                    || w.matches(".*(rait|raient|ront|era|ait|aient)") || CueLexicon.facts().is("invest-verb", Language.FR, w)
                    // "la Caisse de dépôt fournit": a word that is only a verb ends the name
                    || isOnlyAVerb(w)
                    // "la Commission chargée de la concurrence": a participle and its complement open a description
                    || w.matches(".*(ée|ées|és)") && k + 1 < tokens.size()
                            && Set.of("de", "du", "des", "d'", "d’", "à", "au", "aux", "par", "pour", "en").contains(tokens.get(k + 1).text())) {
                break;
            }
            if (t.isCapitalized()) {
                // "Banque de France" goes on, "le Centre national du cinéma et la Fédération ..." is a second name
                int link = k - 1;
                if (link > i && ARTICLES.contains(tokens.get(link).text().toLowerCase(java.util.Locale.ROOT))) {
                    link--;
                }
                boolean joined = link > i && FRENCH_LINKS.contains(tokens.get(link).text().toLowerCase(java.util.Locale.ROOT))
                        && !tokens.get(link).is("et") && !ARTICLES.contains(tokens.get(link).text().toLowerCase(java.util.Locale.ROOT));
                if (k > i + 1 && joined) {
                    end = extend(tokens, k);
                }
                break;
            }
            if (!FRENCH_LINKS.contains(w)) {
                end = k + 1;
            }
            k++;
        }
        return end;
    }

    /** "Princeton, New Jersey-based Danforth Pharma": the town before a state written with "-based" is a place. */
    private static boolean townOfABasedState(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || !tokens.get(b).text().equals(",")) {
            return false;
        }
        for (int k = b + 1; k < Math.min(tokens.size(), b + 5); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalized()) {
                return false;
            }
            if (t.text().endsWith("-based") && t.text().length() > "-based".length()) {
                return true;
            }
        }
        return false;
    }

    private boolean isOnlyAVerb(String word) {
        Set<Morphology.Pos> parts = Morphology.of(language).parts(word);
        return parts.contains(Morphology.Pos.VERB) && !parts.contains(Morphology.Pos.NOUN) && !parts.contains(Morphology.Pos.ADJECTIVE);
    }

    /** The names an event noun stands right before: "au sommet Invest Futura". */
    private Set<String> eventNames(Document doc) {
        Set<String> names = new java.util.HashSet<>();
        for (Span sentence : doc.sentences()) {
            List<Token> tokens = Tokenizer.tokens(doc.text(), sentence);
            for (int i = 1; i < tokens.size(); i++) {
                if (startsName(tokens.get(i)) && eventBefore(tokens, i)) {
                    int end = extend(tokens, i);
                    names.add(span(doc, tokens, i, end));
                }
            }
        }
        return names;
    }

    /**
     * The number of tokens of the longest well-known name at {@code i} that runs past lower-case
     * words the capitals alone would cut ("Asie du Sud-Est", "Émirats arabes unis"), or 0.
     */
    private int knownAt(Document doc, List<Token> tokens, int i) {
        // a word never a name at a sentence's start may still open a well-known one whose accents differ ("Côté" is
        // no name, "Côte d'Ivoire" is): the stop list is read without accents, the gazetteer's names whole
        String word = tokens.get(i).text();
        if (cues.is("stop", word) && (LexiconLib.fold(word).equals(word.toLowerCase(Locale.ROOT)) || !knownWithItsAccents(doc, tokens, i))) {
            return 0;
        }
        int plainEnd = extend(tokens, i);
        for (int n = Math.min(gazetteer.longestName() + 2, tokens.size() - i); n >= 2; n--) {
            if (i + n <= plainEnd || !tokens.get(i + n - 1).isWord()) {
                continue;
            }
            List<GazetteerEntry> hit = gazetteer.lookup(span(doc, tokens, i, i + n));
            if (!hit.isEmpty()) {
                return n;
            }
        }
        return 0;
    }

    /** The end of a country's name at token k when an acronym in parentheses follows it, else -1. */
    private int countryBeforeAcronym(Document doc, List<Token> tokens, int k) {
        if (k >= tokens.size() || !startsName(tokens.get(k))) {
            return -1;
        }
        int n = knownAt(doc, tokens, k);
        int close = k + (n > 0 ? n : 1);
        List<GazetteerEntry> known = gazetteer.lookup(span(doc, tokens, k, close));
        boolean acronym = close + 2 < tokens.size() && tokens.get(close).text().equals("(") && tokens.get(close + 1).isAllCaps()
                && tokens.get(close + 2).text().equals(")");
        return acronym && !known.isEmpty() && known.get(0).kind() == PlaceKind.COUNTRY ? close : -1;
    }

    /** Whether a name of two or three words that the gazetteer knows starts at token i, written as it writes it. */
    private boolean knownWithItsAccents(Document doc, List<Token> tokens, int i) {
        for (int n = 2; n <= 3 && i + n <= tokens.size(); n++) {
            String phrase = span(doc, tokens, i, i + n);
            if (gazetteer.lookup(phrase).stream().anyMatch(e -> e.names().stream().anyMatch(phrase::equals))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "la Cimenterie du Littoral (Cimlit)", "la Société nationale d'investissement (SNI)": a short form in parentheses
     * defines the name before it, lower-case words and all, whose letters it takes in order (the algorithm of
     * Schwartz and Hearst, 2003: the short form's first letter opens a word of the long form, the shortest long form
     * wins). A long form that opens with a capital is one name, an organization unless found typed otherwise, and
     * replaces the pieces the capitals alone found in it; one in lower case that is a title makes its short form a
     * title's, no name ("le président du conseil d'administration (PCA)").
     */
    private void definedByAcronyms(Document doc, List<Token> tokens, List<NameMention> out, int from, Set<String> titleAcronyms) {
        for (int close = 2; close < tokens.size(); close++) {
            int open = close - 2;
            Token shortForm = tokens.get(close - 1);
            if (!tokens.get(close).text().equals(")") || !tokens.get(open).text().equals("(") || !startsName(shortForm)
                    || !ShortForms.isShortForm(shortForm.text())) {
                continue;
            }
            int letters = shortForm.text().length();
            int window = open;
            while (window > 0 && open - window < Math.min(letters + 5, letters * 2) && tokens.get(window - 1).isWord()) {
                window--;
            }
            if (window == open) {
                continue;
            }
            int startChar = ShortForms.longFormStart(shortForm.text(), doc.text().substring(tokens.get(window).start(), tokens.get(open - 1).end()));
            if (startChar < 0) {
                continue;
            }
            int a = firstTokenFrom(tokens, window, open, tokens.get(window).start() + startChar);
            if (open - a < 2 || tokens.get(a).start() != tokens.get(window).start() + startChar) {
                continue;
            }
            Span whole = new Span(tokens.get(a).start(), tokens.get(open - 1).end());
            if (!startsName(tokens.get(a)) || cues.is("stop", tokens.get(a).text())) {
                int length = open - a;
                if (titles.matchAt(tokens.subList(a, open), 0, language).filter(t -> t.to() == length).isPresent()) {
                    titleAcronyms.add(shortForm.text());
                }
                continue;
            }
            if (out.subList(from, out.size()).stream().anyMatch(m -> m.span().equals(whole))) {
                continue;
            }
            out.subList(from, out.size()).removeIf(m -> m.span().overlaps(whole));
            out.add(new NameMention(whole, doc.text(whole), EntityType.ORGANIZATION, PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
        }
    }

    private static int firstTokenFrom(List<Token> tokens, int from, int to, int offset) {
        int a = from;
        while (a < to && tokens.get(a).end() <= offset) {
            a++;
        }
        return a;
    }

    /** "35MW", "120-MW", "FY25", "3Q24": a number glued to its unit, or a reporting period, is no name. */
    private boolean isQuantity(Token t) {
        java.util.regex.Matcher unit = GLUED_QUANTITY.matcher(t.text());
        return unit.matches() && cues.is("measure-unit", unit.group(1)) || REPORTING_PERIOD.matcher(t.text()).matches();
    }

    private boolean startsName(Token t) {
        return t.isWord() && t.isCapitalized() && !isElision(t) && !cues.is("honorific", t.text()) && !isCompoundAdjective(t);
    }

    /** "Arabic-language", "French-speaking", "State-owned"; "-based" is read apart, "Jae-won" is a name. */
    private boolean isCompoundAdjective(Token t) {
        String s = t.text();
        int dash = s.lastIndexOf('-');
        return dash > 0 && dash + 1 < s.length() && !s.endsWith("-based")
                && cues.is("compound-head", s.substring(dash + 1));
    }

    private static boolean isElision(Token t) {
        String s = t.text();
        return s.endsWith("'") || s.endsWith("’");
    }

    private int extend(List<Token> tokens, int i) {
        if (tokens.get(i).text().endsWith("-based")) {
            return i + 1;
        }
        int j = i + 1;
        boolean institution = cues.is("institution", tokens.get(i).text()) || cues.is("place-institution", tokens.get(i).text());
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            // "has granted Fjordlink NOK 60 million": a currency's code before its amount ends the name
            if (ISO_CURRENCIES.contains(t.text()) && j + 1 < tokens.size() && Character.isDigit(tokens.get(j + 1).text().charAt(0))) {
                break;
            }
            if (startsName(t) && !t.text().endsWith("-based")) {
                institution |= cues.is("institution", t.text()) || cues.is("place-institution", t.text());
                j++;
                continue;
            }
            // "Ministry of Economy, Trade and Industry", "Ministry of Agriculture, Forestry and Fisheries": an institution's
            // portfolios listed with a comma and closed by "and"
            if (institution && t.text().equals(",") && j + 3 < tokens.size() && startsName(tokens.get(j + 1))
                    && tokens.get(j + 2).is("and") && startsName(tokens.get(j + 3))
                    && gazetteer.lookup(tokens.get(j + 1).text()).isEmpty() && gazetteer.lookup(tokens.get(j + 3).text()).isEmpty()
                    && (j + 4 >= tokens.size() || !startsName(tokens.get(j + 4)))) {
                j += 4;
                continue;
            }
            // "Department of Energy and Climate", but not "le Département du Finistère et Brest métropole": no known name after it
            boolean and = t.text().equals("&") || institution && (t.is("and") || t.is("et"))
                    && !(j + 1 < tokens.size() && !gazetteer.lookup(tokens.get(j + 1).text()).isEmpty());
            if (and && j + 1 < tokens.size() && startsName(tokens.get(j + 1))) {
                j += 2;
                continue;
            }
            // "von der Leyen", "bin Talal": one or two particles before the next capitalized word
            int p = j;
            while (p < tokens.size() && p - j < 2 && PERSON_PARTICLES.contains(tokens.get(p).text())) {
                p++;
            }
            if (p > j && p < tokens.size() && startsName(tokens.get(p))) {
                j = p + 1;
                continue;
            }
            // "Ligérienne de Construction Navale", "Caisse des Dépôts": French capitalizes common nouns after "de" only inside a name
            if (language == Language.FR && (t.is("de") || t.is("des") || t.is("du")) && j + 1 < tokens.size()
                    && startsName(tokens.get(j + 1))) {
                int e = j + 1;
                while (e < tokens.size() && startsName(tokens.get(e))) {
                    e++;
                }
                if (capitalizedCommonWords(tokens, j + 1, e)) {
                    j = e;
                    continue;
                }
            }
            // "Henri de Valbrune", "Charles d'Orvault": in French a first name, "de" and a surname are one person's name
            if (language == Language.FR && j - i == 1 && (t.is("de") || t.is("d'") || t.is("d’")) && gazetteer.isFirstName(tokens.get(i).text())
                    && j + 1 < tokens.size() && startsName(tokens.get(j + 1)) && !tokens.get(j + 1).isAllCaps()
                    && gazetteer.lookup(tokens.get(j + 1).text()).isEmpty() && (t.is("de") || tokens.get(j + 1).start() == t.end())) {
                j += 2;
                continue;
            }
            // "Maarten de Wit", "Banco de Chile": in English text a French, Dutch or Spanish "de" joins two words of one name
            if (language == Language.EN && j - i == 1 && t.is("de") && j + 1 < tokens.size() && startsName(tokens.get(j + 1))
                    && !tokens.get(j + 1).isAllCaps()) {
                j += 2;
                continue;
            }
            // "Josh D'Amaro", "Sean O'Brien": a capitalized elision glued to the next capitalized word
            if (isElision(t) && t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0)) && j + 1 < tokens.size()
                    && tokens.get(j + 1).start() == t.end() && startsName(tokens.get(j + 1))) {
                j += 2;
                continue;
            }
            // "Eli Lilly and Co.", "Johnson & Son": a legal form joined by "and"
            if ((t.is("and") || t.is("&")) && j + 1 < tokens.size() && cues.is("org-suffix", tokens.get(j + 1).text())) {
                j += 2;
                continue;
            }
            // "Competition and Markets Authority": two words that an institution's head closes
            if (t.is("and") && j - i <= 2 && gazetteer.lookup(tokens.get(i).text()).isEmpty()
                    && (!cues.is("org-suffix", tokens.get(j - 1).text()) || cues.is("unit-name", tokens.get(j - 1).text()))) {
                int k = j + 1;
                while (k < tokens.size() && startsName(tokens.get(k)) && k - j <= 3) {
                    k++;
                }
                boolean closed = !cues.is("org-suffix", tokens.get(j - 1).text())
                        && (cues.is("institution", tokens.get(k - 1).text()) || cues.is("law-suffix", tokens.get(k - 1).text()));
                // "Kestrel Research and Innovation District": two words and a place's closing word, unless
                // the first part is already a place ("Marlow Falls and Tallow County")
                closed |= j - i == 2 && cues.is("place-suffix", tokens.get(k - 1).text()) && !cues.is("place-suffix", tokens.get(j - 1).text())
                        && !gazetteer.isFirstName(tokens.get(i).text());
                if (k > j + 1 && closed && (k >= tokens.size() || !startsName(tokens.get(k)))) {
                    j = k;
                    continue;
                }
            }
            if (institution && INSTITUTION_LINKS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                int k = j + 1;
                if (k < tokens.size() && ARTICLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                    k++;
                }
                if (k < tokens.size() && startsName(tokens.get(k))) {
                    j = k + 1;
                    continue;
                }
            }
            if (institution && cues.is("institution-adjective", t.text())) {
                j++;
                continue;
            }
            // "Ministry of Economy, Trade and Industry": an institution's list of portfolios, closed by "and"
            if (institution && t.text().equals(",") && j - i >= 3 && INSTITUTION_LINKS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                int end = portfolioListEnd(tokens, j);
                if (end > j) {
                    j = end;
                    continue;
                }
            }
            break;
        }
        // "Seattle-based" closes a run: the place is the part before the hyphen
        if (j < tokens.size() && tokens.get(j).text().endsWith("-based") && startsName(tokens.get(j))) {
            j++;
        }
        // "Flamanville 3 reactor", "Borssele 1 & 2 wind farm": a site's number before the site's noun
        int numbered = siteNumberEnd(tokens, j);
        if (numbered > j && (siteNounAfter(tokens, numbered) || siteApposition(tokens, numbered) || siteNounBefore(tokens, i))) {
            j = numbered;
        }
        // "Canal+": a plus glued to a name is part of it
        if (j < tokens.size() && tokens.get(j).text().equals("+") && tokens.get(j).start() == tokens.get(j - 1).end()) {
            j++;
        }
        return j;
    }

    /** After an institution's "of X", the end of ", Y and Z" when every item is one capitalized word, or {@code j}. */
    private static int portfolioListEnd(List<Token> tokens, int j) {
        int k = j;
        while (k + 1 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).isCapitalized() && tokens.get(k + 1).isWord()) {
            k += 2;
        }
        if (k > j && k + 1 < tokens.size() && (tokens.get(k).is("and") || tokens.get(k).is("et")) && tokens.get(k + 1).isCapitalized()
                && (k + 2 >= tokens.size() || !tokens.get(k + 2).isCapitalized())) {
            return k + 2;
        }
        return j;
    }

    /** The end of a site's number at {@code j}, "3" or "1 & 2", or {@code j} when there is none. */
    private static int siteNumberEnd(List<Token> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).text().matches("\\d{1,2}")) {
            return j;
        }
        // "le Département 4,5 millions": a number glued to its decimals, or a quantity, is no site's number
        boolean decimals = j + 2 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()
                && Set.of(",", ".").contains(tokens.get(j + 1).text()) && tokens.get(j + 2).start() == tokens.get(j + 1).end()
                && Character.isDigit(tokens.get(j + 2).text().charAt(0));
        if (decimals || j + 1 < tokens.size() && QUANTITY_WORDS.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT))) {
            return j;
        }
        if (j + 2 < tokens.size() && (tokens.get(j + 1).is("&") || tokens.get(j + 1).is("and") || tokens.get(j + 1).is("et"))
                && tokens.get(j + 2).text().matches("\\d{1,2}")) {
            return j + 3;
        }
        return j + 1;
    }

    /**
     * A site's designator closes its name: a letter, a number or a number word ("Point C", "Unit 3",
     * "Hornsea One", "1 & 2").
     */
    private static boolean isDesignator(String w) {
        return w.matches("[A-Z]|\\d{1,2}|II|III|IV|One|Two|Three|Four|Five");
    }

    /** "the X plant", "its X offshore wind farm": a site's noun within three lower-case words after {@code b}. */
    private boolean siteNounAfter(List<Token> tokens, int b) {
        for (int k = b; k < tokens.size() && k - b < 3; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
            if (cues.is("site-noun", t.text()) || k + 1 < tokens.size() && cues.is("site-noun", t.text() + " " + tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "le réacteur X 3", "X 1 & 2, a 700-megawatt wind farm", "X Point C, the nuclear power station it
     * builds": a name closed by a designator and told a site by a noun before, after or in apposition
     * is a place (a site, not the company that runs it).
     */
    private boolean designatedSite(List<Token> tokens, int a, int b) {
        if (b - a < 2 || !isDesignator(tokens.get(b - 1).text())) {
            return false;
        }
        if (siteNounAfter(tokens, b)) {
            return true;
        }
        return siteApposition(tokens, b) || siteNounBefore(tokens, a);
    }

    /** ", a 700-megawatt wind farm", ", the nuclear power station it builds": a site's noun in apposition at {@code b}. */
    private boolean siteApposition(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || !tokens.get(b).text().equals(",")
                || !DETERMINERS.contains(tokens.get(b + 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = b + 2; k < tokens.size() && k - b <= 5; k++) {
            Token t = tokens.get(k);
            if (t.isCapitalized() || t.text().equals(",")) {
                return false;
            }
            if (cues.is("site-noun", t.text()) || k + 1 < tokens.size() && cues.is("site-noun", t.text() + " " + tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Acme's Kestrel headquarters", "the group's Ohio plant": a name between an owner's possessive
     * and a noun for one of its sites names where the site is.
     */
    private boolean possessedSite(List<Token> tokens, int a, int b) {
        return a > 0 && tokens.get(a - 1).text().matches("['’]s") && b < tokens.size()
                && cues.is("possessed-site", language, tokens.get(b).text());
    }

    /** "la centrale X", "le parc éolien X": a site's noun within two lower-case words before {@code a}. */
    private boolean siteNounBefore(List<Token> tokens, int a) {
        for (int k = a - 1; k >= 0 && a - k <= 2; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
            if (cues.is("site-noun", t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Handles the run of capitalized tokens {@code [a, b)}. */
    private void run(Document doc, List<Token> tokens, int a, int b, int first, List<NameMention> out) {
        // "Acme Raises US$62 million": letters glued to a currency sign are the currency's, not a place
        if (currencyPrefix(tokens, b - 1)) {
            b--;
            if (a >= b) {
                return;
            }
        }
        // "Rival Go First filed": a capitalized common noun opening the sentence is the name's head noun
        if (a == first && b - a >= 2 && roleOf(tokens.get(a).text()).isPresent() && gazetteer.lookup(span(doc, tokens, a, b)).isEmpty()
                && !cues.is("institution", tokens.get(a).text()) && titles.matchAt(tokens, a, language).isEmpty()) {
            a++;
        }
        // leading words that are never part of a name, at a sentence's start or the lead's after its dateline ("TOKYO - The")
        while (a < b) {
            Token t = tokens.get(a);
            boolean alone = b - a == 1 || a + 1 < tokens.size() && !tokens.get(a + 1).isCapitalized();
            boolean opens = a == first || a > 0 && Set.of("-", "—", "–", "--").contains(tokens.get(a - 1).text());
            // "County Executive Maria Delgado said": a title that opens the sentence is no stop word
            int at = a;
            boolean title = b - a > 1 && titles.matchAt(tokens, a, language).filter(m -> m.to() > at + 1).isPresent();
            if (((opens || alone) && cues.is("stop", t.text()) && !title) || cues.is("month", t.text())) {
                a++;
            } else {
                break;
            }
        }
        if (a >= b) {
            return;
        }
        // a title or a demonym inside the run splits it: "Japanese Prime Minister Fumio Kishida"
        for (int k = a; k < b; k++) {
            Optional<Titles.Match> title = titles.matchAt(tokens, k, language);
            // "Bruno Le Maire": a word after a surname particle is a surname, not a title
            boolean afterParticle = k > a && SURNAME_PARTICLES.contains(tokens.get(k - 1).text());
            // "Tallow County", cut from "Tallow County Executive": a place's last word no longer opens the title
            boolean cutPlace = title.isPresent() && title.get().to() > b && cues.is("place-suffix", tokens.get(k).text());
            if (title.isPresent() && tokens.get(k).isCapitalized() && !afterParticle && !cutPlace) {
                // "Trade and Industry Minister X": a coordinated qualifier of the title, no name
                boolean qualifier = a >= 2 && (tokens.get(a - 1).is("and") || tokens.get(a - 1).is("et") || tokens.get(a - 1).is("&"))
                        && tokens.get(a - 2).isCapitalized();
                // "Finance Minister X", "Energy Secretary X": the words before a minister's title are the portfolio
                qualifier |= k > a && cues.is("portfolio-holder", tokens.get(k).text())
                        && gazetteer.lookup(span(doc, tokens, a, k)).isEmpty();
                // "Tallow County Executive X": a title opened by a place's last word leaves that word to the place
                boolean placeWord = k > a && title.get().to() > k + 1 && cues.is("place-suffix", tokens.get(k).text());
                if (!qualifier) {
                    run(doc, tokens, a, placeWord ? k + 1 : k, first, out);
                }
                // "P-DG du Groupe Tassili", "Chief Executive of Acme Corp": the link after the title opens no name
                // "Managing Director and Group CEO of Acme": nor do titles joined to it
                int rest = title.get().to();
                boolean joined = false;
                while (rest < b) {
                    String w = tokens.get(rest).text();
                    Optional<Titles.Match> more = titles.matchAt(tokens, rest, language);
                    boolean modifier = rest + 1 < b && CueLexicon.facts().is("title-modifier", w.toLowerCase(Locale.ROOT))
                            && titles.matchAt(tokens, rest + 1, language).isPresent();
                    if (Set.of("and", "et", "&").contains(w)) {
                        joined = true;
                        rest++;
                    } else if (INSTITUTION_LINKS.contains(w) || Set.of("la", "l'", "l’", "the").contains(w) || joined && modifier) {
                        rest++;
                    } else if (joined && more.isPresent() && more.get().to() <= b) {
                        rest = more.get().to();
                        joined = false;
                    } else {
                        break;
                    }
                }
                if (rest < b) {
                    name(doc, tokens, rest, b, first, out);
                }
                return;
            }
            // "Chipotle Mexican Grill" keeps its demonym; "Japanese Prime Minister X", "Acme France Italian" do not
            boolean edge = k == a || k == b - 1 || k + 1 < b && titles.matchAt(tokens, k + 1, language).isPresent();
            // French writes its demonym adjectives in lower case: a capitalized one that opens a run is of the name
            // ("le fonds French Tech Souveraineté", "la Française des Jeux"), but a demonym noun before a person ("le
            // Français Thomas Pesquet") is not
            boolean frenchNameHead = language == Language.FR && k == a && b - a > 1 && !gazetteer.isFirstName(tokens.get(a + 1).text());
            if ((k > a || b - a > 1) && edge && !frenchNameHead) {
                if (gazetteer.demonym(tokens.get(k).text()).isPresent() && gazetteer.lookup(span(doc, tokens, a, b)).isEmpty()) {
                    run(doc, tokens, a, k, first, out);
                    run(doc, tokens, k + 1, b, first, out);
                    return;
                }
            }
        }
        // "Minister for Enterprise, Tourism and Employment Niamh Casey": the last portfolio of a list before a person
        for (int k = a + 1; k + 1 < b; k++) {
            if (gazetteer.isFirstName(tokens.get(k).text())) {
                if (tokens.subList(a, k).stream().allMatch(t -> titles.isPortfolio(t.text()))) {
                    name(doc, tokens, k, b, first, out);
                    return;
                }
                break;
            }
        }
        // "Seattle-based", "San Francisco-based": the run up to the hyphen is a place
        Token last = tokens.get(b - 1);
        if (last.text().endsWith("-based")) {
            int end = last.end() - "-based".length();
            Span s = new Span(tokens.get(a).start(), end);
            String surface = doc.text(s);
            out.add(place(s, surface, gazetteer.lookup(surface).stream().findFirst()));
            return;
        }
        name(doc, tokens, a, b, first, out);
    }

    private NameMention place(Span s, String surface, Optional<GazetteerEntry> known) {
        PlaceKind kind = known.filter(e -> e.type() == EntityType.PLACE).map(GazetteerEntry::kind).orElse(PlaceKind.CITY);
        return new NameMention(s, surface, EntityType.PLACE, kind, known.filter(e -> e.type() == EntityType.PLACE),
                known.isPresent() ? Evidence.KNOWN : Evidence.CUE);
    }

    private static String span(Document doc, List<Token> tokens, int a, int b) {
        return doc.text().substring(tokens.get(a).start(), tokens.get(b - 1).end());
    }

    /** Types the name {@code [a, b)} and adds it. */
    private void name(Document doc, List<Token> tokens, int a, int b, int first, List<NameMention> out) {
        if (a >= b) {
            return;
        }
        Span s = new Span(tokens.get(a).start(), tokens.get(b - 1).end());
        String surface = doc.text(s);
        if (surface.codePointCount(0, surface.length()) == 1 || cues.is("not-name", surface) || cues.is("month", surface)
                || b - a >= 2 && cues.is("law-suffix", tokens.get(b - 1).text())
                || cues.is("round-word", tokens.get(a).text())
                || (b - a == 1 && gazetteer.demonym(surface).isPresent() && gazetteer.lookup(surface).isEmpty())) {
            return;
        }
        // "Redwater, Alta.", "Princeton, N.J.": a place's abbreviation keeps its full stop, which the tokenizer set apart
        if (b < tokens.size() && tokens.get(b).text().equals(".") && tokens.get(b).start() == tokens.get(b - 1).end() && a > 0
                && tokens.get(a - 1).text().equals(",")) {
            List<GazetteerEntry> dotted = gazetteer.lookup(surface + ".");
            if (!dotted.isEmpty() && dotted.get(0).type() == EntityType.PLACE) {
                Span withDot = new Span(s.start(), tokens.get(b).end());
                out.add(new NameMention(withDot, surface + ".", EntityType.PLACE, dotted.get(0).kind(), Optional.of(dotted.get(0)), Evidence.KNOWN));
                return;
            }
        }
        List<GazetteerEntry> known = gazetteer.lookup(surface);
        boolean located = a > 0 && Set.of("in", "near", "à").contains(tokens.get(a - 1).text().toLowerCase(java.util.Locale.ROOT));
        if (!known.isEmpty() && gazetteer.isTown(known.get(0)) && !located) {
            // a town is known for recognition only: "le groupe Saham", "Saham, the insurer" say what the name is here,
            // unless a preposition places it ("in Brest, the company said")
            Optional<EntityType> cued = cue(tokens, a, b, first);
            if (cued.isPresent() && cued.get() != EntityType.PLACE) {
                out.add(new NameMention(s, surface, cued.get(), PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
                return;
            }
        }
        if (!known.isEmpty()) {
            GazetteerEntry e = known.get(0);
            if (calledAState(tokens, a, b)) {
                e = stateOf(surface, known);
                if (e.kind() == PlaceKind.REGION) {
                    statesNamed.put(surface, e);
                }
            }
            out.add(new NameMention(s, surface, e.type(), e.kind(), Optional.of(e), Evidence.KNOWN));
            return;
        }
        if (namesAnEvent(tokens, a, b) || codeBeforeANumber(tokens, a, b) || namesABoard(tokens, a, b) || ticker(tokens, a, b)
                || definedTerm(tokens, a, b)) {
            return;
        }
        // a country before another name is its qualifier: "U.S. Federal Trade Commission"
        if (b - a > 1) {
            List<GazetteerEntry> head = gazetteer.lookup(tokens.get(a).text());
            // ... but "Norvania Sports Investments", "Norvania Power Group": a company's closing word keeps its country
            if (!head.isEmpty() && head.get(0).type() == EntityType.PLACE && head.get(0).kind() == PlaceKind.COUNTRY
                    && !gazetteer.isFirstName(tokens.get(a).text()) && !(b - a >= 3 && cues.is("org-suffix", tokens.get(b - 1).text()))
                    && !(b - a >= 3 && NATIONAL_FUNDS.contains(span(doc, tokens, b - 2, b)))) {
                name(doc, tokens, a + 1, b, first, out);
                return;
            }
        }
        if (eventBefore(tokens, a) || portfolio(tokens, a) || describedEvent(tokens, a, b)) {
            return;
        }
        // the first word of a sentence, alone and unknown, is taken for a common word ("Separately, ...");
        // one the dictionary knows as a common word is one even before an apposition ("Parallèlement, l'armateur X")
        // ... but "Sakuragi, which is based in Kawasaki" after "Sakuragi Chemical": a longer name's first word, no common word
        if (a == first && b - a == 1 && !gazetteer.isFirstName(tokens.get(a).text())
                && (!determinedApposition(tokens, b) || isCommonWord(doc, tokens.get(a).text()))
                && (isCommonWord(doc, tokens.get(a).text()) || !startsALongerName(doc, tokens.get(a).text()))) {
            return;
        }
        // a currency prefix: "US$", "S$"
        if (b < tokens.size() && tokens.get(b).start() == tokens.get(b - 1).end() && tokens.get(b).text().startsWith("$")) {
            return;
        }
        // a known name glued to a person's: "a déclaré à Reuters Jean Dupont"
        for (int k = b - 2; k > a; k--) {
            if (!gazetteer.lookup(span(doc, tokens, a, k)).isEmpty() && gazetteer.isFirstName(tokens.get(k).text())) {
                name(doc, tokens, a, k, first, out);
                name(doc, tokens, k, b, first, out);
                return;
            }
        }
        Optional<EntityType> cued = cue(tokens, a, b, first);
        if (cued.isPresent()) {
            EntityType type = cued.get();
            out.add(new NameMention(s, surface, type, PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
            return;
        }
        // the first word of a sentence, alone and unknown, is taken for a common word
        if (a == first && b - a == 1 && !startsALongerName(doc, tokens.get(a).text())) {
            return;
        }
        // French "à X" is mostly a place, but "reprocher à X" is not: a weak hint only
        if (a > 0 && tokens.get(a - 1).is("à")) {
            out.add(new NameMention(s, surface, EntityType.PLACE, PlaceKind.OTHER, Optional.empty(), Evidence.WEAK));
            return;
        }
        // nothing speaks for a type: an organization by default, kept only if a fact uses it
        out.add(new NameMention(s, surface, EntityType.ORGANIZATION, PlaceKind.OTHER, Optional.empty(), Evidence.NONE));
    }

    /** Whether tokens [a, b) are all capitalized common words, none of them a known name or a given name. */
    private boolean capitalizedCommonWords(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String w = tokens.get(k).text();
            if (!tokens.get(k).isWord() || tokens.get(k).isAllCaps() || !gazetteer.lookup(w).isEmpty() || gazetteer.isFirstName(w)
                    || !Morphology.of(language).isCommonWord(w) || cues.is("month", w)) {
                return false;
            }
        }
        return b > a;
    }

    /** Whether the article also writes this word before another capitalized word: "Sakuragi" and "Sakuragi Chemical". */
    private boolean startsALongerName(Document doc, String word) {
        return longerNameStarts.computeIfAbsent(word, w -> java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w) + " \\p{Lu}\\p{Ll}").matcher(doc.text()).find());
    }

    /** A word that the dictionary reads as a common word and the gazetteer does not know as a name. */
    private boolean isCommonWord(Document doc, String word) {
        return gazetteer.lookup(word).isEmpty() && Morphology.of(doc.language()).isCommonWord(word);
    }

    /** The type that the words in and around a name speak for. */
    private Optional<EntityType> cue(List<Token> tokens, int a, int b, int first) {
        Token firstToken = tokens.get(a);
        Token lastToken = tokens.get(b - 1);
        if (a > 0 && cues.is("honorific", tokens.get(a - 1).text())
                || a > 1 && tokens.get(a - 1).text().equals(".") && tokens.get(a - 2).end() == tokens.get(a - 1).start()
                && cues.is("honorific", tokens.get(a - 2).text() + ".")) {
            // "Mme Dupont", "said Dr. Halsen" (the abbreviation's dot is a token of its own)
            return Optional.of(EntityType.PERSON);
        }
        if (agedApposition(tokens, b) || b - a <= 4 && personClauseAfter(tokens, a, b)) {
            return Optional.of(EntityType.PERSON);
        }
        if (b - a <= 5 && titleBefore(tokens, a)) {
            return Optional.of(EntityType.PERSON);
        }
        if (b - a >= 2 && b - a <= 4 && speakerOfAQuote(tokens, a, b)) {
            return Optional.of(EntityType.PERSON);
        }
        // "Faris bin Nawaf Al Saud": a patronymic particle inside the run
        if (b - a >= 3 && tokens.subList(a + 1, b - 1).stream().anyMatch(t -> PATRONYMICS.contains(t.text()))) {
            return Optional.of(EntityType.PERSON);
        }
        if (designatedSite(tokens, a, b) || possessedSite(tokens, a, b) || townOfABasedState(tokens, b)) {
            return Optional.of(EntityType.PLACE);
        }
        // "Ben & Jerry's" pairs two names: no person
        boolean paired = tokens.subList(a, b).stream().anyMatch(t -> t.text().equals("&"));
        // "Aliağa-based operator Ege Konteyner", "the retailer John Lewis": a noun for a company right before the name
        // says what it is, whatever its first word
        if (b - a >= 2 && a > 1 && cues.is("org-noun", language, tokens.get(a - 1).text())
                && !PERSON_LIKE_ORG_NOUNS.contains(tokens.get(a - 1).text().toLowerCase(Locale.ROOT))
                && (ARTICLES.contains(tokens.get(a - 2).text().toLowerCase(Locale.ROOT)) || tokens.get(a - 2).text().endsWith("-based"))) {
            // ("le champ gazier X": an adjective after a noun names no company)
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (b - a >= 2 && b - a <= 4 && gazetteer.isFirstName(firstToken.text()) && !headNounOfAThing(lastToken.text()) && !paired) {
            return Optional.of(EntityType.PERSON);
        }
        // "TOURÉ Mamadou Lamine", "KIM Jong-su": a family name in capitals before the given name, as West African and
        // East Asian usage writes it
        if (b - a >= 2 && b - a <= 4 && firstToken.isAllCaps() && firstToken.text().codePointCount(0, firstToken.text().length()) >= 3
                && gazetteer.isFirstName(tokens.get(a + 1).text()) && !tokens.get(a + 1).isAllCaps()
                && gazetteer.lookup(firstToken.text()).isEmpty() && !cues.is("not-name", firstToken.text()) && !paired) {
            return Optional.of(EntityType.PERSON);
        }
        // "Jon Park, the head of mergers at X", "Jean Parc, responsable des fusions": a given name and a place word, and a
        // person's noun or a title after them
        if (b - a == 2 && gazetteer.isFirstName(firstToken.text()) && !paired
                && (personNounAfter(tokens, b) || apposition(tokens, b).equals(Optional.of(EntityType.PERSON)))) {
            return Optional.of(EntityType.PERSON);
        }
        if (b - a >= 2 && (cues.is("org-suffix", lastToken.text()) || cues.is("institution", firstToken.text()))
                || b - a >= 3 && cues.is("institution", lastToken.text())) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (b - a >= 2 && b - a <= 5 && agentOfARoleVerb(tokens, a)) {
            return Optional.of(EntityType.PERSON);
        }
        if (b - a >= 2 && (cues.is("place-institution", firstToken.text()) || cues.is("place-institution", lastToken.text())
                || cues.is("place-suffix", lastToken.text()))) {
            return Optional.of(EntityType.PLACE);
        }
        if (b - a <= 4 && b + 1 < tokens.size() && (tokens.get(b).is("as") || tokens.get(b).is("comme"))
                && titles.matchAt(tokens, b + 1, language).isPresent()) {
            // "succeed X as chief executive"
            return Optional.of(EntityType.PERSON);
        }
        if (b - a == 1 && firstToken.text().matches("\\p{L}+-\\d+(\\.\\d+)?")) {
            return Optional.of(EntityType.PRODUCT);
        }
        Optional<EntityType> named = namedAfter(tokens, a);
        if (named.isPresent()) {
            return named;
        }
        if (placeBefore(tokens, a) || beforeKnownPlace(tokens, a, b) || parenthesizedPlace(tokens, a, b)) {
            return Optional.of(EntityType.PLACE);
        }
        if (productOf(tokens, a, b) || b < tokens.size() && cues.is("product-maker-after", language, tokens.get(b).text())) {
            return Optional.of(EntityType.PRODUCT);
        }
        if (b - a >= 2 && b - a <= 4 && titleEarlier(tokens, a)) {
            return Optional.of(EntityType.PERSON);
        }
        if (a - 1 == first && roleOf(tokens.get(a - 1).text()).isPresent()) {
            return roleOf(tokens.get(a - 1).text());
        }
        if (cueBeforeList("org-object", tokens, a)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        Optional<EntityType> before = headBefore(tokens, a);
        if (before.isPresent()) {
            return before;
        }
        if (demonymNounBefore(tokens, a)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        Optional<EntityType> appositive = appositionBefore(tokens, a, b);
        if (appositive.isPresent()) {
            return appositive;
        }
        Optional<EntityType> apposition = apposition(tokens, b);
        if (apposition.isPresent()) {
            return apposition;
        }
        if (b < tokens.size() && cues.is("place-noun-after", tokens.get(b).text())) {
            return Optional.of(EntityType.PLACE);
        }
        if (productNounAfter(tokens, b, determined(tokens, a)) && !(a == first && b - a == 1)) {
            return Optional.of(EntityType.PRODUCT);
        }
        if (b + 2 < tokens.size() && tokens.get(b).is("and") || b + 2 < tokens.size() && tokens.get(b).is("et")) {
            // "the Trainium and Inferentia chips": a shared head noun after a pair
            int c = b + 1;
            while (c < tokens.size() && startsName(tokens.get(c))) {
                c++;
            }
            if (c < tokens.size() && c > b + 1 && cues.is("product-noun", tokens.get(c).text())) {
                return Optional.of(EntityType.PRODUCT);
            }
        }
        if (coordinatedWithKnownPlace(tokens, a, b)) {
            return Optional.of(EntityType.PLACE);
        }
        if (b - a == 1 && isModelCode(firstToken.text()) && determinedBefore(tokens, a)) {
            // "its cheaper R2", "the A321neo": a model's code
            return Optional.of(EntityType.PRODUCT);
        }
        if (b - a == 1 && firstToken.isAllCaps()) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        // a named unit of a known organization, "Acme Research Europe", or one of its products, "Acme Zephyr"
        if (b - a >= 2) {
            List<GazetteerEntry> head = gazetteer.lookup(firstToken.text());
            if (!head.isEmpty() && head.get(0).type() == EntityType.ORGANIZATION) {
                String last = lastToken.text();
                boolean unit = cues.is("unit-name", last) || cues.is("org-suffix", last) || cues.is("institution", last)
                        || !gazetteer.lookup(last).isEmpty() || gazetteer.demonym(last).isPresent();
                return Optional.of(unit ? EntityType.ORGANIZATION : EntityType.PRODUCT);
            }
        }
        return Optional.empty();
    }

    /**
     * "Boone County", "Florence Castle", "Audi Q6", "Grace Holdings": a last word that makes the name a company's,
     * a place's, a site's or a model's, whatever its first word.
     */
    private boolean headNounOfAThing(String last) {
        return cues.is("org-suffix", last) || cues.is("place-suffix", last) || cues.is("place-noun-after", last)
                || cues.is("site-noun", last) || cues.is("possessed-site", language, last)
                || cues.is("institution", last) || last.chars().anyMatch(Character::isDigit);
    }

    /**
     * "Y is chaired by X", "Y, présidée par Mme X", "led by President X": the agent of a participle that gives a
     * position ({@code lexicon/role-verbs.tsv}) is a person.
     */
    private boolean agentOfARoleVerb(List<Token> tokens, int a) {
        for (int by = a - 1; by >= 1 && by >= a - 4; by--) {
            // "founded in 2015 by X", "fondée en 2021 par X": a year may come between
            int verb = by - 1;
            if (verb >= 2 && tokens.get(verb).text().matches("\\d{4}") && Set.of("in", "en").contains(tokens.get(verb - 1).text())) {
                verb -= 2;
            }
            if ((tokens.get(by).is("by") || tokens.get(by).is("par"))
                    && AGENT_VERBS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
                int k = by + 1;
                while (k < a && cues.is("honorific", tokens.get(k).text())) {
                    k++;
                }
                if (k < a) {
                    k = titles.matchAt(tokens, k, language).map(Titles.Match::to).orElse(k);
                }
                return k == a;
            }
        }
        return false;
    }

    /** The participles of {@code lexicon/role-verbs.tsv} whose agent holds the position ("chaired", "présidée"). */
    private static final Set<String> AGENT_VERBS = LexiconLib.rows("/lexicon/role-verbs.tsv").stream()
            .filter(row -> row.length > 2 && row[2].equals("passive"))
            .map(row -> row[1].substring(row[1].lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "X, 45, said": an age in apposition. */
    private static boolean agedApposition(List<Token> tokens, int b) {
        return b + 2 < tokens.size() && tokens.get(b).text().equals(",") && tokens.get(b + 1).text().matches("\\d{2}")
                && Set.of(",", ")", ".").contains(tokens.get(b + 2).text());
    }

    /** ", who said", and a speaker after a quote: {@code ," X said}. */
    private boolean personClauseAfter(List<Token> tokens, int a, int b) {
        if (language == Language.EN && b + 1 < tokens.size() && tokens.get(b).text().equals(",") && tokens.get(b + 1).is("who")) {
            return true;
        }
        if (personNounAfter(tokens, b)) {
            return true;
        }
        boolean afterQuote = a > 0 && Set.of("\"", "”", "»").contains(tokens.get(a - 1).text())
                || a > 1 && tokens.get(a - 1).text().equals(",") && Set.of("\"", "”", "»").contains(tokens.get(a - 2).text());
        return afterQuote && b < tokens.size() && Set.of("said", "says", "told", "added", "wrote").contains(tokens.get(b).text());
    }

    /** "X, an analyst at Y", "X, porte-parole de Y": a noun for a person in apposition. */
    private boolean personNounAfter(List<Token> tokens, int b) {
        if (b + 1 < tokens.size() && tokens.get(b).text().equals(",")) {
            int k = b + 1;
            if (k < tokens.size() && Set.of("a", "an", "the", "un", "une", "le", "la", "l'", "l’").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                k++;
            }
            while (k < tokens.size() && k - b <= 4 && !tokens.get(k).isCapitalized() && tokens.get(k).isWord()
                    && !cues.is("person-noun", tokens.get(k).text()) && Morphology.of(language).parts(tokens.get(k).text()).contains(Morphology.Pos.ADJECTIVE)) {
                k++;
            }
            return k < tokens.size() && cues.is("person-noun", tokens.get(k).text());
        }
        return false;
    }

    /**
     * "in Normal, Illinois", "Alzey, western Germany", "Boise, Idaho-based": a name right before a
     * comma and a well-known region, or a country with a direction or after "in", is a place.
     */
    private boolean beforeKnownPlace(List<Token> tokens, int a, int b) {
        if (b + 1 >= tokens.size() || !tokens.get(b).text().equals(",")) {
            return false;
        }
        int k = b + 1;
        boolean directed = cues.is("directional", tokens.get(k).text());
        if (directed) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isCapitalized()) {
            return false;
        }
        String word = tokens.get(k).text();
        boolean based = word.endsWith("-based");
        if (based) {
            word = word.substring(0, word.length() - "-based".length());
        }
        int end = k + 1;
        Optional<GazetteerEntry> known = gazetteer.lookup(word).stream().findFirst();
        if (!based && k + 1 < tokens.size() && startsName(tokens.get(k + 1))) {
            // a place of two words: "North Carolina"
            String two = word + " " + tokens.get(k + 1).text();
            Optional<GazetteerEntry> longer = gazetteer.lookup(two).stream().findFirst();
            if (longer.isPresent()) {
                known = longer;
                end = k + 2;
            } else {
                return false;
            }
        }
        if (known.isEmpty() || known.get().type() != EntityType.PLACE) {
            return false;
        }
        // "Acme, Germany's biggest ...", "Acme, France and Italy": the place starts something else
        if (end < tokens.size() && !based && !Set.of(",", ".", ")", ";", "—", "–").contains(tokens.get(end).text())) {
            return false;
        }
        boolean region = known.get().kind() != PlaceKind.COUNTRY;
        boolean placed = a > 0 && Set.of("in", "at", "near", "from", "à", "en").contains(tokens.get(a - 1).text());
        return region || directed || based || placed;
    }

    /** "Guyancourt (Yvelines)", "Heide (Allemagne)": a place and its region in parentheses. */
    private boolean parenthesizedPlace(List<Token> tokens, int a, int b) {
        if (a >= 2 && tokens.get(a - 1).text().equals("(") && b < tokens.size() && tokens.get(b).text().equals(")")) {
            int k = a - 2;
            if (isKnownPlace(tokens.get(k).text())) {
                return true;
            }
            while (k > 0 && startsName(tokens.get(k - 1))) {
                k--;
            }
            return startsName(tokens.get(k)) && k > 0 && Set.of("à", "in", "at", "near").contains(tokens.get(k - 1).text());
        }
        if (b + 2 < tokens.size() && tokens.get(b).text().equals("(") && tokens.get(b + 2).text().equals(")")) {
            List<GazetteerEntry> hit = gazetteer.lookup(tokens.get(b + 1).text());
            return !hit.isEmpty() && hit.get(0).type() == EntityType.PLACE && hit.get(0).kind() != PlaceKind.CITY;
        }
        return false;
    }

    /**
     * "the maker of X", "éditeur des Aventuriers du Rail, de Dobble et de Pandemic": a product's maker
     * right before it, or before the list it ends.
     */
    private boolean productOf(List<Token> tokens, int a, int b) {
        // "will make X a subsidiary": the product's name closes the phrase or the list
        boolean closes = b >= tokens.size() || Set.of(",", ".", ";", ")", "and", "et", "or", "ou").contains(tokens.get(b).text())
                || productNounAfter(tokens, b, false);
        return closes && cueBeforeList("product-of", tokens, a);
    }

    /** Whether words of this role stand right before a name, or before the list it ends, past an adverb. */
    private boolean cueBeforeList(String role, List<Token> tokens, int a) {
        int k = a;
        while (k > 0) {
            if (k < a && tokens.get(k - 1).text().matches("\\p{Ll}+(ment|ly)") || tokens.get(k - 1).is("also") || tokens.get(k - 1).is("déjà")) {
                k--;
                if (k == 0) {
                    return false;
                }
            }
            for (int from = Math.max(0, k - 3); from < k; from++) {
                java.util.OptionalInt n = cues.matchAt(role, language, tokens, from);
                if (n.isPresent() && from + n.getAsInt() == k) {
                    return true;
                }
            }
            Token t = tokens.get(k - 1);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            boolean listWord = Set.of(",", "and", "et", "or", "ou", "de", "d'", "d’", "du", "des", "the").contains(w);
            if (!listWord && !startsName(t)) {
                return false;
            }
            k--;
        }
        return false;
    }

    /** "the X", "its X", "the company's X": a determiner or a possessive before the name. */
    private static boolean determined(List<Token> tokens, int a) {
        return a > 0 && (DETERMINERS.contains(tokens.get(a - 1).text().toLowerCase(Locale.ROOT))
                || tokens.get(a - 1).text().equals("'s") || tokens.get(a - 1).text().equals("’s"));
    }

    /** "X produit du ciment", "X lance une offre": a word that is also a verb, a determiner after it, is the verb. */
    private boolean verbWithItsObject(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && Morphology.of(language).parts(tokens.get(k).text()).contains(Morphology.Pos.VERB)
                && (OBJECT_OPENERS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)) || Character.isDigit(tokens.get(k + 1).text().charAt(0)));
    }

    /**
     * "the R1T pickup", "the X online whiteboard", "the Y sport utility vehicle"; after a determiner, nouns
     * too may qualify the head noun in English ("its Osprey delivery drone", "the Tern payroll software").
     */
    private boolean productNounAfter(List<Token> tokens, int b, boolean determined) {
        for (int k = b; k < tokens.size() && k <= b + 2; k++) {
            if ((cues.matchAt("product-noun", language, tokens, k).isPresent()
                    || tokens.get(k).isWord() && !tokens.get(k).isCapitalized() && productNounLemma(tokens.get(k).text()))
                    && !verbWithItsObject(tokens, k)) {
                return true;
            }
            String w = tokens.get(k).text();
            boolean lower = tokens.get(k).isWord() && !tokens.get(k).isCapitalized();
            // "the X autonomous forklift", "its X all-electric sedan": adjectives between the name and its noun
            boolean modifier = cues.is("product-modifier", language, w) || lower && w.contains("-")
                    || lower && Morphology.of(language).parts(w).contains(Morphology.Pos.ADJECTIVE)
                    || lower && determined && language == Language.EN && Morphology.of(language).parts(w).contains(Morphology.Pos.NOUN);
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** A plural or other form of a listed product noun, by its lemma: "capteurs", "turbines", "electrolysers". */
    private boolean productNounLemma(String word) {
        if (word.indexOf(' ') >= 0) {
            return false;
        }
        for (String lemma : Morphology.of(language).lemmas(word.toLowerCase(Locale.ROOT), Morphology.Pos.NOUN)) {
            if (cues.is("product-noun", language, lemma)) {
                return true;
            }
        }
        return false;
    }

    /** "l'indien Bharti Space", "au sud-africain Sanlam": French names a company by its country's adjective. */
    private boolean demonymNounBefore(List<Token> tokens, int a) {
        if (language != Language.FR || a < 2) {
            return false;
        }
        Token adjective = tokens.get(a - 1);
        String article = tokens.get(a - 2).text().toLowerCase(java.util.Locale.ROOT);
        return !adjective.isCapitalized() && gazetteer.demonym(adjective.text()).isPresent()
                && Set.of("le", "la", "l'", "l’", "les", "au", "aux", "du", "des").contains(article);
    }

    /** "its own rival app, Adobe XD.", "its holding company, Artémis": the noun the name restates. */
    private Optional<EntityType> appositionBefore(List<Token> tokens, int a, int b) {
        // "Its best-selling model, the Falco,": an article may stand between the comma and the name
        if (a >= 4 && Set.of("the", "le", "la", "l'", "l’").contains(tokens.get(a - 1).text().toLowerCase(Locale.ROOT))
                && tokens.get(a - 2).text().equals(",")) {
            return appositionBefore(tokens, a - 1, b);
        }
        if (a < 3 || !tokens.get(a - 1).text().equals(",")
                || b < tokens.size() && !Set.of(",", ".", ";", ")").contains(tokens.get(b).text())) {
            return Optional.empty();
        }
        for (int k = a - 2, n = 0; k > 0 && n < 4; k--, n++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return Optional.empty();
            }
            String before = tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT);
            // "De son côté, X", "Pour sa part, X": an idiom, no apposition
            boolean idiom = Set.of("côté", "part").contains(tokens.get(a - 2).text());
            // "a créé une filiale, X, dont": an indefinite unit is named by the apposition too
            boolean indefiniteUnit = Set.of("a", "an", "un", "une").contains(before) && k == a - 2 && cues.is("unit-noun", t.text());
            if (DETERMINERS.contains(before) && (!Set.of("a", "an", "un", "une").contains(before) || indefiniteUnit) && !idiom) {
                Optional<EntityType> type = roleOf(tokens.get(a - 2).text());
                if (type.isEmpty() && a - 3 >= k) {
                    type = roleOf(tokens.get(a - 3).text() + " " + tokens.get(a - 2).text());
                }
                return type;
            }
        }
        return Optional.empty();
    }

    /** "R1T", "A320neo", "Q6": letters and digits mixed, not a year or an amount. */
    private static boolean isModelCode(String w) {
        return w.matches("\\p{Lu}{1,3}\\d{1,4}\\p{L}{0,4}") && !w.matches("[A-Z]{2,}\\d{2,}");
    }

    /** A determiner or possessive within three words before, past adjectives and commas: "its smaller, cheaper R2". */
    private static boolean determinedBefore(List<Token> tokens, int a) {
        for (int k = a - 1; k >= 0 && k >= a - 4; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (t.isCapitalized() || !t.isWord() && !t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private boolean titleBefore(List<Token> tokens, int a) {
        for (int k = Math.max(0, a - 6); k < a; k++) {
            Optional<Titles.Match> m = titles.matchAt(tokens, k, language);
            if (m.isEmpty()) {
                continue;
            }
            int end = m.get().to();
            if (end == a) {
                return true;
            }
            // "premier ministre japonais X", "chief executive of Acme, X" is not this
            if (end == a - 1 && gazetteer.demonym(tokens.get(a - 1).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** ", the ...", ", Acme's ...": an apposition that surely describes the name before it. */
    private boolean determinedApposition(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || !tokens.get(b).text().equals(",")) {
            return false;
        }
        Token next = tokens.get(b + 1);
        boolean possessive = next.isCapitalized() && tokens.get(b + 2).text().matches("['’]s");
        return (DETERMINERS.contains(next.text().toLowerCase(java.util.Locale.ROOT)) || possessive) && apposition(tokens, b).isPresent();
    }

    /** The head noun of ", the/an/le ... NOUN" right after a name. */
    private Optional<EntityType> apposition(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || !tokens.get(b).text().equals(",")) {
            return Optional.empty();
        }
        int k = b + 1;
        if (k < tokens.size() && (PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))
                || Set.of("at", "à", "au", "aux", "near", "with", "from", "by", "par", "avec", "pour", "sur", "dans", "on", "who",
                        "qui", "which", "where", "où", "and", "et").contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.empty();
        }
        // the head noun opens the apposition, or follows a determiner or a possessor: ", an AI company",
        // ", Acme's unit", ", spécialiste de ..."; ", deviendra une filiale" is a verb, no apposition
        Token opening = tokens.get(k);
        boolean determined = DETERMINERS.contains(opening.text().toLowerCase(java.util.Locale.ROOT))
                || opening.isCapitalized() && k + 1 < tokens.size() && tokens.get(k + 1).text().matches("['’]s");
        int reach = determined ? 7 : 2;
        for (int n = 0; n < reach && k < tokens.size(); n++, k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (w.equals(",") || w.equals(".") || (INSTITUTION_LINKS.contains(w.toLowerCase(java.util.Locale.ROOT)) && n > 0)
                    || cues.is("verb-stop", language, w)) {
                return Optional.empty();
            }
            if (t.isCapitalized() && n > 0 && !t.isAllCaps()) {
                continue;
            }
            boolean possessed = k + 1 < tokens.size() && tokens.get(k + 1).text().matches("['’]s");
            if (possessed) {
                continue;
            }
            if (titles.matchAt(tokens, k, language).isPresent() && b <= 6 + k) {
                return Optional.of(EntityType.PERSON);
            }
            Optional<EntityType> type = roleOf(w);
            // "the perfume house": the last noun of a compound is its head
            while (type.isPresent() && k + 1 < tokens.size() && roleOf(tokens.get(k + 1).text()).isPresent()) {
                k++;
                type = roleOf(tokens.get(k).text());
            }
            // "the state climate agency": a noun of another role further in the English compound is its head
            for (int j = k + 1; type.isPresent() && language == Language.EN && j < tokens.size() && j <= k + 2; j++) {
                Token u = tokens.get(j);
                if (!u.isWord() || u.isCapitalized() || PREPOSITIONS.contains(u.text().toLowerCase(Locale.ROOT))
                        || Set.of("that", "which", "who", "whom", "whose", "where", "when", "and", "or", "but").contains(u.text())) {
                    break;
                }
                if (roleOf(u.text()).isPresent()) {
                    type = roleOf(u.text());
                    break;
                }
            }
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** The head noun in the lower-case words right before a name: "le fonds de capital-risque américain X". */
    private Optional<EntityType> headBefore(List<Token> tokens, int a) {
        for (int k = a - 1, n = 0; k >= 0 && n < 6; k--, n++) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.text().equals("-")) {
                return Optional.empty();
            }
            if (t.isCapitalized() && gazetteer.demonym(t.text()).isEmpty()) {
                return Optional.empty();
            }
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (PREPOSITIONS.contains(w) || STOP_PREPOSITIONS.contains(w)) {
                if (k == a - 1) {
                    // "la ville de X" names a place; "le robot d'X", "the maker of X": X only owns the noun
                    boolean place = k > 0 && INSTITUTION_LINKS.contains(w) && cues.is("place-noun", tokens.get(k - 1).text());
                    // "le gisement pétrolier de X": one adjective between the noun and "de"
                    place |= k > 2 && INSTITUTION_LINKS.contains(w) && tokens.get(k - 1).isWord() && !tokens.get(k - 1).isCapitalized()
                            && cues.is("place-noun", tokens.get(k - 2).text())
                            && DETERMINERS.contains(tokens.get(k - 3).text().toLowerCase(java.util.Locale.ROOT));
                    return place ? Optional.of(EntityType.PLACE) : Optional.empty();
                }
                // "le fonds de capital-risque américain X" goes on; "the maker of the X" stops
                if (!INSTITUTION_LINKS.contains(w) || DETERMINERS.contains(tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.empty();
                }
                continue;
            }
            // "the company also showed the X": a verb between the noun and the name ends the search
            java.util.Set<Morphology.Pos> parts = Morphology.of(language).parts(t.text());
            if (k < a - 1 && parts.contains(Morphology.Pos.VERB) && !parts.contains(Morphology.Pos.NOUN)
                    && !parts.contains(Morphology.Pos.ADJECTIVE)) {
                return Optional.empty();
            }
            boolean complement = k > 0 && PREPOSITIONS.contains(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT));
            // "le champ gazier X": a two-word head ("champ gazier", a place) before its last word ("gazier", a company)
            Optional<EntityType> type = k > 0 ? roleOf(tokens.get(k - 1).text() + " " + t.text()) : Optional.empty();
            if (type.isEmpty()) {
                type = roleOf(t.text());
            }
            if (type.isPresent() && !complement) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** "Boston and Basel", "Basel et Zurich": a name coordinated with a well-known place is a place. */
    private boolean coordinatedWithKnownPlace(List<Token> tokens, int a, int b) {
        boolean before = a >= 2 && (tokens.get(a - 1).is("and") || tokens.get(a - 1).is("et") || tokens.get(a - 1).is("or")
                || tokens.get(a - 1).is("ou")) && isKnownPlace(tokens.get(a - 2).text());
        boolean after = b + 1 < tokens.size() && (tokens.get(b).is("and") || tokens.get(b).is("et") || tokens.get(b).is("or")
                || tokens.get(b).is("ou")) && isKnownPlace(tokens.get(b + 1).text());
        return before || after;
    }

    private boolean isKnownPlace(String word) {
        List<GazetteerEntry> hit = gazetteer.lookup(word);
        return !hit.isEmpty() && hit.get(0).type() == EntityType.PLACE;
    }

    /** "two cables, named X and Y": the type of the noun before the naming word. */
    private Optional<EntityType> namedAfter(List<Token> tokens, int a) {
        int k = a - 1;
        while (k >= 0 && (startsName(tokens.get(k)) || tokens.get(k).is("and") || tokens.get(k).is("et") || tokens.get(k).text().equals(","))) {
            k--;
        }
        boolean naming = k >= 0 && cues.is("naming", tokens.get(k).text());
        if (!naming && k >= 1 && cues.is("naming", tokens.get(k - 1).text() + " " + tokens.get(k).text())) {
            naming = true;
            k--;
        }
        if (!naming) {
            return Optional.empty();
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            Optional<EntityType> type = cues.is("list-noun", tokens.get(j).text()) ? Optional.of(EntityType.ORGANIZATION)
                    : roleOf(tokens.get(j).text());
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /**
     * '"It works," said Han Soo-bin', '« Ça marche », a déclaré Jean Morel', '"It works," Han Soo-bin said': a name
     * between a quotation's closing mark and a verb of speech is the speaker's.
     */
    private boolean speakerOfAQuote(List<Token> tokens, int a, int b) {
        for (int k = Math.max(0, a - 3); k < a; k++) {
            Optional<SpeechCues.Verb> v = SpeechCues.bundled().verbAt(tokens, k).filter(x -> x.kind() == SpeechCues.Kind.VERB);
            if (v.isPresent() && v.get().to() == a && closesQuotation(tokens, k - 1)) {
                return true;
            }
        }
        return b < tokens.size() && SpeechCues.bundled().verbAt(tokens, b).filter(x -> x.kind() == SpeechCues.Kind.VERB).isPresent()
                && closesQuotation(tokens, a - 1);
    }

    /** Whether token {@code k} is a closing quotation mark, or a comma right after one. */
    private static boolean closesQuotation(List<Token> tokens, int k) {
        if (k >= 1 && tokens.get(k).text().equals(",")) {
            k--;
        }
        return k >= 0 && Set.of("\"", "”", "»").contains(tokens.get(k).text());
    }

    /** "US$", "C$", "HK$": a token of capitals glued to a currency sign. */
    private static boolean currencyPrefix(List<Token> tokens, int k) {
        return k >= 0 && k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                && CURRENCY_SIGNS.stream().anyMatch(tokens.get(k + 1).text()::startsWith) && tokens.get(k).text().length() <= 3;
    }

    /** "près de X", "near X", "a distribution centre in X", "son magasin à X". */
    private boolean placeBefore(List<Token> tokens, int a) {
        for (int k = Math.max(0, a - 4); k < a; k++) {
            java.util.OptionalInt n = cues.matchAt("place-before", tokens, k);
            if (n.isPresent() && k + n.getAsInt() == a) {
                return true;
            }
        }
        return a >= 2 && LOCATING_PREPOSITIONS.contains(tokens.get(a - 1).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(a - 2).isCapitalized() && cues.is("located-noun", language, tokens.get(a - 2).text());
    }

    /** "le ministre de l'Industrie, du Commerce et de l'Énergie, X": a title a few words back, then a comma. */
    private boolean titleEarlier(List<Token> tokens, int a) {
        if (a == 0 || !tokens.get(a - 1).text().equals(",")) {
            return false;
        }
        for (int k = a - 2; k >= Math.max(0, a - 14); k--) {
            String w = tokens.get(k).text();
            if (w.equals(".") || w.equals(";") || w.equals("«") || w.equals("»")) {
                return false;
            }
            if (titles.matchAt(tokens, k, language).isPresent() && !tokens.get(k).isCapitalized()) {
                return k == 0 || !tokens.get(k - 1).text().equals(",");
            }
        }
        return false;
    }

    /** "le ministre de l'Industrie", "Minister of Finance": a minister's portfolio, not an organization. */
    private boolean portfolio(List<Token> tokens, int a) {
        int k = a - 1;
        if (k >= 0 && ARTICLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        if (k < 1 || !INSTITUTION_LINKS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return cues.is("portfolio-holder", tokens.get(k - 1).text());
    }

    /** "le sommet X", "the X summit": the name of an event or a plan, not of an entity. */
    /**
     * "un « partenariat pour une transition juste » (PTJ)", "la loi sur l'énergie propre (LEP)": an
     * acronym in parentheses after a lower-case description of a plan, a law or an event names no entity.
     */
    private boolean describedEvent(List<Token> tokens, int a, int b) {
        if (b - a != 1 || !tokens.get(a).isAllCaps() || a < 2 || !tokens.get(a - 1).text().equals("(")
                || b >= tokens.size() || !tokens.get(b).text().equals(")")) {
            return false;
        }
        for (int k = a - 2; k >= 0 && a - k <= 9; k--) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && t.isWord() && !cues.is("stop", t.text())) {
                return false;
            }
            if (cues.is("event-noun", t.text())) {
                return true;
            }
        }
        return false;
    }

    /** "NOK 1.1 billion", "the FTSE 250 index", "le SBF 120": a currency's code or a market index before its number. */
    private boolean codeBeforeANumber(List<Token> tokens, int a, int b) {
        if (b >= tokens.size() || !Character.isDigit(tokens.get(b).text().charAt(0))) {
            return false;
        }
        String name = tokens.subList(a, b).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
        return b - a == 1 && ISO_CURRENCIES.contains(name) || cues.is("index-name", name);
    }

    /** "the state of Washington", "New York state", "la province de Québec": the name is a region's. */
    private static boolean calledAState(List<Token> tokens, int a, int b) {
        boolean before = a >= 2 && STATE_WORDS.contains(tokens.get(a - 2).text().toLowerCase(Locale.ROOT))
                && (tokens.get(a - 1).is("of") || tokens.get(a - 1).is("de"));
        boolean after = b < tokens.size() && (tokens.get(b).is("state") || tokens.get(b).is("State"));
        return before || after;
    }

    /** The region among a name's readings, or the region that "X State" names, or else its first reading. */
    private GazetteerEntry stateOf(String surface, List<GazetteerEntry> known) {
        return known.stream().filter(e -> e.kind() == PlaceKind.REGION).findFirst()
                .or(() -> gazetteer.lookup(surface + " State").stream().filter(e -> e.kind() == PlaceKind.REGION).findFirst())
                .orElse(known.get(0));
    }

    /**
     * "the Green Manufacturing Program", "the Spring Summit", "le Salon Eurobike", "le Plan Climat": a name
     * headed by the word for an event, a plan, an award or an index (its last word in English, its first in
     * French) names no organization, place or product of its own.
     */
    private boolean namesAnEvent(List<Token> tokens, int a, int b) {
        if (language == Language.EN && eventNameGoesOn(tokens, b)) {
            return true;
        }
        if (b - a < 2) {
            return false;
        }
        Token head = language == Language.FR ? tokens.get(a) : tokens.get(b - 1);
        return head.isCapitalized() && cues.is("event-head", language, head.text());
    }

    /** "(SIX: CRVN)", "(NYSE: ACME)": a ticker after an exchange's code names no entity of its own. */
    private static boolean ticker(List<Token> tokens, int a, int b) {
        return b - a == 1 && a >= 3 && tokens.get(a - 1).text().equals(":") && tokens.get(a - 2).isCapitalized()
                && tokens.get(a - 3).text().equals("(") && b < tokens.size() && tokens.get(b).text().equals(")");
    }

    /**
     * "the Company", "the Group", "la Société": a press release's capitalized common noun for the company it
     * is about is a defined term, not a name.
     */
    private boolean definedTerm(List<Token> tokens, int a, int b) {
        if (b - a != 1 || a == 0 || !Set.of("the", "la", "le", "l'", "l’").contains(tokens.get(a - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String w = tokens.get(a).text();
        return cues.is("defined-term", w) && gazetteer.lookup(w).isEmpty();
    }

    /** "the Board", "its Board of Directors", "le Conseil de surveillance": a company's board is no organization of its own. */
    private boolean namesABoard(List<Token> tokens, int a, int b) {
        java.util.OptionalInt board = CueLexicon.facts().matchAt("board-noun", tokens, a);
        return board.isPresent() && board.getAsInt() == b - a;
    }

    /** "Future" in "the Future of Work Forum": the name goes on after "of" to an event's head. */
    private boolean eventNameGoesOn(List<Token> tokens, int b) {
        if (b >= tokens.size() || !EVENT_NAME_LINKS.contains(tokens.get(b).text())) {
            return false;
        }
        int k = b;
        while (k < tokens.size() && k - b < 8 && (EVENT_NAME_LINKS.contains(tokens.get(k).text()) || tokens.get(k).isCapitalized())) {
            k++;
        }
        Token last = tokens.get(k - 1);
        return last.isCapitalized() && cues.is("event-head", Language.EN, last.text());
    }

    private boolean eventBefore(List<Token> tokens, int a) {
        return a > 0 && cues.is("event-noun", tokens.get(a - 1).text());
    }

    private Optional<EntityType> roleOf(String word) {
        if (cues.is("org-noun", word) || cues.is("unit-noun", word)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (cues.is("product-noun", word)) {
            return Optional.of(EntityType.PRODUCT);
        }
        if (cues.is("place-noun", word)) {
            return Optional.of(EntityType.PLACE);
        }
        if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && productNounLemma(word)) {
            // "ses capteurs X", "les turbines X": a listed product noun in another form
            return Optional.of(EntityType.PRODUCT);
        }
        return Optional.empty();
    }
}
