package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.extract.name.Titles;
import org.newsgraph.extract.name.Titles.Scope;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

/**
 * Reads people's roles from titles ({@code lexicon/titles.tsv}) next to a person's name, in every
 * order the press uses: after the name ("X, président de Y", "X, Y's chief executive"), before it
 * ("Japanese Prime Minister X", "Y chief executive X", "son président X", "le patron d'Y, X"), or
 * with a copula ("Y's chairman is X"), and from verbs ({@link RoleVerbReader}: "X, who runs Y", "Y is
 * chaired by X"). A role is kept only with the organization or place it is in: one without is of no
 * use to a query. Where the text leaves it implicit, a minister's post is in the article's country
 * (a portfolio is no place: "le ministre de l'Économie, X"), a head of state's in his own where the
 * gazetteer knows it, a governor's or mayor's in the region or city the article leads with, and a
 * bare post in an organization ("Le PDG, X, a salué") in the organization the article leads with.
 * Countries named only by a demonym are added to the entities.
 *
 * <pre>{@code Positions p = new PositionExtractor().extract(doc, entities);}</pre>
 */
public final class PositionExtractor {

    /** The name, the title and the organization in one apposition or copula: "X, président de Y". */
    public static final double APPOSITION = 0.9;
    /** The organization or country qualifies the title right before the name: "Y chief executive X". */
    public static final double QUALIFIED = 0.85;
    /** A possessive points back to an organization named before: "son président X". */
    public static final double POSSESSIVE = 0.7;
    /** A bare title, placed in the one organization of the sentence: "chief executive X said". */
    public static final double SENTENCE_ORGANIZATION = 0.6;
    /** A bare title in a sentence that names no organization, placed in the organization the article is about. */
    public static final double MAIN_ORGANIZATION = 0.5;
    /** A bare public office, placed in the country that the article is mostly about. */
    public static final double ARTICLE_COUNTRY = 0.55;

    /** How far before a name a title may start ("le ministre malaisien de l'Investissement, du Commerce et de l'Industrie, X"). */
    private static final int TITLE_REACH = 16;
    private static final Set<String> PREPOSITIONS = Set.of("de", "d'", "d’", "du", "des", "of", "at", "chez", "for", "à", "au");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "l’", "les", "the", "a", "an", "un", "une");
    private static final Set<String> COORDINATION = Set.of("et", "and", "&");
    private static final Set<String> COPULAS = Set.of("is", "was", "est", "était", "becomes", "became", "devient", "remains", "reste");
    private static final Set<String> NAMING = Set.of("named", "appointed", "elected", "nommé", "nommée", "élu", "élue", "désigné", "désignée");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");
    /** Adverbs around a verb of becoming: "who is now", "qui est désormais". */
    private static final Set<String> NOW = Set.of("now", "also", "currently", "désormais", "aujourd'hui", "aujourd’hui", "également",
            "actuellement");
    /** Auxiliaries before a naming verb or a verb of becoming: "has been appointed", "will become", "sera nommé". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "be", "been", "sera", "a", "été", "va", "devrait");
    /** A noun for a person holding the same post as the one named before: "son homologue sénégalais". */
    private static final Set<String> COUNTERPARTS = Set.of("homologue", "homologues", "counterpart", "counterparts");
    /** The last word of a short time phrase between a naming verb and the title: "nommée l'an dernier présidente". */
    private static final Set<String> TIME_WORDS = Set.of("dernier", "dernière", "passé", "passée", "year", "month", "week", "année", "mois",
            "semaine", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi");
    /** A common noun for a region or a city before its name: "le président de la région X", "the governor of the state of X". */
    private static final Set<String> PLACE_NOUNS = Set.of("région", "province", "ville", "département", "canton", "land", "commune",
            "métropole", "state", "region", "city", "county", "prefecture", "préfecture");
    /** Words around a portfolio that name no place: "le ministre fédéral de l'Économie", "chargée de la concurrence". */
    private static final Set<String> PORTFOLIO_LINKS = Set.of("fédéral", "fédérale", "federal", "chargé", "chargée", "in", "charge",
            "délégué", "déléguée");
    /** "a déclaré à Reuters", "a indiqué au Monde": the outlet spoken to. */
    private static final Set<String> TOLD_FR = Set.of("déclaré", "indiqué", "confié", "précisé", "expliqué", "affirmé", "assuré", "dit");

    private final Gazetteer gazetteer;
    private final Titles titles;
    private final CueLexicon cues;

    public PositionExtractor() {
        this(Gazetteer.bundled());
    }

    public PositionExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = Titles.bundled();
        this.cues = CueLexicon.facts();
    }

    public Positions extract(Document doc, ArticleEntities entities) {
        return extract(doc, entities, Optional.empty());
    }

    /**
     * The positions, where the Wikidata id of the country the story was filed from (its dateline's) is a
     * strong vote for the country of an office the text does not place: "le ministre de l'Industrie" in a
     * story from Nantes is France's, however often a foreign company's demonym is written.
     */
    public Positions extract(Document doc, ArticleEntities entities, Optional<String> datelineCountry) {
        List<SentenceView> views = SentenceView.body(doc, entities);
        Reading reading = new Reading(doc, entities, views, datelineCountry);
        Map<String, Position> found = new LinkedHashMap<>();
        RoleVerbReader verbs = new RoleVerbReader(views, reading.antecedents, doc.language());
        Optional<String> lastTitle = Optional.empty();
        for (int n = 0; n < views.size(); n++) {
            int s = n;
            SentenceView v = views.get(s);
            Optional<Found> shared = Optional.empty();
            Placed previous = null;
            for (Placed p : v.entitiesIn(0, v.size())) {
                if (p.type() != EntityType.PERSON) {
                    continue;
                }
                // "Acme president X will join Globex's board": a seat on a board is a second position
                Optional<Found> board = reading.board(s, v.endOf(p));
                Optional<Found> after = reading.after(s, v.endOf(p));
                Optional<Found> before = reading.before(s, v.startOf(p));
                Optional<Found> role = after.or(() -> before).or(() -> board);
                Optional<Found> first = role;
                // "Le nouveau directeur général d'Acme, X, ancien patron de Globex": a title written out on each side of the name
                before.filter(bf -> after.isPresent() && bf.confidence() >= QUALIFIED && after.get().confidence() >= QUALIFIED
                        && !bf.in().equals(after.get().in()) && !bf.office()).ifPresent(bf -> {
                    Position pos = new Position(p.entityId(), bf.title(), Optional.of(bf.in()), v.span(), bf.confidence());
                    found.merge(p.entityId() + "\t" + bf.in(), pos, (x, y) -> x.confidence() >= y.confidence() ? x : y);
                });
                board.filter(bd -> first.isPresent() && !bd.in().equals(first.get().in())).ifPresent(bd -> {
                    Position pos = new Position(p.entityId(), bd.title(), Optional.of(bd.in()), v.span(), bd.confidence());
                    found.merge(p.entityId() + "\t" + bd.in(), pos, (x, y) -> x.confidence() >= y.confidence() ? x : y);
                });
                // "ses cofondateurs, Jean Martin et Paul Durand": a plural title before the first name covers the names joined to it
                if (role.isEmpty() && previous != null && reading.joined(v, v.endOf(previous), v.startOf(p))) {
                    role = shared;
                }
                // "President X" in an article about another country: the holder's own country, where known
                role = role.flatMap(r -> r.office() ? reading.holderCountry(p.entityId()).map(r::in).or(() -> Optional.of(r)) : Optional.of(r))
                        .filter(r -> !r.in().isEmpty());
                // "son homologue sénégalais, X", "her counterpart at Globex, X": the title of the last holder read, in another place
                if (role.isEmpty() && lastTitle.isPresent()) {
                    String title = lastTitle.get();
                    role = reading.counterpart(s, v.startOf(p)).map(w -> new Found(title, w.in(), w.confidence()));
                }
                shared = role.filter(Found::plural);
                previous = p;
                if (role.isPresent()) {
                    lastTitle = Optional.of(role.get().title());
                }
                role.ifPresent(r -> {
                    Position pos = new Position(p.entityId(), r.title(), Optional.of(r.in()), v.span(), r.confidence());
                    found.merge(p.entityId() + "\t" + r.in(), pos, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                });
            }
            // "X, who runs Y", "Y is chaired by X": a verb rather than a title
            for (RoleVerbReader.Role r : verbs.read(s)) {
                Position pos = new Position(r.person(), r.title(), Optional.of(r.in()), v.span(), r.confidence());
                found.merge(r.person() + "\t" + r.in(), pos, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        return new Positions(List.copyOf(found.values()), reading.entities);
    }

    /** A title and where it is held; a plural title ("its co-founders X and Y") holds for each name joined to the first. */
    private record Found(String title, String in, double confidence, boolean plural, boolean office) {

        Found(String title, String in, double confidence) {
            this(title, in, confidence, false, false);
        }

        Found(String title, String in, double confidence, boolean plural) {
            this(title, in, confidence, plural, false);
        }

        /** A bare public office, whose country is the article's, if any, unless the holder's own is known. */
        static Found office(String title, Optional<String> country) {
            return new Found(title, country.orElse(""), ARTICLE_COUNTRY, false, true);
        }

        Found sharedByNames(boolean plural) {
            return new Found(title, in, confidence, plural, office);
        }

        Found in(String place) {
            return new Found(title, place, confidence, plural, office);
        }
    }

    /** Where a title is held, before the title's text is known. */
    private record Where(String in, double confidence) {
    }

    /** A title matched at tokens {@code [from, to)}, coordinated titles included; a plural is given as its singular. */
    private record TitleAt(int from, int to, String title, Scope scope, boolean plural) {
    }

    /** One article being read: its entities grow when a demonym names a country the text does not. */
    private final class Reading {

        private final Document doc;
        private final List<SentenceView> views;
        private final Antecedents antecedents;
        private ArticleEntities entities;
        private Optional<Optional<String>> articleCountry = Optional.empty();
        private Optional<Optional<String>> leadingOrganization = Optional.empty();
        private final Optional<String> datelineCountry;

        Reading(Document doc, ArticleEntities entities, List<SentenceView> views, Optional<String> datelineCountry) {
            this.doc = doc;
            this.datelineCountry = datelineCountry;
            this.entities = entities;
            this.views = views;
            this.antecedents = new Antecedents(views);
        }

        /** "X, président de Y", "X, Y's chief executive", "X is the chief executive of Y". */
        Optional<Found> after(int s, int end) {
            SentenceView v = views.get(s);
            // "X has been appointed chief executive of Y", "X will become chairman of Y"
            int aux = end;
            while (AUXILIARIES.contains(v.word(aux)) && aux < end + 2) {
                aux++;
            }
            int becoming = aux > end ? RoleVerbReader.becomingAt(v, aux, doc.language()) : 0;
            boolean verbal = aux > end && (NAMING.contains(v.word(aux)) || becoming > 0);
            if (!verbal && (end >= v.size() || !(v.word(end).equals(",") || COPULAS.contains(v.word(end))))) {
                return Optional.empty();
            }
            int b = verbal ? aux - 1 + becoming : ageAfter(v, end);
            int i = b + 1;
            // "X, who became Y's chief executive in January", "X, qui est devenu président de Y"
            if (v.word(b).equals(",") && Set.of("who", "qui").contains(v.word(i))) {
                int j = i + 1;
                while (NOW.contains(v.word(j))) {
                    j++;
                }
                int n = RoleVerbReader.becomingAt(v, j, doc.language());
                if (n == 0) {
                    return Optional.empty();
                }
                i = j + n;
                while (NOW.contains(v.word(i))) {
                    i++;
                }
            }
            boolean named = false;
            while (i < v.size() && (NAMING.contains(v.word(i)) || v.word(i).equals("a") && v.word(i + 1).equals("été")
                    || v.word(i).equals("été") && v.word(i - 1).equals("a"))) {
                named |= NAMING.contains(v.word(i));
                i++;
            }
            // "X, a été nommée l'an dernier présidente de Y", "X was named last year chief executive of Y": a short time phrase
            if (named) {
                int k = i;
                while (k < v.size() && k < i + 3 && v.entityAt(k).isEmpty() && v.token(k).isWord() && titles.matchAt(v.tokens(), k).isEmpty()) {
                    k++;
                }
                if (k > i && k < v.size() && titles.matchAt(v.tokens(), k).isPresent() && TIME_WORDS.contains(v.word(k - 1))) {
                    i = k;
                }
            }
            // "X, actuellement directrice financière de Y", "X, currently finance chief at Y"
            while (i < v.size() && v.word(i - 1).equals(",") && NOW.contains(v.word(i))) {
                i++;
            }
            i = skipDeterminers(v, i);
            if (i >= v.size()) {
                return Optional.empty();
            }
            // "X, Y's chief executive", "X, the company's chief executive"
            Optional<Placed> owner = v.entityAt(i).filter(p -> isHolder(p.type()));
            int afterOwner = owner.map(v::endOf).orElse(i + 1);
            // "X, Globex chief executive, said", "X, the Globex chief executive": the name before the title, with no "'s"
            if (owner.isPresent() && v.startOf(owner.get()) == i && !possessiveMark(v, afterOwner)) {
                Optional<TitleAt> t = titleAt(v, skipModifiers(v, afterOwner), false);
                if (t.isPresent() && complement(s, t.get().to()).isEmpty()) {
                    return Optional.of(new Found(t.get().title(), owner.get().entityId(), APPOSITION));
                }
            }
            if (possessiveMark(v, afterOwner)) {
                Optional<TitleAt> t = titleAt(v, skipModifiers(v, afterOwner + 1), true);
                if (t.isPresent() && owner.isPresent()) {
                    return Optional.of(new Found(t.get().title(), owner.get().entityId(), APPOSITION));
                }
                if (t.isPresent() && CueLexicon.names().is("org-noun", v.word(i))) {
                    return antecedents.organizationBefore(s, b).map(o -> new Found(t.get().title(), o, POSSESSIVE));
                }
                return Optional.empty();
            }
            // "X, son président"
            if (cues.is("possessive", v.word(i))) {
                int at = i;
                Optional<TitleAt> t = titleAt(v, skipModifiers(v, i + 1), false);
                return t.flatMap(tt -> antecedents.organizationBefore(s, at).map(o -> new Found(tt.title(), o, POSSESSIVE)));
            }
            // "X, Japanese prime minister"
            Optional<GazetteerEntry> demonymFirst = demonym(v, i);
            int at = demonymFirst.isPresent() ? i + 1 : i;
            Optional<TitleAt> t = titleAt(v, at, false);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            if (demonymFirst.isPresent()) {
                return Optional.of(new Found(t.get().title(), country(demonymFirst.get(), v.token(i).span()), APPOSITION));
            }
            boolean appointed = named;
            return complement(s, t.get().to()).map(w -> new Found(t.get().title(), w.in(), w.confidence()))
                    .or(() -> appointed ? whoseHolder(v, end).map(o -> new Found(t.get().title(), o, APPOSITION)) : Optional.empty())
                    .or(() -> bare(s, t.get(), b, true));
        }

        /** "une filiale, Acme France, dont X a été nommée directrice générale": the organization "dont" refers to. */
        private Optional<String> whoseHolder(SentenceView v, int end) {
            Optional<Placed> person = end > 0 ? v.entityAt(end - 1) : Optional.empty();
            if (person.isEmpty()) {
                return Optional.empty();
            }
            int start = v.startOf(person.get());
            if (start < 3 || !Set.of("dont", "whose").contains(v.word(start - 1)) || !v.word(start - 2).equals(",")) {
                return Optional.empty();
            }
            return v.entityAt(start - 3).filter(p -> p.type() == EntityType.ORGANIZATION && v.endOf(p) == start - 2)
                    .map(Placed::entityId);
        }

        /** "Japanese Prime Minister X", "Y chief executive X", "son président X", "le patron d'Y, X", "Y's chairman is X". */
        Optional<Found> before(int s, int a) {
            SentenceView v = views.get(s);
            TitleAt best = null;
            Where bestWhere = null;
            boolean bestGap = false;
            for (int k = Math.max(0, a - TITLE_REACH); k < a; k++) {
                Optional<TitleAt> t = titleAt(v, k, false);
                if (t.isEmpty() || t.get().to() > a) {
                    continue;
                }
                Optional<Optional<Where>> gap = gap(s, t.get(), a);
                if (gap.isPresent()) {
                    best = t.get();
                    bestWhere = gap.get().orElse(null);
                    bestGap = true;
                }
                k = t.get().to() - 1;
            }
            if (!bestGap) {
                return Optional.empty();
            }
            TitleAt t = best;
            // "Globex's head of Asia, X": for a post in an organization, a place after the title is its remit, the owner before it holds it
            if (bestWhere != null && t.scope() == Scope.ORG && entities.entity(bestWhere.in()).map(e -> e.type() == EntityType.PLACE).orElse(false)) {
                Optional<Where> owner = qualifier(s, t).filter(w -> entities.entity(w.in()).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false));
                if (owner.isPresent()) {
                    bestWhere = owner.get();
                }
            }
            Optional<Where> where = Optional.ofNullable(bestWhere).or(() -> qualifier(s, t));
            if (where.isPresent()) {
                return Optional.of(new Found(t.title(), where.get().in(), where.get().confidence(), t.plural()));
            }
            // "Governor Ann Lee of Texas", "Mayor X of Springfield": the place written after the name
            Optional<Placed> named = v.entityAt(a);
            if (t.to() == a && named.isPresent() && Set.of("of", "de", "du").contains(v.word(v.endOf(named.get())))) {
                int at = v.endOf(named.get()) + 1;
                Optional<Placed> of = v.entityAt(at).filter(e -> isHolder(e.type()) && v.startOf(e) == at && !possessiveMark(v, v.endOf(e)));
                if (of.isPresent()) {
                    return Optional.of(new Found(t.title(), of.get().entityId(), QUALIFIED, t.plural()));
                }
            }
            // "Ses cofondateurs, X et Y" after a sentence about a person: not the organization the sentence happens to name
            if (bestWhere == null && possessiveBefore(v, t)) {
                return leadingOrganization().map(o -> new Found(t.title(), o, MAIN_ORGANIZATION, t.plural()));
            }
            return bare(s, t, t.from(), false).map(f -> f.sharedByNames(t.plural()));
        }

        /**
         * Where a counterpart named at token {@code a} holds the post: "son homologue sénégalais, X", "Son homologue
         * d'Acme, X", "his Japanese counterpart X", "her counterpart at Globex, X". Nothing without a country or an organization.
         */
        Optional<Where> counterpart(int s, int a) {
            SentenceView v = views.get(s);
            int end = v.word(a - 1).equals(",") ? a - 1 : a;
            for (int k = Math.max(0, end - 5); k < end; k++) {
                if (!COUNTERPARTS.contains(v.word(k))) {
                    continue;
                }
                // "his Japanese counterpart X"
                Optional<GazetteerEntry> dem = demonym(v, k - 1);
                if (dem.isPresent() && k + 1 == end) {
                    return Optional.of(new Where(country(dem.get(), v.token(k - 1).span()), POSSESSIVE));
                }
                // "son homologue sénégalais, X"
                dem = demonym(v, k + 1);
                if (dem.isPresent() && k + 2 == end) {
                    return Optional.of(new Where(country(dem.get(), v.token(k + 1).span()), POSSESSIVE));
                }
                // "son homologue d'Acme, X", "her counterpart at Globex, X"
                Optional<WhereEnd> in = complement(s, k + 1);
                if (in.isPresent() && in.get().end() == end) {
                    return Optional.of(new Where(in.get().in(), POSSESSIVE));
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * The organization a capitalized word not read as a name stands for, when it is the first word of the
         * name of an organization of the article: "Acme's founder" in a story about Acme Bio.
         */
        private Optional<String> shortName(SentenceView v, int k) {
            if (k < 0 || !v.token(k).isCapitalized() || v.entityAt(k).isPresent()) {
                return Optional.empty();
            }
            String word = v.word(k);
            List<Entity> matches = entities.entities().stream()
                    .filter(e -> e.type() == EntityType.ORGANIZATION && e.label().contains(" ")
                            && e.label().substring(0, e.label().indexOf(' ')).toLowerCase(Locale.ROOT).equals(word))
                    .sorted((x, y) -> y.mentions().size() - x.mentions().size()).toList();
            // the most named of them, if it is named more than the next: "Acme Bio" before its unit "Acme Research Poland"
            boolean leads = matches.size() == 1 || matches.size() > 1 && matches.get(0).mentions().size() > matches.get(1).mentions().size();
            return leads ? Optional.of(matches.get(0).id()) : Optional.empty();
        }

        /** Whether tokens {@code [from, to)} are "du groupe", "of the company", "du constructeur suédois": a common noun for an organization. */
        private boolean commonNounOwner(SentenceView v, int from, int to) {
            if (from >= to || !PREPOSITIONS.contains(v.word(from)) || !v.entitiesIn(from, to).isEmpty()) {
                return false;
            }
            int k = from + 1;
            while (k < to && ARTICLES.contains(v.word(k))) {
                k++;
            }
            if (k >= to || !CueLexicon.names().is("org-noun", v.word(k))) {
                return false;
            }
            for (int j = k + 1; j < to; j++) {
                if (!v.token(j).isWord() || v.token(j).isCapitalized() || j - k > 2) {
                    return false;
                }
            }
            return true;
        }

        /** The comma that closes an age after a name ("X, 54, chief executive", "X, 74 ans, PDG"), else {@code end}. */
        private int ageAfter(SentenceView v, int end) {
            if (!v.word(end).equals(",") || end + 2 >= v.size() || !Character.isDigit(v.word(end + 1).charAt(0))) {
                return end;
            }
            int k = end + 2;
            if (Set.of("ans", "years").contains(v.word(k))) {
                k++;
                if (v.word(k).equals("old")) {
                    k++;
                }
            }
            return v.word(k).equals(",") ? k : end;
        }

        /** Whether only "et", "and" or a comma stands between two names: "Jean Martin et Paul Durand". */
        boolean joined(SentenceView v, int end, int start) {
            return start - end == 1 && (COORDINATION.contains(v.word(end)) || v.word(end).equals(","));
        }

        /** "X will join Y's board", "X sits on the board of Y", "X rejoint le conseil d'administration d'Y". */
        Optional<Found> board(int s, int b) {
            SentenceView v = views.get(s);
            int from = pastApposition(v, b);
            for (int k = from; k < Math.min(v.size(), from + 4); k++) {
                if (v.entityAt(k).isPresent() || v.word(k).equals(",") && k > from) {
                    return Optional.empty();
                }
                OptionalInt verb = cues.matchAt("board-verb", v.tokens(), k);
                if (verb.isEmpty()) {
                    continue;
                }
                int i = skipDeterminers(v, k + verb.getAsInt());
                String title = doc.language() == Language.FR ? "administrateur" : "board member";
                // "Y's board"
                Optional<Placed> owner = i < v.size() ? v.entityAt(i).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
                if (owner.isPresent()) {
                    // "Y's board", "the Y board"
                    int e = v.endOf(owner.get());
                    int n = possessiveMark(v, e) ? e + 1 : e;
                    if (n < v.size() && cues.matchAt("board-noun", v.tokens(), n).isPresent()) {
                        return Optional.of(new Found(title, owner.get().entityId(), APPOSITION));
                    }
                    return Optional.empty();
                }
                // "the biotech's board": the company told of before
                if (i + 2 < v.size() && CueLexicon.names().is("org-noun", v.word(i)) && possessiveMark(v, i + 1)
                        && cues.matchAt("board-noun", v.tokens(), i + 2).isPresent()) {
                    return antecedents.organizationBefore(s, i).map(o -> new Found(title, o, POSSESSIVE));
                }
                OptionalInt noun = i < v.size() ? cues.matchAt("board-noun", v.tokens(), i) : OptionalInt.empty();
                if (noun.isEmpty()) {
                    return Optional.empty();
                }
                int j = i + noun.getAsInt();
                if (j < v.size() && PREPOSITIONS.contains(v.word(j))) {
                    int at = skipDeterminers(v, j + 1);
                    // "du groupe Acme"
                    while (at < v.size() && v.entityAt(at).isEmpty() && CueLexicon.names().is("org-noun", v.word(at))) {
                        at++;
                    }
                    Optional<Placed> of = at < v.size() ? v.entityAt(at).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
                    return of.map(p -> new Found(title, p.entityId(), APPOSITION));
                }
                // "X joined the board": the company the sentence or the context is about
                return antecedents.organizationBefore(s, i).map(o -> new Found(title, o, POSSESSIVE));
            }
            return Optional.empty();
        }

        /**
         * The token past an apposition after a name that ends at {@code b}, where the clause goes on: "X, a partner at Z, will
         * join", "X, a partner at Z who joins"; {@code b} itself when no apposition follows.
         */
        private static int pastApposition(SentenceView v, int b) {
            if (b >= v.size() || !v.word(b).equals(",")) {
                return b;
            }
            for (int k = b + 1; k < Math.min(v.size(), b + 13); k++) {
                if (v.entityAt(k).filter(p -> p.type() == EntityType.PERSON).isPresent() || v.word(k).equals(";")) {
                    return b;
                }
                if (v.word(k).equals(",") || Set.of("who", "qui").contains(v.word(k))) {
                    return k + 1;
                }
            }
            return b;
        }

        /**
         * What lies between a title and the name after it. Empty when it breaks the link; an empty
         * place when the words are allowed but name no place ("chief executive X").
         */
        private Optional<Optional<Where>> gap(int s, TitleAt t, int a) {
            SentenceView v = views.get(s);
            int i = t.to();
            if (i == a) {
                return Optional.of(Optional.empty());
            }
            // "Ses cofondateurs, X et Y", "le président de la République, X": the title apposed to the name
            if (a - i == 1 && (COPULAS.contains(v.word(i)) || v.word(i).equals(","))) {
                return Optional.of(Optional.empty());
            }
            // "Y's chairman is Sheikh X"
            int h = a;
            while (h > i && CueLexicon.names().is("honorific", v.token(h - 1).text())) {
                h--;
            }
            // "Acme's founder, Dr X": the honorific may follow the apposition's comma
            if (h < a && (h == i || h - i == 1 && (COPULAS.contains(v.word(i)) || v.word(i).equals(",")))) {
                return Optional.of(Optional.empty());
            }
            String last = v.word(a - 1);
            // "le premier ministre japonais X"
            Optional<GazetteerEntry> dem = demonym(v, i);
            if (dem.isPresent() && (a - i == 1 || (last.equals(",") && portfolio(v, i + 1, a - 1)))) {
                return Optional.of(Optional.of(new Where(country(dem.get(), v.token(i).span()), QUALIFIED)));
            }
            // "Cabinet Secretary for Trade X", "Minister for Enterprise, Tourism and Employment X": a portfolio between title and name
            if (t.scope() != Scope.ORG && !last.equals(",") && ministerial(v, i, a)) {
                return Optional.of(Optional.empty());
            }
            if (!(last.equals(",") || COPULAS.contains(last))) {
                return Optional.empty();
            }
            // "le patron d'Acme, X", "the chief executive of Acme, X"
            Optional<WhereEnd> in = complement(s, i);
            if (in.isPresent() && in.get().end() <= a - 1 && portfolio(v, in.get().end(), a - 1)) {
                return Optional.of(Optional.of(new Where(in.get().in(), APPOSITION)));
            }
            // "le patron du groupe, X", "le patron du constructeur suédois, X": a common noun for the organization named before
            if (in.isEmpty() && t.scope() == Scope.ORG && commonNounOwner(v, i, a - 1)) {
                Optional<Where> owner = antecedents.organizationBefore(s, t.from()).map(o -> new Where(o, POSSESSIVE))
                        .or(() -> leadingOrganization().map(o -> new Where(o, MAIN_ORGANIZATION)));
                return owner.map(Optional::of);
            }
            // "le ministre de l'Économie, X": a portfolio and no place, so the place is the article's country
            if (in.isEmpty() && t.scope() != Scope.ORG && ministerial(v, i, a - 1)) {
                return Optional.of(Optional.empty());
            }
            return Optional.empty();
        }

        /** The words after a title that say where it is held: "de Y", "d'Y en France", "of data and AI at Y". */
        private Optional<WhereEnd> complement(int s, int i) {
            SentenceView v = views.get(s);
            if (i >= v.size()) {
                return Optional.empty();
            }
            // "Managing Director and Group CEO of Y", "président et cofondateur de Y": titles joined share the complement
            if (COORDINATION.contains(v.word(i))) {
                Optional<TitleAt> more = titleAt(v, skipModifiers(v, i + 1), false);
                if (more.isPresent()) {
                    return complement(s, more.get().to());
                }
            }
            Optional<GazetteerEntry> dem = demonym(v, i);
            if (dem.isPresent()) {
                return Optional.of(new WhereEnd(country(dem.get(), v.token(i).span()), APPOSITION, i + 1));
            }
            if (!PREPOSITIONS.contains(v.word(i))) {
                return Optional.empty();
            }
            Optional<WhereEnd> unit = namedUnit(v, i + 1);
            if (unit.isPresent()) {
                return unit;
            }
            // "X, Chair of the Board", "président du conseil de surveillance": the board of the company the text is about
            int d = skipDeterminers(v, i + 1);
            OptionalInt boardNoun = d < v.size() ? cues.matchAt("board-noun", v.tokens(), d) : OptionalInt.empty();
            if (boardNoun.isPresent() && (d + boardNoun.getAsInt() >= v.size() || !PREPOSITIONS.contains(v.word(d + boardNoun.getAsInt())))) {
                int e = d + boardNoun.getAsInt();
                return antecedents.organizationBefore(s, i).or(this::leadingOrganization).map(o -> new WhereEnd(o, POSSESSIVE, e));
            }
            // a few plain words may stand between the title and "at Y": "of data and AI at Y"
            for (int k = i + 1; k < Math.min(v.size(), i + 9); k++) {
                Optional<Placed> p = v.entityAt(k);
                String w = v.word(k);
                // "ministre de l'Industrie et du Commerce": a portfolio read as a name is not where the post is
                if (p.isPresent() && portfolioName(v, p.get())) {
                    k = v.endOf(p.get()) - 1;
                    continue;
                }
                if (p.isPresent()) {
                    boolean linked = PREPOSITIONS.contains(v.word(k - 1)) || ARTICLES.contains(v.word(k - 1)) && PREPOSITIONS.contains(v.word(k - 2))
                            || described(v, i + 1, k) || p.get().type() == EntityType.PLACE && k - i == 3 && ARTICLES.contains(v.word(i + 1))
                            && PLACE_NOUNS.contains(v.word(k - 1));
                    if (isHolder(p.get().type()) && linked) {
                        // "directrice générale de l'Agence X (APIX), Y": past the acronym in parentheses
                        int e = v.endOf(p.get());
                        String held = p.get().entityId();
                        if (e + 2 < v.size() && v.word(e).equals("(") && v.word(e + 2).equals(")")
                                && (v.token(e + 1).isAllCaps() || v.entityAt(e + 1).filter(q -> q.entityId().equals(held)).isPresent())) {
                            e += 3;
                        }
                        return Optional.of(new WhereEnd(p.get().entityId(), APPOSITION, e));
                    }
                    return Optional.empty();
                }
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(")) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** "de la société de négoce Y", "of the trading house Y": only an article, a common noun for a company and its plain words before Y. */
        private boolean described(SentenceView v, int from, int k) {
            boolean noun = false;
            for (int j = from; j < k; j++) {
                if (!v.token(j).isWord() || v.token(j).isCapitalized()) {
                    return false;
                }
                noun |= CueLexicon.names().is("org-noun", v.word(j));
            }
            return noun && k - from <= 5 && ARTICLES.contains(v.word(from));
        }

        /**
         * "of the company's Japanese subsidiary Acme Japan", "de la filiale française d'Acme, Acme France":
         * a unit noun followed by the unit's own name places the title in the unit.
         */
        private Optional<WhereEnd> namedUnit(SentenceView v, int from) {
            int u = -1;
            int unitEnd = -1;
            for (int k = from; k < Math.min(v.size(), from + 6); k++) {
                OptionalInt n = CueLexicon.names().matchAt("unit-noun", v.tokens(), k);
                if (n.isPresent() && v.entityAt(k).isEmpty() && CueLexicon.names().matchAt("parent-noun", v.tokens(), k).isEmpty()) {
                    u = k;
                    unitEnd = k + n.getAsInt();
                    break;
                }
                if (v.word(k).equals(",") || v.word(k).equals(".") || v.entityAt(k).filter(p -> p.type() == EntityType.PERSON).isPresent()) {
                    return Optional.empty();
                }
            }
            if (u < 0) {
                return Optional.empty();
            }
            int commas = 0;
            for (int k = unitEnd; k < Math.min(v.size(), unitEnd + 8); k++) {
                Optional<Placed> p = v.entityAt(k);
                String w = v.word(k);
                if (p.isPresent()) {
                    if (p.get().type() == EntityType.PERSON) {
                        return Optional.empty();
                    }
                    boolean owner = PREPOSITIONS.contains(v.word(k - 1)) || ARTICLES.contains(v.word(k - 1)) && PREPOSITIONS.contains(v.word(k - 2));
                    if (p.get().type() == EntityType.ORGANIZATION && !owner) {
                        return Optional.of(new WhereEnd(p.get().entityId(), APPOSITION, v.endOf(p.get())));
                    }
                    k = v.endOf(p.get()) - 1;
                    continue;
                }
                if (w.equals(",") && ++commas > 1 || w.equals(".") || w.equals(";") || w.equals("(")) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** What stands right before a title: "Japanese", "U.S.", "Acme", "Acme's", "son", "its former". */
        private Optional<Where> qualifier(int s, TitleAt t) {
            SentenceView v = views.get(s);
            int k = t.from() - 1;
            while (k >= 0 && cues.is("title-modifier", v.word(k))) {
                k--;
            }
            if (t.scope() == Scope.GOV) {
                k = beforePortfolio(v, k);
            }
            if (k < 0) {
                return Optional.empty();
            }
            if (cues.is("possessive", v.word(k))) {
                int at = k;
                return antecedents.organizationBefore(s, at).map(o -> new Where(o, POSSESSIVE));
            }
            Optional<GazetteerEntry> dem = demonym(v, k);
            if (dem.isPresent() && v.token(k).isCapitalized()) {
                return Optional.of(new Where(country(dem.get(), v.token(k).span()), QUALIFIED));
            }
            // "Freedonia's Communications Minister": capitalized portfolio words after the possessive
            // "Malaysia's Trade and Industry Minister": the portfolio may be a coordination of capitalized words
            int j = k;
            for (int n = 0; n < 6 && j > 0 && !possessiveMark(v, j) && (v.token(j).isCapitalized() || COORDINATION.contains(v.word(j))
                    || v.word(j).equals(",")); n++) {
                j--;
            }
            if (possessiveMark(v, j) && j > 0) {
                if (v.entityAt(j - 1).isEmpty()) {
                    return shortName(v, j - 1).map(o -> new Where(o, QUALIFIED));
                }
                return v.entityAt(j - 1).filter(p -> isHolder(p.type())).map(p -> new Where(p.entityId(), QUALIFIED));
            }
            int named = v.entityAt(k).map(v::startOf).orElse(k);
            if (named >= 2 && COORDINATION.contains(v.word(named - 1)) && v.token(named - 2).isCapitalized()) {
                return Optional.empty();
            }
            return v.entityAt(k).filter(p -> isHolder(p.type())).map(p -> new Where(p.entityId(), QUALIFIED));
        }

        /** A title with nothing that places it: a public office is in the article's country, a post in the sentence's organization. */
        private Optional<Found> bare(int s, TitleAt t, int limit, boolean apposition) {
            // "Governor X" with no state written: the region or city the article leads with, never the country
            if (t.scope() == Scope.LOCAL) {
                return leadingLocality().map(c -> new Found(t.title(), c, ARTICLE_COUNTRY));
            }
            if (t.scope() == Scope.GOV) {
                return Optional.of(Found.office(t.title(), articleCountry()));
            }
            boolean headOfState = !apposition && headOfState(views.get(s), t) && !companyPresident(views.get(s), t);
            if (headOfState && articleCountry().isPresent()) {
                return Optional.of(Found.office(t.title(), articleCountry()));
            }
            SentenceView v = views.get(s);
            // "Le PDG, X, a salué l'accord", "ajoute X, directeur technique": a sentence that names no organization,
            // or none but the outlet spoken to ("President X told Nikkei")
            List<String> framed = Antecedents.organizationsOutsideQuotes(v);
            if ((framed.isEmpty() || addressees(v).containsAll(framed)) && !headOfState) {
                return leadingOrganization().map(o -> new Found(t.title(), o, MAIN_ORGANIZATION));
            }
            if (apposition) {
                return Optional.empty();
            }
            Optional<Found> org = Antecedents.soleOrganization(v).or(() -> soleOrganizationButAddressee(v))
                    .map(o -> new Found(t.title(), o, SENTENCE_ORGANIZATION));
            return headOfState && org.isEmpty() ? Optional.of(Found.office(t.title(), Optional.empty())) : org;
        }

        /** "chief executive X told Reuters": the one organization of the sentence besides the outlet someone speaks to. */
        private Optional<String> soleOrganizationButAddressee(SentenceView v) {
            List<String> outlets = addressees(v);
            List<String> rest = Antecedents.organizations(v).stream().filter(o -> !outlets.contains(o)).toList();
            return !outlets.isEmpty() && rest.size() == 1 ? Optional.of(rest.get(0)) : Optional.empty();
        }

        /** The outlets someone speaks to in the sentence: "told Reuters", "a déclaré à l'AFP". */
        private List<String> addressees(SentenceView v) {
            List<String> outlets = new ArrayList<>();
            for (Placed p : v.entitiesIn(0, v.size())) {
                int at = v.startOf(p);
                if (p.type() == EntityType.ORGANIZATION && at > 0 && (v.word(at - 1).equals("told")
                        || at > 1 && Set.of("à", "au").contains(v.word(at - 1)) && TOLD_FR.contains(v.word(at - 2)))) {
                    outlets.add(p.entityId());
                }
            }
            return outlets;
        }

        /**
         * "President Hiroshi Kanemoto told Nikkei" in a story about a company: English capitalizes every title before a
         * name, so an unknown person called President, in a sentence that names no place and no nationality, heads the
         * company the story is about, not a state.
         */
        private boolean companyPresident(SentenceView v, TitleAt t) {
            if (doc.language() != Language.EN || leadingOrganization().isEmpty() || t.to() >= v.size()) {
                return false;
            }
            boolean known = v.entityAt(t.to()).flatMap(p -> entities.entity(p.entityId())).flatMap(Entity::wikidata).isPresent();
            boolean national = v.entitiesIn(0, v.size()).stream().anyMatch(p -> p.type() == EntityType.PLACE)
                    || v.tokens().stream().anyMatch(k -> k.isCapitalized() && gazetteer.demonym(k.text()).isPresent());
            return !known && !national;
        }

        /** "le président X", "President X": a head-of-state title, capitalized or after a definite article. */
        private boolean headOfState(SentenceView v, TitleAt t) {
            String words = doc.text().substring(v.token(t.from()).start(), v.token(t.to() - 1).end());
            if (!cues.is("head-of-state", words)) {
                return false;
            }
            boolean definite = t.from() > 0 && Set.of("le", "la", "the").contains(v.word(t.from() - 1));
            return definite || v.token(t.from()).isCapitalized();
        }

        /** Whether tokens {@code [from, to)} are only the names and links of a portfolio: "de l'Investissement, du Commerce". */
        private boolean portfolio(SentenceView v, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = v.word(k);
                boolean link = PREPOSITIONS.contains(w) || ARTICLES.contains(w) || COORDINATION.contains(w) || w.equals(",")
                        || PORTFOLIO_LINKS.contains(w) || titles.isPortfolio(w);
                if (!link && !v.token(k).isCapitalized() && v.entityAt(k).isEmpty()) {
                    return false;
                }
                if (v.entityAt(k).filter(p -> p.type() == EntityType.PERSON).isPresent()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether tokens {@code [from, to)} name a minister's portfolio and nothing else: "de l'Économie",
         * "fédéral de l'Économie et de la Protection du climat", "of Trade and Industry".
         */
        private boolean ministerial(SentenceView v, int from, int to) {
            int k = from;
            // "le conseiller d'État valaisan chargé de l'économie": one adjective may come first
            if (k < to && v.entityAt(k).isEmpty() && v.token(k).isWord() && !v.token(k).isCapitalized() && !PREPOSITIONS.contains(v.word(k))
                    && PORTFOLIO_LINKS.contains(v.word(k + 1))) {
                k++;
            }
            while (k < to && PORTFOLIO_LINKS.contains(v.word(k))) {
                k++;
            }
            if (k >= to || !PREPOSITIONS.contains(v.word(k)) || !portfolio(v, k, to)) {
                return false;
            }
            for (int j = k; j < to; j++) {
                if (titles.isPortfolio(v.word(j))) {
                    return v.entitiesIn(k, to).stream().allMatch(p -> portfolioName(v, p));
                }
            }
            return false;
        }

        /** Whether an entity's words are all portfolio words: "Finance" or "Commerce" read as an organization's name. */
        private boolean portfolioName(SentenceView v, Placed p) {
            if (p.type() == EntityType.PERSON) {
                return false;
            }
            boolean any = false;
            for (int k = v.startOf(p); k < v.endOf(p); k++) {
                String w = v.word(k);
                if (titles.isPortfolio(w)) {
                    any = true;
                } else if (!(COORDINATION.contains(w) || PREPOSITIONS.contains(w) || ARTICLES.contains(w))) {
                    return false;
                }
            }
            return any;
        }

        /** The token before the portfolio words that stand before a title: "German [Economy] Minister", "[Finance] Minister". */
        private int beforePortfolio(SentenceView v, int k) {
            int j = k;
            while (j >= 0) {
                Optional<Placed> p = v.entityAt(j);
                if (p.isPresent() && portfolioName(v, p.get())) {
                    j = v.startOf(p.get()) - 1;
                } else if (p.isEmpty() && v.token(j).isCapitalized() && titles.isPortfolio(v.word(j))) {
                    j--;
                } else if (j < k && j > 0 && COORDINATION.contains(v.word(j)) && titles.isPortfolio(v.word(j - 1))) {
                    j--;
                } else {
                    break;
                }
            }
            return j;
        }

        /** The title at token i, with a second title joined by "et"/"and": "cofondateur et PDG". */
        private Optional<TitleAt> titleAt(SentenceView v, int i, boolean portfolioFirst) {
            int start = i;
            if (portfolioFirst) {
                // "Freedonia's Communications Minister": the portfolio is part of the title as written
                int k = i;
                while (k < v.size() && k < i + 3 && v.token(k).isCapitalized() && titles.matchAt(v.tokens(), k).isEmpty()) {
                    k++;
                }
                if (k < v.size() && titles.matchAt(v.tokens(), k).isPresent()) {
                    i = k;
                }
            }
            if (i >= v.size()) {
                return Optional.empty();
            }
            Optional<Titles.Match> m = titles.matchSingularOrPluralAt(v.tokens(), i);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            int to = m.get().to();
            // "Gov. Greg Abbott", "Sen. X": an abbreviated title takes its full stop
            if (to + 1 < v.size() && v.word(to).equals(".") && v.token(to).start() == v.token(to - 1).end()
                    && v.token(to - 1).text().length() <= 4 && v.token(to + 1).isCapitalized()) {
                to++;
            }
            String one = doc.text().substring(v.token(i).start(), v.token(m.get().to() - 1).end()).toLowerCase(Locale.ROOT);
            boolean plural = !titles.isTitle(one);
            // "cofondateur et PDG"; "chairman, president and chief executive": a list of titles ends on "and"
            int listEnd = to;
            while (listEnd + 1 < v.size() && v.word(listEnd).equals(",") && titles.matchAt(v.tokens(), listEnd + 1).isPresent()) {
                listEnd = titles.matchAt(v.tokens(), listEnd + 1).get().to();
            }
            if (listEnd > to && COORDINATION.contains(v.word(listEnd))) {
                to = listEnd;
            }
            if (to + 1 < v.size() && COORDINATION.contains(v.word(to))) {
                Optional<Titles.Match> second = titles.matchAt(v.tokens(), to + 1);
                if (second.isPresent()) {
                    to = second.get().to();
                }
            }
            String written = plural ? doc.text().substring(v.token(start).start(), v.token(i).start()) + m.get().title()
                    : doc.text().substring(v.token(start).start(), v.token(to - 1).end());
            written = written.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return Optional.of(new TitleAt(start, plural ? m.get().to() : to, written, m.get().scope(), plural));
        }

        private int skipDeterminers(SentenceView v, int i) {
            while (i < v.size() && (ARTICLES.contains(v.word(i)) || cues.is("title-modifier", v.word(i)))) {
                i++;
            }
            return i;
        }

        private int skipModifiers(SentenceView v, int i) {
            while (i < v.size() && cues.is("title-modifier", v.word(i))) {
                i++;
            }
            return i;
        }

        /** The country a token names as a demonym, unless the token is part of a name. */
        private Optional<GazetteerEntry> demonym(SentenceView v, int i) {
            if (i >= v.size() || v.entityAt(i).isPresent()) {
                return Optional.empty();
            }
            return gazetteer.demonym(v.token(i).text()).filter(e -> e.type() == EntityType.PLACE);
        }

        /** The entity id of a country, added to the article's entities when only a demonym names it. */
        private String country(GazetteerEntry country, Span demonym) {
            Optional<Entity> existing = entities.entities().stream()
                    .filter(e -> e.wikidata().equals(Optional.of(country.wikidata())) && country.hasWikidata()).findFirst();
            if (existing.isPresent()) {
                return existing.get().id();
            }
            String id = country.hasWikidata() ? "wd:" + country.wikidata() : "place:" + country.labelEn().toLowerCase(Locale.ROOT);
            Optional<Entity> sameId = entities.entity(id);
            if (sameId.isPresent()) {
                return id;
            }
            String label = country.label(doc.language().name().toLowerCase(Locale.ROOT));
            if (label.isBlank()) {
                label = country.labelEn().isBlank() ? country.labelFr() : country.labelEn();
            }
            boolean free = entities.at(demonym.start()).isEmpty();
            Entity added = new Entity(id, EntityType.PLACE, country.kind(), label, List.of(),
                    free ? List.of(demonym) : List.of(), Optional.of(country.wikidata()).filter(q -> !q.isEmpty()));
            entities = entities.with(added, Evidence.KNOWN);
            return id;
        }

        /** Whether a possessive determiner stands before a title, past its modifiers: "ses deux autres cofondateurs". */
        private boolean possessiveBefore(SentenceView v, TitleAt t) {
            int k = t.from() - 1;
            while (k >= 0 && cues.is("title-modifier", v.word(k))) {
                k--;
            }
            return k >= 0 && cues.is("possessive", v.word(k));
        }

        /**
         * The organization the article is about, if one leads: named at least twice, and
         * more often than any other. A bare title in a sentence that names no organization is
         * held there ("Chief financial officer X forecast growth" in a story about one company).
         */
        Optional<String> leadingOrganization() {
            if (leadingOrganization.isPresent()) {
                return leadingOrganization.get();
            }
            Map<String, Integer> counts = new HashMap<>();
            for (SentenceView v : views) {
                for (Placed p : v.entitiesIn(0, v.size())) {
                    if (p.type() == EntityType.ORGANIZATION) {
                        counts.merge(p.entityId(), 1, Integer::sum);
                    }
                }
            }
            // on a tie, the subject of the story's first sentence that has one: the story is about it
            Optional<String> lead = Optional.empty();
            for (SentenceView v : views.subList(0, Math.min(2, views.size()))) {
                lead = Antecedents.subjectOf(v, List.of());
                if (lead.isPresent()) {
                    break;
                }
            }
            String opening = lead.orElse("");
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
            ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(e -> !e.getKey().equals(opening)).thenComparing(Map.Entry.comparingByKey()));
            Optional<String> result = Optional.empty();
            if (!ranked.isEmpty()) {
                int top = ranked.get(0).getValue();
                int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
                if (top >= 2 && (top > second || ranked.get(0).getKey().equals(opening))) {
                    result = Optional.of(ranked.get(0).getKey());
                }
            }
            leadingOrganization = Optional.of(result);
            return result;
        }

        /**
         * The region or city the article names most often, if one leads: named at least twice, and more
         * often than any other; else, as a region the gazetteer does not know has no kind, the place other
         * than a country that leads so.
         */
        Optional<String> leadingLocality() {
            return leadingPlace(Set.of(PlaceKind.REGION, PlaceKind.CITY)).or(() -> leadingPlace(Set.of(PlaceKind.REGION, PlaceKind.CITY,
                    PlaceKind.OTHER)));
        }

        private Optional<String> leadingPlace(Set<PlaceKind> kinds) {
            Map<String, Integer> counts = new HashMap<>();
            for (SentenceView v : views) {
                for (Placed p : v.entitiesIn(0, v.size())) {
                    Optional<Entity> e = entities.entity(p.entityId());
                    if (p.type() == EntityType.PLACE && e.isPresent() && kinds.contains(e.get().kind())) {
                        counts.merge(p.entityId(), 1, Integer::sum);
                    }
                }
            }
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
            ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            if (ranked.isEmpty()) {
                return Optional.empty();
            }
            int top = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            return top >= 2 && top > second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
        }

        /** The country of a head of state or government whom the gazetteer knows, if the article names that country. */
        Optional<String> holderCountry(String person) {
            Optional<String> country = entities.entity(person).flatMap(Entity::wikidata).flatMap(gazetteer::byWikidata)
                    .flatMap(GazetteerEntry::country);
            return country.flatMap(q -> entities.entities().stream().filter(e -> e.wikidata().equals(Optional.of(q))).map(Entity::id).findFirst());
        }

        /** The country of a town or region as the gazetteer knows it. */
        private Optional<String> placeCountry(Entity e) {
            return e.wikidata().flatMap(gazetteer::byWikidata).or(() -> gazetteer.lookup(e.label()).stream()
                    .filter(g -> g.type() == EntityType.PLACE).findFirst()).flatMap(GazetteerEntry::country);
        }

        /**
         * The country of the offices the text does not place: the dateline's country where the text names
         * it (the press writes a foreign minister's nationality, never the home one's); else the country the
         * article is mostly about, counting its names and its demonyms, if one clearly leads.
         */
        private Optional<String> articleCountry() {
            if (articleCountry.isPresent()) {
                return articleCountry.get();
            }
            Map<String, Integer> counts = new HashMap<>();
            Map<String, GazetteerEntry> entries = new HashMap<>();
            Map<String, Span> firstDemonym = new HashMap<>();
            for (Entity e : entities.entities()) {
                if (e.type() == EntityType.PLACE && e.kind() == PlaceKind.COUNTRY && e.wikidata().isPresent()) {
                    counts.merge(e.wikidata().get(), e.mentions().size(), Integer::sum);
                }
            }
            // "Antsirabe", "Antananarivo": the towns and regions of a named country count for it
            for (Entity e : entities.entities()) {
                if (e.type() == EntityType.PLACE && e.kind() != PlaceKind.COUNTRY) {
                    placeCountry(e).filter(counts::containsKey).ifPresent(q -> counts.merge(q, e.mentions().size(), Integer::sum));
                }
            }
            for (SentenceView v : views) {
                for (int i = 0; i < v.size(); i++) {
                    Optional<GazetteerEntry> c = demonym(v, i).filter(GazetteerEntry::hasWikidata);
                    if (c.isPresent()) {
                        String q = c.get().wikidata();
                        counts.merge(q, 1, Integer::sum);
                        entries.putIfAbsent(q, c.get());
                        firstDemonym.putIfAbsent(q, v.token(i).span());
                    }
                }
            }
            // the country a story is filed from, when the text names it, is the country of its unplaced offices
            Optional<Entity> home = datelineCountry.flatMap(q -> entities.entities().stream()
                    .filter(e -> e.wikidata().equals(Optional.of(q)) && e.type() == EntityType.PLACE).findFirst());
            if (home.isPresent()) {
                articleCountry = Optional.of(home.map(Entity::id));
                return articleCountry.get();
            }
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
            ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Optional<String> result = Optional.empty();
            if (!ranked.isEmpty()) {
                int top = ranked.get(0).getValue();
                int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
                // "clearly" the article's country: twice as often named as any other
                if (top >= 1 && top >= 2 * second) {
                    String q = ranked.get(0).getKey();
                    Optional<Entity> known = entities.entities().stream().filter(e -> e.wikidata().equals(Optional.of(q))).findFirst();
                    result = known.map(Entity::id).or(() -> Optional.ofNullable(entries.get(q)).map(g -> country(g, firstDemonym.get(q))));
                }
            }
            articleCountry = Optional.of(result);
            return result;
        }
    }

    /** A place found after a title, and the token past it. */
    private record WhereEnd(String in, double confidence, int end) {
    }

    /** "Acme's", "Emirates’": a possessive mark at token i, a bare apostrophe after a plural name included. */
    private static boolean possessiveMark(SentenceView v, int i) {
        if (i <= 0 || i >= v.size()) {
            return false;
        }
        if (POSSESSIVE_MARKS.contains(v.word(i))) {
            return true;
        }
        boolean apostrophe = v.word(i).equals("'") || v.word(i).equals("’");
        return apostrophe && v.word(i - 1).endsWith("s") && v.token(i - 1).end() == v.token(i).start();
    }

    private static boolean isHolder(EntityType t) {
        return t == EntityType.ORGANIZATION || t == EntityType.PLACE;
    }
}
