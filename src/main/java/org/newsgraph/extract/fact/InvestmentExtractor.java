package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.quantity.RelativeDays;
import org.newsgraph.extract.quantity.TimeSpan;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Morphology;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Reads investments: a trigger (invest, investir, a $1bn investment, lever, acquire...) with the
 * amount nearest to it, the investor as its subject (or "by X", "X's"), the target after a
 * preposition ("in Japan", "dans Acme"), the period and horizon, and the purpose ("afin de ...",
 * "in cloud infrastructure"). Fund-raisings turn round: the raiser is the target and the named
 * backers, in that sentence or a following one, the investors. Negated and non-investment
 * amounts (revenue, valuation) give nothing; a later mention of the same deal adds nothing.
 *
 * <pre>{@code List<Investment> found = new InvestmentExtractor(gazetteer).extract(doc, entities, money, times, positions);}</pre>
 */
public final class InvestmentExtractor {

    /** How often each rule is right on the project's own test sentences. */
    static final double VERB_WITH_AMOUNT = 0.85;
    static final double NOUN_WITH_AMOUNT = 0.75;
    static final double WITHOUT_AMOUNT = 0.6;
    static final double RAISE = 0.8;
    /** A purchase told from the seller's or the bought company's side: "X sold Y to Z", "Y was bought by Z". */
    static final double ASIDE = 0.7;

    private static final int REACH = 18;
    /** How often a country must be named for an article to be about it. */
    private static final int MAIN_COUNTRY_MENTIONS = 4;
    private static final Set<String> CLAUSE_END = Set.of(".", ";", "!", "?", ":");
    private static final Set<String> COORDINATION = Set.of("and", "et", ",", "&");
    private static final Set<String> PASSIVE_BY = Set.of("by", "par");
    private static final Set<String> SALE_TO = Set.of("to", "à", "au", "aux");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "son", "sa", "leur");
    /** What opens an apposition that describes a name: "Globex, the family holding company behind ..." (not "with participation from"). */
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "its", "their", "le", "la", "les", "l'", "l’", "un",
            "une", "son", "sa", "ses", "leur", "ce", "cette");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose");
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "to", "also", "and", "can", "could", "may", "might",
            "must", "shall", "should", "did", "does", "do", "help", "helped", "helps", "jointly", "partly", "largely", "not");
    /** How many sentences after a sale with no buyer the buyer's payment may come. */
    private static final int SALE_REACH = 2;
    /** "and another $200m", "et encore 50 millions": a further amount of the same deal's backers. */
    private static final Set<String> ANOTHER = Set.of("another", "encore");
    /** "Each investor put in $1bn", "chacun des deux investisseurs apporte": every backer of the deal just read. */
    private static final Set<String> EACH = Set.of("each", "chacun", "chacune");
    /** How many deals back a single investor's share finds the joint deal it belongs to. */
    private static final int SHARE_REACH = 3;
    private static final Set<String> PRONOUN_TARGET = Set.of("y");
    /** Public money given to a receiver: "une subvention", "a grant". */
    private static final Set<String> GRANT_NOUNS = Set.of("subvention", "subventions", "aide", "aides", "grant", "grants", "subsidy",
            "subsidies", "award");
    private static final Set<String> PREPOSITIONS = Set.of("in", "into", "en", "au", "aux", "à", "dans", "of", "de", "d'", "d’",
            "du", "des", "with", "avec", "from", "for", "pour", "to", "on", "sur", "at", "chez", "than", "que", "like", "comme");
    private static final Set<String> RELATIVE_OBJECT = Set.of("that", "which", "que", "qu'", "qu’");
    private static final Set<String> RELATIVE_SUBJECT = Set.of("qui", "which", "who", "dont");
    private static final Set<String> OF = Set.of("of", "de", "d'", "d’", "du", "des");
    private static final Set<String> CLAUSE_WORDS = Set.of("que", "qu'", "qu’", "qui", "that", "which", "who", "dont", "où", "where");
    private static final Set<String> DANGLING = Set.of("près", "the", "le", "la", "les", "l'", "l’", "a", "an", "un", "une",
            "its", "son", "sa", "ses", "and", "et", "near", "notamment", "including", "y", "compris");

    /**
     * VERB invests, NOUN names an investment, RAISE raises funds (the subject receives), ACQUIRE
     * buys, RECEIVE gets money from named backers, SELL sells to a named buyer (who invests), PAY
     * pays (an investment only with its amount), COST states what a project costs.
     */
    private enum Kind { VERB, NOUN, RAISE, ACQUIRE, RECEIVE, SELL, PAY, GIVE, FROM, COST }

    /** A cue at token {@code index}; {@code purchase} for a noun of buying ("l'acquisition de"), read as a noun otherwise. */
    private record Trigger(int index, int length, Kind kind, boolean purchase) {
        Trigger(int index, int length, Kind kind) {
            this(index, length, kind, kind == Kind.ACQUIRE);
        }

        int end() {
            return index + length;
        }
    }

    private final Gazetteer gazetteer;
    private final CueLexicon cues = CueLexicon.facts();

    public InvestmentExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Investment> extract(Document doc, ArticleEntities entities, List<Money> amounts, List<TimeSpan> times,
                                    List<Position> positions) {
        return extract(doc, entities, amounts, times, positions, Optional.empty());
    }

    /** As above, with the article's publication date, against which "mardi", "on Tuesday" resolve. */
    public List<Investment> extract(Document doc, ArticleEntities entities, List<Money> amounts, List<TimeSpan> times,
                                    List<Position> positions, Optional<String> published) {
        return read(doc, entities, amounts, times, positions, published);
    }

    private List<Investment> read(Document doc, ArticleEntities entities, List<Money> amounts, List<TimeSpan> times,
                                  List<Position> positions, Optional<String> published) {
        List<Investment> out = new ArrayList<>();
        Map<String, String> employer = employers(entities, positions);
        List<SentenceView> body = SentenceView.body(doc, entities);
        Optional<String> mainActor = Antecedents.mainOrganization(body);
        Optional<String> mainCountry = mainCountry(entities);
        List<Span> quoted = QuotationMarkFinder.find(doc.text()).stream().map(QuotationMarkFinder.Quoted::words).toList();
        // "X agreed to sell its stake in Y. The buyer, Z, will pay $1bn": what a sale with no buyer sold, and where
        Optional<String> sold = Optional.empty();
        int soldAt = -1;
        int index = -1;
        for (SentenceView s : SentenceView.all(doc, entities)) {
            index++;
            Language lang = doc.language();
            List<Money> here = amounts.stream().filter(m -> s.span().contains(m.span()) && !isNotInvestment(s, lang, m)).toList();
            if (here.isEmpty() && addBackers(s, lang, out)) {
                continue;
            }
            if (here.isEmpty() && addPurpose(s, lang, out, times)) {
                continue;
            }
            boolean raiseVerb = hasRaiseVerb(s, lang);
            List<Money> written = amounts.stream().filter(m -> s.span().contains(m.span())).toList();
            List<Trigger> cued = triggers(s, lang, written).stream()
                    .filter(t -> quoted.stream().noneMatch(q -> q.contains(s.token(t.index()).span())))
                    // "Acme backs Globex in a $200m round": a round no one is said to raise is the backer's investment
                    .filter(t -> t.kind() != Kind.RAISE || raiseVerb || !isRoundOnly(s, lang, t))
                    .toList();
            Map<Trigger, Money> byTrigger = attach(s, cued, here);
            List<Trigger> triggers = withProjects(s, lang, cued, byTrigger, here, quoted);
            if (triggers.isEmpty()) {
                continue;
            }
            List<Investment> inSentence = new ArrayList<>();
            for (Trigger t : triggers) {
                Optional<Money> money = Optional.ofNullable(byTrigger.get(t));
                if (money.isEmpty() && t.kind() != Kind.VERB && t.kind() != Kind.ACQUIRE && t.kind() != Kind.SELL) {
                    continue;
                }
                if (negated(s, lang, t)) {
                    continue;
                }
                if (t.kind() == Kind.NOUN && triggers.stream().anyMatch(o -> o.kind() == Kind.SELL && o.index() < t.index())) {
                    // "sold its stake to Z for $1bn": the stake is what is sold; the sale names the buyer
                    continue;
                }
                if (t.kind() == Kind.SELL && sale(s, lang, t, money).isEmpty()) {
                    Optional<String> object = soldWithoutBuyer(s, t);
                    if (object.isPresent()) {
                        sold = object;
                        soldAt = index;
                        continue;
                    }
                }
                List<Investment> shares = eachBacker(s, t, money, out);
                if (!shares.isEmpty()) {
                    shares.forEach(inv -> {
                        inSentence.add(inv);
                        mergeOrAdd(inv, out, entities, doc.text());
                    });
                    continue;
                }
                Optional<String> pendingSale = index - soldAt <= SALE_REACH ? sold : Optional.empty();
                Optional<String> antecedent = subjectBefore(body, index);
                read(s, lang, t, money, triggers, byTrigger, times, entities, employer, mainActor, out, inSentence, antecedent)
                        .map(inv -> inv.target().isEmpty() && inv.amount().isPresent() && pendingSale.isPresent()
                                && !inv.investors().contains(pendingSale.get()) ? retarget(inv, pendingSale.get()) : inv)
                        .map(inv -> inv.withAnnounced(published.flatMap(p -> RelativeDays.resolve(s.text(), lang, p))
                                .map(java.time.LocalDate::toString)))
                        .ifPresent(inv -> {
                            inSentence.add(inv);
                            mergeOrAdd(inv, out, entities, doc.text());
                        });
            }
            if (!inSentence.isEmpty()) {
                gapped(s, here, byTrigger, inSentence.get(inSentence.size() - 1)).forEach(inv -> mergeOrAdd(inv, out, entities, doc.text()));
            }
        }
        // an amount with no receiver in its sentence goes, in a story about one country, to that country
        return out.stream().map(inv -> inv.target().isEmpty() && inv.amount().isPresent() && mainCountry.isPresent()
                && !inv.investors().contains(mainCountry.get()) ? withTarget(inv, mainCountry.get()) : inv).toList();
    }

    /**
     * A person who speaks for an organization invests in its name: "Nadella pledged $1bn" is his
     * company's pledge, a minister's grant is the country's. A founder may invest on his own.
     */
    private Map<String, String> employers(ArticleEntities entities, List<Position> positions) {
        Map<String, String> out = new HashMap<>();
        for (Position p : positions) {
            if (p.in().isEmpty() || !cues.is("speaks-for", p.title())) {
                continue;
            }
            p.in().filter(in -> entities.entity(in).isPresent()).ifPresent(in -> out.putIfAbsent(p.person(), in));
        }
        return out;
    }

    private static Investment retarget(Investment i, String target) {
        return new Investment(i.investors(), Optional.of(target), i.amount(), i.duration(), i.endDate(), i.purpose(),
                i.evidence(), i.confidence(), i.announced());
    }

    private static Investment withTarget(Investment i, String target) {
        return new Investment(i.investors(), Optional.of(target), i.amount(), i.duration(), i.endDate(), i.purpose(),
                i.evidence(), Math.min(i.confidence(), WITHOUT_AMOUNT), i.announced());
    }

    /**
     * The country the article is about: the most mentioned one, named often enough to be the story's
     * subject ("Norway's fund", "the U.S. arm" named once or twice is background), if no other comes close.
     */
    private static Optional<String> mainCountry(ArticleEntities entities) {
        List<Entity> countries = entities.entities().stream()
                .filter(e -> e.kind() == org.newsgraph.extract.PlaceKind.COUNTRY)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())).toList();
        if (countries.isEmpty() || countries.get(0).mentions().size() < MAIN_COUNTRY_MENTIONS || countries.size() > 1 && countries.get(1).mentions().size() * 2 > countries.get(0).mentions().size()) {
            return Optional.empty();
        }
        return Optional.of(countries.get(0).id());
    }

    /** "L'argent servira à recruter", "the money will go into data centres": the purpose of the deal just read. */
    private boolean addPurpose(SentenceView s, Language lang, List<Investment> out, List<TimeSpan> times) {
        if (out.isEmpty()) {
            return false;
        }
        Investment l = out.get(out.size() - 1);
        boolean followUp = false;
        for (int i = 0; i < Math.min(4, s.size()); i++) {
            followUp |= cues.matchAt("deal-anaphor", lang, s.tokens(), i).isPresent();
        }
        Optional<String> purpose = l.purpose();
        for (int i = 0; i < Math.min(6, s.size()) && purpose.isEmpty(); i++) {
            java.util.OptionalInt n = cues.matchAt("purpose-follow-up", lang, s.tokens(), i);
            if (n.isPresent()) {
                int start = i + n.getAsInt();
                int end = start;
                while (end < s.size() && !CLAUSE_END.contains(s.token(end).text())) {
                    end++;
                }
                if (end > start) {
                    purpose = Optional.of(s.document().text().substring(s.token(start).start(), s.token(end - 1).end()));
                    followUp = true;
                }
            }
        }
        if (!followUp) {
            return false;
        }
        // "Cet investissement, étalé sur quatre ans, ...": the period of the deal just read
        List<TimeSpan> here = times.stream().filter(x -> s.span().contains(x.span())).toList();
        Optional<String> duration = l.duration().or(() -> here.stream().map(TimeSpan::duration).flatMap(Optional::stream).findFirst());
        Optional<String> endDate = l.endDate().or(() -> here.stream().map(TimeSpan::endDate).flatMap(Optional::stream).findFirst());
        out.set(out.size() - 1, new Investment(l.investors(), l.target(), l.amount(), duration, endDate, purpose, l.evidence(),
                l.confidence(), l.announced()));
        return true;
    }

    /** The cues of the sentence, read left to right; {@code amounts} are the sentence's written amounts. */
    private List<Trigger> triggers(SentenceView s, Language lang, List<Money> amounts) {
        List<Trigger> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Trigger> t = triggerAt(tokens, lang, i);
            if (t.isPresent() && (t.get().kind() == Kind.VERB || t.get().kind() == Kind.GIVE) && nounReading(s, lang, i, amounts)) {
                // "a $12 million grant": the noun, if the word is one and no verb before it already tells the deal
                boolean told = !out.isEmpty() && i - out.get(out.size() - 1).end() <= 8
                        && Set.of(Kind.GIVE, Kind.VERB, Kind.PAY, Kind.RECEIVE).contains(out.get(out.size() - 1).kind());
                t = !told && cues.matchAt("invest-noun", lang, tokens, i).isPresent()
                        ? Optional.of(new Trigger(i, cues.matchAt("invest-noun", lang, tokens, i).getAsInt(), Kind.NOUN))
                        : Optional.empty();
                if (t.isEmpty()) {
                    continue;
                }
            }
            if (t.isPresent() && t.get().kind() == Kind.NOUN && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.RECEIVE
                    && i - out.get(out.size() - 1).end() <= 3) {
                // "will receive a subsidy of 15 billion yen from X": the receiving verb carries the deal
                continue;
            }
            if (t.isPresent()) {
                // "s'est engagé à investir": two verbs of one deal, the last one carries it
                if (!out.isEmpty() && out.get(out.size() - 1).kind() == Kind.VERB
                        && (t.get().kind() == Kind.VERB || t.get().kind() == Kind.PAY)
                        && i - out.get(out.size() - 1).end() <= 2) {
                    out.remove(out.size() - 1);
                }
                out.add(t.get());
                i = t.get().end() - 1;
            }
        }
        return out;
    }

    /**
     * "Norway's oil fund", "the fund", "a pledge", "a $12 million grant": a word that is both verb and noun, read
     * as the noun after a determiner, a possessive or an amount, or (for a noun that names an organization) a noun.
     */
    private static boolean nounReading(SentenceView s, Language lang, int i, List<Money> amounts) {
        if (lang != Language.EN || i == 0) {
            return false;
        }
        String prev = s.word(i - 1);
        boolean afterAmount = amounts.stream().anyMatch(m -> s.tokenAt(m.span().end()) == i);
        if (DETERMINERS.contains(prev) || prev.matches("['’]s") || afterAmount) {
            // "a C$12 million grant", "its $2bn pledge": the head noun of an amount
            return true;
        }
        return CueLexicon.names().is("org-noun", s.token(i).text()) && s.token(i - 1).isWord() && !s.token(i - 1).isCapitalized()
                && !AUXILIARIES.contains(prev);
    }

    private Optional<Trigger> triggerAt(List<Token> tokens, Language lang, int i) {
        String[][] roles = {{"raise-noun", "RAISE"}, {"raise-verb", "RAISE"}, {"receive-verb", "RECEIVE"}, {"sell-verb", "SELL"},
            {"acquire-verb", "ACQUIRE"}, {"pay-verb", "PAY"}, {"give-verb", "GIVE"}, {"from-verb", "FROM"}, {"cost", "COST"},
            {"acquire-noun", "ACQUIRE"}, {"invest-verb", "VERB"}, {"invest-noun", "NOUN"}};
        for (String[] r : roles) {
            OptionalInt n = cues.matchAt(r[0], lang, tokens, i);
            if (n.isPresent()) {
                Kind kind = Kind.valueOf(r[1]);
                if (kind == Kind.RAISE && r[0].equals("raise-verb") && lang == Language.EN && !raisesMoney(tokens, i + n.getAsInt())) {
                    return Optional.empty();
                }
                if (kind == Kind.ACQUIRE && r[0].endsWith("-noun")) {
                    return Optional.of(new Trigger(i, n.getAsInt(), Kind.NOUN, true));
                }
                return Optional.of(new Trigger(i, n.getAsInt(), kind));
            }
        }
        return Optional.empty();
    }

    private boolean hasRaiseVerb(SentenceView s, Language lang) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.matchAt("raise-verb", lang, s.tokens(), i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "round", "tour de table": a word that names a round without saying who raised it. */
    private boolean isRoundOnly(SentenceView s, Language lang, Trigger t) {
        return cues.matchAt("raise-noun", lang, s.tokens(), t.index()).isPresent()
                && Set.of("round", "series", "tour de table").contains(
                        s.document().text().substring(s.token(t.index()).start(), s.token(t.end() - 1).end()).toLowerCase(java.util.Locale.ROOT));
    }

    /** "raise its stake" is no fund-raising; "raised $600 million" is. */
    private static boolean raisesMoney(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            String w = tokens.get(k).text();
            if (w.startsWith("$") || w.startsWith("€") || w.startsWith("£") || Character.isDigit(w.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The backers of a round named after it: "le tour de table réunit X, Y et Z". */
    private boolean addBackers(SentenceView s, Language lang, List<Investment> out) {
        Optional<Investment> last = out.isEmpty() ? Optional.empty() : Optional.of(out.get(out.size() - 1));
        if (last.isEmpty() || last.get().confidence() != RAISE) {
            return false;
        }
        boolean cue = false;
        for (int i = 0; i < s.size() && !cue; i++) {
            cue = cues.matchAt("raise-noun", lang, s.tokens(), i).isPresent() || cues.matchAt("backers", lang, s.tokens(), i).isPresent();
        }
        if (!cue || triggers(s, lang, List.of()).stream().anyMatch(t -> t.kind() != Kind.RAISE)) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (cues.matchAt("not-investment", lang, s.tokens(), i).isPresent()) {
                // "The Series B values the company at $400m, according to PitchBook": a valuation names no backer
                return false;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (cues.is("negation", lang, s.token(i).text()) && !s.word(i).equals("plus")) {
                return true;
            }
        }
        List<String> investors = new ArrayList<>(last.get().investors());
        for (Placed p : s.entitiesIn(0, s.size())) {
            if (p.type() == EntityType.ORGANIZATION && !investors.contains(p.entityId())
                    && !last.get().target().map(p.entityId()::equals).orElse(false) && !negatedAround(s, lang, s.startOf(p))
                    && !isSource(s, s.startOf(p))) {
                investors.add(p.entityId());
            }
        }
        if (investors.size() == last.get().investors().size()) {
            return false;
        }
        Investment l = last.get();
        out.set(out.size() - 1, new Investment(investors, l.target(), l.amount(), l.duration(), l.endDate(), l.purpose(),
                l.evidence(), l.confidence(), l.announced()));
        return true;
    }

    /** "according to PitchBook", "selon Dealroom": who tells the story, not who invests. */
    private static boolean isSource(SentenceView s, int start) {
        int k = start - 1;
        return k >= 0 && (s.word(k).equals("selon") || k >= 1 && s.word(k).equals("to") && s.word(k - 1).equals("according")
                || k >= 1 && s.word(k).equals("après") && OF.contains(s.word(k - 1)));
    }

    private boolean negatedAround(SentenceView s, Language lang, int i) {
        for (int k = i; k < Math.min(s.size(), i + 6); k++) {
            if (cues.is("negation", lang, s.token(k).text()) && !s.word(k).equals("plus")) {
                return true;
            }
        }
        return false;
    }

    /** Money that a company earns, is worth or saves is no investment. */
    private boolean isNotInvestment(SentenceView s, Language lang, Money m) {
        int from = s.tokenAt(m.span().start());
        int to = s.tokenAt(m.span().end());
        if (to < s.size() && cues.matchAt("unit-price", lang, s.tokens(), to).isPresent()) {
            // "C$18.50 per share", "45 euros par action": the price of one share, not the deal's amount
            return true;
        }
        for (int k = Math.max(0, from - 6); k < Math.min(s.size(), to + 4); k++) {
            if (k >= from && k < to) {
                continue;
            }
            if (cues.matchAt("not-investment", lang, s.tokens(), k).isPresent()) {
                return true;
            }
        }
        // "un prêt de 300 millions", "a $150 million revolving credit facility": a loan the amount is, right before or after
        // it (a package "of loans and grants" further on still counts)
        for (int k = Math.max(0, from - 3); k < Math.min(s.size(), to + 3); k++) {
            if ((k < from || k >= to) && cues.matchAt("loan", lang, s.tokens(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will build a $1.4 billion cathode plant", "une usine de 1,4 milliard d'euros": an amount that no cue took and
     * that a project's noun heads (right after it, past one word, or before it with "de") is that project's cost,
     * read as an investment by the clause's subject.
     */
    private List<Trigger> withProjects(SentenceView s, Language lang, List<Trigger> cued, Map<Trigger, Money> byTrigger,
                                       List<Money> here, List<Span> quoted) {
        List<Trigger> out = new ArrayList<>(cued);
        for (Money m : here) {
            if (byTrigger.containsValue(m) || quoted.stream().anyMatch(q -> q.contains(m.span()))) {
                continue;
            }
            int from = s.tokenAt(m.span().start());
            int to = s.tokenAt(m.span().end());
            OptionalInt noun = OptionalInt.empty();
            for (int k = to; k < Math.min(s.size(), to + 2) && noun.isEmpty(); k++) {
                if (cues.matchAt("project-noun", lang, s.tokens(), k).isPresent()) {
                    noun = OptionalInt.of(k);
                } else if (!s.token(k).isWord() || s.token(k).isCapitalized()) {
                    break;
                }
            }
            for (int k = from - 2; k >= Math.max(0, from - 3) && noun.isEmpty() && OF.contains(s.word(from - 1)); k--) {
                if (cues.matchAt("project-noun", lang, s.tokens(), k).isPresent()) {
                    noun = OptionalInt.of(k);
                }
            }
            if (noun.isPresent()) {
                Trigger t = new Trigger(noun.getAsInt(), 1, Kind.NOUN);
                out.add(t);
                byTrigger.put(t, m);
            }
        }
        out.sort(Comparator.comparingInt(Trigger::index));
        return out;
    }

    /** Each amount goes to the trigger nearest before it, or to a noun right after it ("a $1bn investment"). */
    private static Map<Trigger, Money> attach(SentenceView s, List<Trigger> triggers, List<Money> amounts) {
        Map<Trigger, Money> out = new HashMap<>();
        for (Money m : amounts) {
            int from = s.tokenAt(m.span().start());
            int to = s.tokenAt(m.span().end());
            Trigger best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Trigger t : triggers) {
                int distance;
                if (t.end() <= from) {
                    distance = from - t.end();
                    // a sale or purchase names what is sold before its price: "sold X, off the coast of Y, to Z for $1bn"
                    int reach = t.kind() == Kind.SELL || t.purchase() ? 2 * REACH : REACH;
                    if (distance > reach || crossesClause(s, t.end(), from)) {
                        continue;
                    }
                } else if (t.index() >= to && (t.kind() == Kind.NOUN || t.kind() == Kind.RAISE)) {
                    distance = t.index() - to;
                    if (distance > 3) {
                        continue;
                    }
                    distance = -1;
                } else if (t.index() >= to && t.kind() == Kind.FROM && (t.index() == to || auxiliariesOnly(s, to, t.index()))) {
                    // "About $7bn came from a group of co-investors": the amount is the subject
                    distance = t.index() - to;
                } else if (t.index() >= to && (t.kind() == Kind.VERB || t.kind() == Kind.GIVE) && to < s.size()
                        && (relativeAfter(s, to) >= 0 && t.index() - relativeAfter(s, to) <= 6 && t.index() > relativeAfter(s, to)
                            || auxiliariesOnly(s, to, t.index()))) {
                    // "1.5 trillion yen that Acme says it spent", "$2bn will be invested by Acme"
                    distance = t.index() - to;
                } else {
                    continue;
                }
                if (distance < bestDistance && !out.containsKey(t)) {
                    best = t;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                out.put(best, m);
            }
        }
        return out;
    }

    /**
     * The relative pronoun that opens a clause on an amount: right after it ("$1bn that Acme says it spent")
     * or after what the amount is of ("€500m of state aid that Velia will give", "500 M€ d'aides que"); -1 if none.
     */
    private static int relativeAfter(SentenceView s, int to) {
        if (to < s.size() && s.word(to).equals("(")) {
            // "€902m ($987m) of state aid that": past the amount in another currency
            for (int k = to + 1; k < Math.min(s.size(), to + 8); k++) {
                if (s.word(k).equals(")")) {
                    to = k + 1;
                    break;
                }
            }
        }
        for (int k = to; k < Math.min(s.size(), to + 5); k++) {
            if (RELATIVE_OBJECT.contains(s.word(k))) {
                return k;
            }
            if (k == to && Set.of("of", "de", "d'", "d’").contains(s.word(k))) {
                continue;
            }
            if (k == to || !s.token(k).isWord() || s.token(k).isCapitalized() || s.entityAt(k).isPresent()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean auxiliariesOnly(SentenceView s, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Set.of("will", "be", "been", "is", "are", "was", "were", "would", "to", "sera", "seront", "été", "a", "ont",
                    "est", "sont", "serait", "seraient", "being").contains(s.word(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean crossesClause(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_END.contains(s.token(k).text()) && !abbreviationDot(s, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(SentenceView s, Language lang, Trigger t) {
        int from = Math.max(0, t.index() - 5);
        for (int k = from; k < t.index(); k++) {
            String w = s.word(k);
            if (cues.is("negation", lang, s.token(k).text()) && !w.equals("plus") && !w.equals("no")) {
                return true;
            }
        }
        return false;
    }

    private Optional<Investment> read(SentenceView s, Language lang, Trigger t, Optional<Money> money, List<Trigger> all,
                                      Map<Trigger, Money> byTrigger, List<TimeSpan> times, ArticleEntities entities,
                                      Map<String, String> employer, Optional<String> mainActor, List<Investment> before,
                                      List<Investment> inSentence, Optional<String> antecedent) {
        int scopeEnd = scopeEnd(s, t, all, byTrigger);
        int after = money.map(m -> Math.max(s.tokenAt(m.span().end()), t.end())).orElse(t.end());
        if (t.kind() == Kind.NOUN && money.isPresent() && s.tokenAt(money.get().span().start()) > t.index()) {
            after = s.tokenAt(money.get().span().end());
        }
        List<String> investors = new ArrayList<>();
        Optional<String> target;
        boolean passive = false;
        if (t.kind() == Kind.SELL) {
            return sale(s, lang, t, money);
        }
        if (t.kind() == Kind.RECEIVE) {
            // "A century-old steel mill has secured $150m from X": a common noun's receiver is the company of the story
            Optional<String> described = commonNounSubject(s, t.index()) ? antecedent.or(() -> mainActor) : Optional.empty();
            return receipt(s, lang, t, money, after, times, described, mainActor, before);
        }
        if (t.kind() == Kind.FROM) {
            return cameFrom(s, t, money, before, inSentence);
        }
        if (t.kind() == Kind.COST) {
            // "Velia C could cost $3bn": the name before the cost is the project, its owner invests
            Optional<Placed> project = s.entityAt(t.index() - 1).filter(p -> p.type() != EntityType.PERSON);
            if (project.isPresent()) {
                target = Optional.of(project.get().entityId());
                investors.addAll(subject(s, s.startOf(project.get())));
            } else if (t.index() > 0 && POSSESSIVE_DETERMINERS.contains(s.word(t.index() - 1))) {
                // "EDF's Velia 3 reactor is late, and its cost has swollen to €13bn": the cost of the clause's subject,
                // which its possessor owns
                Optional<Placed> owned = s.entitiesIn(0, t.index()).stream().filter(p -> p.type() != EntityType.PERSON)
                        .filter(p -> s.endOf(p) >= s.size() || !s.token(s.endOf(p)).text().matches("['’]s")).findFirst();
                target = owned.map(Placed::entityId);
                owned.map(p -> s.startOf(p)).filter(k -> k >= 2 && s.token(k - 1).text().matches("['’]s"))
                        .flatMap(k -> s.entityAt(k - 2)).filter(this::isActor).map(Placed::entityId).ifPresent(investors::add);
            } else {
                target = target(s, lang, new Trigger(t.index(), t.length(), Kind.NOUN), after, scopeEnd, investors, entities);
                investors.addAll(subject(s, t.index()));
            }
            if (investors.isEmpty()) {
                (commonNounSubject(s, t.index()) ? antecedent.or(() -> lastInvestor(before)).or(() -> mainActor)
                        : lastInvestor(before).or(() -> mainActor)).ifPresent(investors::add);
            }
        } else if (t.kind() == Kind.RAISE) {
            target = subject(s, t.index()).stream().findFirst();
            if (target.isEmpty()) {
                target = mainActor;
            }
            investors.addAll(backersAfter(s, lang, after, s.size()));
        } else {
            investors.addAll(investors(s, t, after, scopeEnd, entities));
            if (investors.isEmpty()) {
                // "le groupe a déboursé", "the company paid": the company the story is about; "il", "it": the last investor
                (commonNounSubject(s, t.index()) ? antecedent.or(() -> lastInvestor(before)).or(() -> mainActor)
                        : lastInvestor(before).or(() -> mainActor)).ifPresent(investors::add);
            }
            passive = t.kind() == Kind.ACQUIRE && passiveAgent(s, t, scopeEnd);
            if (t.kind() == Kind.GIVE) {
                // "will give Acme $1bn", "$1bn of aid that Velia will give battery maker Acme": the receiver follows the verb
                target = indirectObject(s, t).filter(id -> !investors.contains(id));
                if (target.isEmpty()) {
                    target = target(s, lang, t, after, scopeEnd, investors, entities);
                }
            } else {
                target = passive ? subject(s, t.index()).stream().filter(id -> !investors.contains(id)).findFirst()
                        : target(s, lang, t, after, scopeEnd, investors, entities);
            }
            if (target.isEmpty() && (t.kind() == Kind.ACQUIRE || t.kind() == Kind.VERB) && commonNounObject(s, t.end())) {
                // "Bpifrance entre au capital du groupe", "X bought a stake in the company": the company of the story
                target = antecedent.or(() -> mainActor).filter(id -> !investors.contains(id));
            }
            if (target.isEmpty() && t.kind() == Kind.ACQUIRE && pronounObject(s, t)) {
                // "Arroyo ... since Ferrosur bought it for $95 million", "Globex l'a rachetée": the company the clause is about
                target = Antecedents.subjectOf(s, investors).or(() -> antecedent).or(() -> mainActor)
                        .filter(id -> !investors.contains(id));
            }
            if (target.isEmpty() && Set.of(Kind.GIVE, Kind.VERB, Kind.NOUN).contains(t.kind()) && pronounReceiver(s, t)) {
                // "la Région lui accordera 2 millions", "the state will give it a grant": the company just named
                target = antecedent.or(() -> mainActor).filter(id -> !investors.contains(id));
            }
            if (target.isEmpty() && t.kind() == Kind.NOUN && GRANT_NOUNS.contains(s.word(t.index()))
                    && !investors.isEmpty() && !investors.equals(subject(s, t.index()))) {
                // "une subvention accordée par l'Agence" with no receiver named: the company the story is about
                target = antecedent.or(() -> mainActor).filter(id -> !investors.contains(id));
            }
            if (target.isEmpty() && passive) {
                // "la maison avait été rachetée par X": the company the deal just read was about
                target = lastTarget(before);
            }
            if (target.isEmpty()) {
                target = beneficiary(s, t, investors);
            }
            if (target.isEmpty()) {
                target = demonymTarget(s, t, after, scopeEnd, entities);
            }
            if (target.isEmpty()) {
                target = inSentence.stream().map(Investment::target).flatMap(Optional::stream).findFirst();
            }
            if (target.isEmpty() && !before.isEmpty() && before.get(before.size() - 1).investors().equals(
                    investors.stream().map(i -> employer.getOrDefault(i, i)).toList())) {
                target = before.get(before.size() - 1).target();
            }
            if (target.isEmpty() && money.isPresent()) {
                // "$3bn came from Globex, Norvane and Acme. Globex put in $1bn": a share of a joint deal just read
                target = shareOf(before, investors.stream().map(i -> employer.getOrDefault(i, i)).toList());
            }
        }
        List<String> resolved = investors.stream().map(i -> employer.getOrDefault(i, i)).distinct()
                .filter(i -> entities.entity(i).isPresent())
                .toList();
        Optional<String> finalTarget = target.filter(tg -> !resolved.contains(tg));
        // "la deuxième acquisition en un mois : fin juin, le groupe a déboursé": a period in another clause is another's
        List<TimeSpan> period = times.stream().filter(x -> s.span().contains(x.span())
                && !crossesClause(s, Math.min(t.index(), s.tokenAt(x.span().start())), Math.max(t.index(), s.tokenAt(x.span().start()))))
                .toList();
        Optional<String> duration = nearest(s, period, t, TimeSpan::duration);
        Optional<String> endDate = nearest(s, period, t, TimeSpan::endDate);
        Optional<String> purpose = purpose(s, lang, after, scopeEnd, times);
        if (money.isEmpty() && (finalTarget.isEmpty() || (duration.isEmpty() && purpose.isEmpty() && t.kind() != Kind.ACQUIRE))) {
            return Optional.empty();
        }
        if (resolved.isEmpty() && finalTarget.isEmpty()) {
            return Optional.empty();
        }
        double confidence = t.kind() == Kind.RAISE ? RAISE : passive ? ASIDE
                : money.isEmpty() ? WITHOUT_AMOUNT : t.kind() == Kind.NOUN ? NOUN_WITH_AMOUNT : VERB_WITH_AMOUNT;
        return Optional.of(new Investment(resolved, finalTarget, money, duration, endDate, purpose, s.span(), confidence));
    }

    /**
     * "Ellison put in $1bn, Sequoia $800m and Binance $500m", "the federal government will provide
     * €564m and the state of Velia €137m": the verb is left out; each name before an amount of its own
     * invests it in what the sentence's deal goes to.
     */
    private List<Investment> gapped(SentenceView s, List<Money> here, Map<Trigger, Money> byTrigger, Investment deal) {
        List<Investment> out = new ArrayList<>();
        int dealStart = s.tokenAt(deal.amount().map(m -> m.span().start()).orElse(s.span().end()));
        for (Money m : here) {
            int at = s.tokenAt(m.span().start());
            if (byTrigger.containsValue(m) || at <= dealStart || deal.amount().isEmpty()) {
                continue;
            }
            if (at >= 2 && ANOTHER.contains(s.word(at - 1)) && COORDINATION.contains(s.word(at - 2))) {
                // "invested $250m in Acme in 2020 and another $200m last year": the same backers, again
                out.add(new Investment(deal.investors(), deal.target(), Optional.of(m), Optional.empty(), Optional.empty(),
                        deal.purpose(), s.span(), deal.confidence()));
                continue;
            }
            // "and Seorin the remaining CHF 180m", "et Desjardins Capital, 25 millions", "and Lower Saxony's 63m": past the
            // words that may stand between the member and its share
            int before = at - 1;
            while (before > dealStart && at - before <= 3 && GAP_WORDS.contains(s.word(before))) {
                before--;
            }
            Optional<Placed> name = s.entityAt(before);
            if (name.isEmpty() && at >= 2 && s.word(at - 1).equals(",")) {
                // "Andreessen Horowitz, also known as a16z, $400m": past an aside
                for (int k = at - 2; k > dealStart && k >= at - 8 && name.isEmpty(); k--) {
                    if (s.word(k).equals(",")) {
                        name = s.entityAt(k - 1);
                        break;
                    }
                }
            }
            if (name.isEmpty() || name.get().type() == EntityType.PRODUCT || deal.investors().contains(name.get().entityId())
                    || deal.target().map(name.get().entityId()::equals).orElse(false) || !opensCoordinatedMember(s, s.startOf(name.get()))) {
                continue;
            }
            out.add(new Investment(List.of(name.get().entityId()), deal.target(), Optional.of(m), Optional.empty(),
                    Optional.empty(), Optional.empty(), s.span(), deal.confidence()));
        }
        return out;
    }

    /** Words between a coordinated member and its share of a sum: "and Seorin the remaining CHF 180m", "Lower Saxony's 63m". */
    private static final Set<String> GAP_WORDS = Set.of(",", "'s", "’s", "the", "remaining", "rest", "other", "balance", "le", "la", "les",
            "restants", "restant", "solde");

    /** A name that opens a coordinated member: after ",", "and", "et", past a few lower-case words ("and the state of"). */
    private static boolean opensCoordinatedMember(SentenceView s, int start) {
        for (int k = start - 1, n = 0; k >= 0 && n < 5; k--, n++) {
            if (COORDINATION.contains(s.word(k))) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalized() || s.entityAt(k).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** "Acme a signé un accord pour vendre sa participation dans Brakka.": what a sale that names no buyer sold. */
    private Optional<String> soldWithoutBuyer(SentenceView s, Trigger t) {
        int end = clauseEnd(s, t.end());
        for (int k = t.end(); k < end; k++) {
            if (CLAUSE_END.contains(s.token(k).text())) {
                end = k;
                break;
            }
            if (SALE_TO.contains(s.word(k)) && k + 1 < s.size() && s.entityAt(k + 1).isPresent()) {
                return Optional.empty();
            }
        }
        return s.entitiesIn(t.end(), end).stream()
                .filter(p -> p.type() == EntityType.ORGANIZATION || p.type() == EntityType.PLACE)
                .map(Placed::entityId).findFirst();
    }

    /**
     * "Globex sold its stake in Brakka to Initech for $1bn", "Acme a cédé sa filiale Brakka au
     * fonds Norvane": the buyer, named after "to"/"à", invests in what was sold; the seller does not.
     * A sale with no buyer or no named object (goods, "half of its assets") gives nothing.
     */
    private Optional<Investment> sale(SentenceView s, Language lang, Trigger t, Optional<Money> money) {
        int end = clauseEnd(s, t.end());
        for (int k = t.end(); k < end; k++) {
            if (CLAUSE_END.contains(s.token(k).text()) && !abbreviationDot(s, k)) {
                return Optional.empty();
            }
            if (!SALE_TO.contains(s.word(k))) {
                continue;
            }
            Optional<Placed> buyer = Optional.empty();
            for (int n = k + 1; n < Math.min(end, k + 6); n++) {
                buyer = s.entityAt(n);
                if (buyer.isPresent() || !s.token(n).isWord() || s.token(n).isCapitalized()) {
                    break;
                }
            }
            if (buyer.isEmpty() || !isActor(buyer.get())) {
                continue;
            }
            int buyerEnd = s.endOf(buyer.get());
            if (buyerEnd < s.size() && s.token(buyerEnd).text().matches("['’]s")) {
                // "to Norway's oil fund": the buyer is the possessed noun, unnamed here
                return Optional.empty();
            }
            String buyerId = buyer.get().entityId();
            List<Placed> between = s.entitiesIn(t.end(), k).stream()
                    .filter(p -> p.type() == EntityType.ORGANIZATION || p.type() == EntityType.PLACE)
                    .filter(p -> !p.entityId().equals(buyerId)).toList();
            if (between.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> sold = Optional.of(between.get(0).entityId());
            Optional<String> object = sold;
            // "the sale of Varrow's plant in Redwater to Y": what was sold is the owner's site, so the place it is in
            int owner = s.endOf(between.get(0));
            owner += owner < s.size() && abbreviationDot(s, owner) ? 1 : 0;
            if (between.get(0).type() == EntityType.ORGANIZATION && owner < s.size() && s.token(owner).text().matches("['’]s")) {
                object = between.stream().skip(1).filter(p -> p.type() == EntityType.PLACE && s.startOf(p) > 0
                        && Set.of("in", "at", "à", "en").contains(s.word(s.startOf(p) - 1))).findFirst().map(Placed::entityId).or(() -> sold);
            }
            return Optional.of(new Investment(List.of(buyerId), object, money, Optional.empty(),
                    Optional.empty(), Optional.empty(), s.span(), ASIDE));
        }
        return Optional.empty();
    }

    /** "Ltd.'s", "Alta., to": a dot glued to an abbreviation, before a possessive or a comma, ends no clause. */
    private static boolean abbreviationDot(SentenceView s, int k) {
        return s.token(k).text().equals(".") && k > 0 && k + 1 < s.size() && s.token(k - 1).end() == s.token(k).start()
                && s.token(k + 1).text().matches("['’]s|,");
    }

    /**
     * "Brakka will receive up to $2bn from Globex", "Acme recevra 40 millions d'euros de la part de
     * l'État": the subject receives, the backers named after "from" invest. Without a named backer,
     * or when a person receives (a salary, a bonus), it is no investment.
     */
    private Optional<Investment> receipt(SentenceView s, Language lang, Trigger t, Optional<Money> money, int after,
                                         List<TimeSpan> times, Optional<String> described, Optional<String> mainActor,
                                         List<Investment> earlier) {
        if (money.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> receiver = described;
        List<String> subject = subject(s, t.index());
        // "MORRISON, Colo. (AP) — A steel mill has secured": the outlet of the dateline receives nothing
        List<Placed> before = s.entitiesIn(0, t.index()).stream()
                .filter(p -> s.startOf(p) == 0 || !s.word(s.startOf(p) - 1).equals("(")).toList();
        if (receiver.isEmpty() && !subject.isEmpty()) {
            receiver = before.stream().filter(p -> p.entityId().equals(subject.get(0)))
                    .filter(p -> p.type() != EntityType.PERSON).findFirst().map(Placed::entityId);
        }
        if (receiver.isEmpty() && before.stream().noneMatch(p -> p.type() != EntityType.PLACE)) {
            receiver = mainActor;
        }
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        List<String> backers = new ArrayList<>(backersAfter(s, lang, after, clauseEnd(s, after)));
        if (backers.isEmpty() && grantBetween(s, t.end(), after)) {
            // "Wattnova reçoit une subvention de 48 M€" after "l'État soutient trois projets": the giver the story named
            lastGiver(earlier).ifPresent(backers::add);
        }
        backers.remove(receiver.get());
        if (backers.isEmpty()) {
            return Optional.empty();
        }
        List<TimeSpan> period = times.stream().filter(x -> s.span().contains(x.span())).toList();
        Optional<String> purpose = purpose(s, lang, after, s.size(), times);
        return Optional.of(new Investment(backers, receiver, money,
                nearest(s, period, t, TimeSpan::duration), nearest(s, period, t, TimeSpan::endDate), purpose, s.span(), RAISE));
    }

    /** Whether a grant noun stands between a verb of receiving and its amount: "reçoit une subvention de", "gets a grant of". */
    private static boolean grantBetween(SentenceView s, int from, int to) {
        for (int k = from; k < Math.min(to, s.size()); k++) {
            if (GRANT_NOUNS.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "About $7bn came from a group of co-investors that included Globex, the fund Norvane and Acme",
     * "200 millions proviennent du fonds X": the amount is the subject and the backers follow; the last name
     * of each listed member invests ("Acme co-founder Jane Doe" is Jane Doe), in what the deal just read
     * went to. With no such deal or no named backer, it is no investment.
     */
    private Optional<Investment> cameFrom(SentenceView s, Trigger t, Optional<Money> money, List<Investment> before,
                                         List<Investment> inSentence) {
        Optional<String> target = inSentence.stream().map(Investment::target).flatMap(Optional::stream).findFirst()
                .or(() -> lastTarget(before));
        if (money.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        List<String> backers = new ArrayList<>();
        int end = clauseEnd(s, t.end());
        Optional<Placed> member = Optional.empty();
        for (int k = t.end(); k <= end; k++) {
            if (k == end || COORDINATION.contains(s.word(k)) || CLAUSE_END.contains(s.token(k).text())) {
                member.filter(this::isActor).map(Placed::entityId).filter(id -> !id.equals(target.get()))
                        .filter(id -> !backers.contains(id)).ifPresent(backers::add);
                member = Optional.empty();
                if (k == end || CLAUSE_END.contains(s.token(k).text())) {
                    break;
                }
                continue;
            }
            Optional<Placed> p = s.entityAt(k);
            if (p.isPresent()) {
                member = p;
                k = s.endOf(p.get()) - 1;
            }
        }
        if (backers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Investment(backers, target, money, Optional.empty(), Optional.empty(), Optional.empty(),
                s.span(), NOUN_WITH_AMOUNT));
    }

    /** Where a trigger's words end: at the next trigger that has an amount of its own. */
    private static int scopeEnd(SentenceView s, Trigger t, List<Trigger> all, Map<Trigger, Money> byTrigger) {
        for (Trigger other : all) {
            if (other.index() > t.index() && byTrigger.containsKey(other)) {
                Money m = byTrigger.get(other);
                return Math.min(other.index(), s.tokenAt(m.span().start()));
            }
        }
        return s.size();
    }

    /**
     * "Acme raised $2bn from Globex and Initech. Each investor put in $1bn": a subject that distributes over
     * the backers of the deal just read gives each of them the amount, in the same target. Read aside: none
     * of them is who a later "it" is.
     */
    private List<Investment> eachBacker(SentenceView s, Trigger t, Optional<Money> money, List<Investment> before) {
        if (money.isEmpty() || before.isEmpty() || t.kind() == Kind.SELL || t.kind() == Kind.RECEIVE) {
            return List.of();
        }
        boolean each = false;
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 6); k--) {
            if (CLAUSE_END.contains(s.token(k).text()) || s.word(k).equals(",") || s.entityAt(k).isPresent()) {
                break;
            }
            each |= EACH.contains(s.word(k));
        }
        Investment deal = before.get(before.size() - 1);
        if (!each || deal.investors().size() < 2 || deal.target().isEmpty()) {
            return List.of();
        }
        return deal.investors().stream().map(id -> new Investment(List.of(id), deal.target(), money, Optional.empty(),
                Optional.empty(), Optional.empty(), s.span(), ASIDE)).toList();
    }

    /** The target of one of the last deals whose several investors include all of these. */
    private static Optional<String> shareOf(List<Investment> before, List<String> investors) {
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - SHARE_REACH); i--) {
            Investment d = before.get(i);
            if (!investors.isEmpty() && d.target().isPresent() && d.investors().size() > investors.size()
                    && d.investors().containsAll(investors)) {
                return d.target();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastTarget(List<Investment> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).target().isPresent()) {
                return before.get(i).target();
            }
        }
        return Optional.empty();
    }

    /** "rachetée en 2012 par X", "was bought by X": a by-agent right after the verb. */
    private boolean passiveAgent(SentenceView s, Trigger t, int scopeEnd) {
        for (int k = t.end(); k < Math.min(scopeEnd, t.end() + 4); k++) {
            if (PASSIVE_BY.contains(s.word(k)) && s.entityAt(k + 1).filter(this::isActor).isPresent()) {
                return true;
            }
            if (s.entityAt(k).isPresent() || !s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject organization of the sentence just before: what "le groupe", "the company" names
     * when it follows that sentence; further back, it names the company the story is about.
     */
    private static Optional<String> subjectBefore(List<SentenceView> body, int index) {
        return index > 0 ? Antecedents.subjectOf(body.get(index - 1), List.of()) : Optional.empty();
    }

    /** "Le groupe a déboursé", "the company paid": a definite common noun for an organization heads the clause. */
    private static boolean commonNounSubject(SentenceView s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
            if (CLAUSE_END.contains(s.token(k).text())) {
                return false;
            }
            if (Set.of("le", "la", "l'", "l’", "the").contains(s.word(k)) && s.entityAt(k + 1).isEmpty()
                    && CueLexicon.names().matchAt("org-noun", s.tokens(), k + 1).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The last investor of the story that has received nothing itself: who gives in a list of grants. */
    private static Optional<String> lastGiver(List<Investment> before) {
        Set<String> receivers = before.stream().map(Investment::target).flatMap(Optional::stream).collect(Collectors.toSet());
        return lastInvestor(before, id -> !receivers.contains(id));
    }

    private static Optional<String> lastInvestor(List<Investment> before) {
        return lastInvestor(before, id -> true);
    }

    private static Optional<String> lastInvestor(List<Investment> before, Predicate<String> eligible) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Investment d = before.get(i);
            // a fund-raising's backers and a side sale's buyer are not who "it" or "il" is
            if (!d.investors().isEmpty() && d.confidence() != RAISE && d.confidence() != ASIDE && eligible.test(d.investors().get(0))) {
                return Optional.of(d.investors().get(0));
            }
        }
        return Optional.empty();
    }

    private List<String> investors(SentenceView s, Trigger t, int after, int scopeEnd, ArticleEntities entities) {
        // passive: "will be invested by Acme"
        for (int k = t.end(); k < Math.min(scopeEnd, t.end() + 4); k++) {
            if (PASSIVE_BY.contains(s.word(k)) && k + 1 < s.size()) {
                // "invested by South Korean battery maker Acme": over the words that describe the name
                for (int n = k + 1; n < Math.min(s.size(), k + 8); n++) {
                    Optional<Placed> p = s.entityAt(n);
                    if (p.isPresent()) {
                        if (isActor(p.get())) {
                            return List.of(p.get().entityId());
                        }
                        break;
                    }
                    if (!s.token(n).isWord()) {
                        break;
                    }
                }
            }
        }
        // "Acme's $1bn investment", "investments by Acme and Globex"
        if (t.kind() == Kind.NOUN) {
            for (int k = t.index() - 1; k >= Math.max(0, t.index() - 6); k--) {
                if (s.token(k).text().matches("['’]s") && k > 0 && s.entityAt(k - 1).filter(this::isActor).isPresent()) {
                    return List.of(s.entityAt(k - 1).get().entityId());
                }
            }
            if (t.end() < s.size() && PASSIVE_BY.contains(s.word(t.end()))) {
                return coordinated(s, t.end() + 1);
            }
            // "une subvention de 2 millions d'euros accordée par l'Agence", "a $5 million grant awarded by the state"
            for (int k = Math.max(t.end(), after); k + 1 < Math.min(s.size(), after + 3); k++) {
                if (PASSIVE_BY.contains(s.word(k + 1)) && s.word(k).matches("\\p{L}+(ée|ées|é|és|ed|en)")) {
                    int f = k + 2;
                    while (f < s.size() && Set.of("le", "la", "l'", "l’", "les", "the").contains(s.word(f))) {
                        f++;
                    }
                    List<String> by = coordinated(s, f);
                    if (!by.isEmpty()) {
                        return by;
                    }
                }
            }
        }
        return subject(s, t.index());
    }

    /**
     * The actors left of a trigger that head the clause: not in a prepositional phrase, not a
     * possessor, not in an apposition to an earlier name; with those coordinated to it ("Acme et le
     * fabricant Globex"). A place heads it only when no actor does ("Le canton du Valais accordera").
     */
    private List<String> subject(SentenceView s, int trigger) {
        Optional<Placed> place = Optional.empty();
        for (int k = trigger - 1; k >= 0; k--) {
            if (Set.of("—", "–", "--").contains(s.word(k)) && k > 0 && (s.word(k - 1).equals(")") || s.token(k - 1).isAllCaps())) {
                // "MORRISON, Colo. (AP) — A steel mill has secured": the dateline before the dash is no subject
                break;
            }
            int opening = s.word(k).equals(",") ? relativeClauseOpening(s, k) : -1;
            if (opening >= 0) {
                // "Acme, qui possède déjà Globex, a racheté Initech": the names of a relative clause head no clause
                k = opening;
                continue;
            }
            if (s.entityAt(k).isPresent() && s.endOf(s.entityAt(k).get()) < s.size()
                    && isNounTrigger(s, s.endOf(s.entityAt(k).get()))) {
                // "the $4bn Acme investment": the name before the noun is what is invested in
                k = s.startOf(s.entityAt(k).get());
                continue;
            }
            Optional<Placed> p = s.entityAt(k);
            if (p.isEmpty()) {
                if (place.isPresent() && RELATIVE_OBJECT.contains(s.word(k))) {
                    // "$1bn of aid that Velia will give Acme": the place heads the relative clause, not a name before it
                    break;
                }
                if (place.isPresent() && k > 0 && Set.of("et", "and").contains(s.word(k)) && s.word(k - 1).equals(",")) {
                    // "l'État versera 18 M€, et la région Velia lui accordera 6 M€": the place heads the second clause
                    break;
                }
                continue;
            }
            int start = s.startOf(p.get());
            int end = s.endOf(p.get());
            boolean possessive = end < s.size() && s.token(end).text().matches("['’]s");
            boolean modifier = s.document().text().startsWith("-based", p.get().span().end());
            // "MORRISON, Colo. (AP) — A steel mill has secured": a name in parentheses is an aside, not the subject
            boolean aside = start > 0 && s.word(start - 1).equals("(") && end < s.size() && s.word(end).equals(")");
            if (possessive || modifier || aside || governed(s, start) || appositive(s, start)) {
                k = start;
                continue;
            }
            if (!isActor(p.get())) {
                if (p.get().type() == EntityType.PLACE && place.isEmpty() && !placeModifier(s, start, end)) {
                    place = p;
                }
                k = start;
                continue;
            }
            List<String> out = new ArrayList<>();
            out.add(p.get().entityId());
            // "Acme and Globex will invest", "le constructeur A et le fabricant B": walk back over the coordination
            int j = skipDescriptors(s, start - 1);
            while (j > 0 && COORDINATION.contains(s.word(j))) {
                int e = skipDescriptors(s, j - 1);
                Optional<Placed> q = e >= 0 ? s.entityAt(e).filter(this::isActor) : Optional.empty();
                if (q.isEmpty() || s.word(j).equals(",") && e < j - 1) {
                    // "its Velia unit, Acme Labs": a name that a noun follows before the comma is in apposition
                    break;
                }
                out.add(0, q.get().entityId());
                j = skipDescriptors(s, s.startOf(q.get()) - 1);
            }
            return out.stream().distinct().toList();
        }
        return place.map(p -> coordinatedPlaces(s, p)).orElse(List.of());
    }

    /**
     * A public giver and the ones joined to it before: "Germany and the state of Lower Saxony will provide",
     * "l'État et la région Bretagne verseront".
     */
    private static List<String> coordinatedPlaces(SentenceView s, Placed last) {
        List<String> out = new ArrayList<>(List.of(last.entityId()));
        int j = s.startOf(last) - 1;
        while (j > 0) {
            int k = j;
            // past "the state of", "la région", "le Land de": a few lower-case words before the name
            while (k > 0 && j - k < 4 && s.token(k).isWord() && !s.token(k).isCapitalized() && !COORDINATION.contains(s.word(k))) {
                k--;
            }
            if (!Set.of("and", "et").contains(s.word(k)) || k == 0) {
                break;
            }
            int and = k;
            Optional<Placed> q = s.entityAt(k - 1).filter(p -> p.type() == EntityType.PLACE && s.endOf(p) == and);
            if (q.isEmpty()) {
                break;
            }
            out.add(0, q.get().entityId());
            j = s.startOf(q.get()) - 1;
        }
        return out.stream().distinct().toList();
    }

    /** The comma that opens the relative clause ", qui ...", ", which ..." closed by the comma at {@code close}, or -1. */
    private static int relativeClauseOpening(SentenceView s, int close) {
        for (int j = close - 2; j >= Math.max(0, close - 30); j--) {
            String w = s.word(j);
            if (w.equals(",")) {
                return RELATIVE_SUBJECT.contains(s.word(j + 1)) ? j : -1;
            }
            if (CLAUSE_END.contains(s.token(j).text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The Velia project", "the Heide plant": a place between "the" and a common noun names what the noun is
     * about and heads no clause ("the Netherlands will", "the U.S. pledged" do).
     */
    private static boolean placeModifier(SentenceView s, int start, int end) {
        if (start == 0 || end >= s.size() || !s.word(start - 1).equals("the") || !s.token(end).isWord() || s.token(end).isCapitalized()) {
            return false;
        }
        String next = s.word(end);
        return !AUXILIARIES.contains(next) && !next.endsWith("s") && !next.endsWith("ed")
                && Morphology.of(s.document().language()).parts(next).contains(Morphology.Pos.NOUN);
    }

    /** The index before the lower-case words that describe a name ("le fabricant français de capteurs"). */
    private int skipDescriptors(SentenceView s, int k) {
        int n = 0;
        while (k >= 0 && n < 8 && s.entityAt(k).isEmpty() && s.token(k).isWord() && !s.token(k).isCapitalized()
                && !COORDINATION.contains(s.word(k)) && !cues.matchAt("invest-verb", s.document().language(), s.tokens(), k).isPresent()) {
            if (CueLexicon.names().is("verb-stop", s.token(k).text()) || CLAUSE_WORDS.contains(s.word(k))) {
                return -1;
            }
            k--;
            n++;
        }
        return k;
    }

    /** In a prepositional phrase, save "le canton du X", "la ville de X", where the name is the head. */
    private boolean governed(SentenceView s, int start) {
        // "a subsidiary of Seoul-based Hanjoo Group": past a place's "-based" to the preposition
        if (start >= 2 && s.document().text().substring(0, s.token(start - 1).end()).endsWith("-based")) {
            int k = start - 2;
            while (k >= 0 && (s.word(k).equals("-") || s.word(k).equals("based") || s.entityAt(k).isPresent())) {
                k--;
            }
            return k >= 0 && isPreposition(s.word(k));
        }
        // "in southern Colorado", "dans le nord de la France": past a direction to the preposition
        if (start >= 2 && CueLexicon.names().is("directional", s.word(start - 1)) && isPreposition(s.word(start - 2))) {
            return true;
        }
        // "the investment arm of Abu Dhabi's Hadaf Group": past a place's possessive to the preposition
        if (start >= 3 && s.word(start - 1).matches("['’]s")) {
            Optional<Placed> owner = s.entityAt(start - 2).filter(p -> p.type() == EntityType.PLACE);
            if (owner.isPresent() && s.startOf(owner.get()) > 0) {
                return isPreposition(s.word(s.startOf(owner.get()) - 1));
            }
        }
        if (start == 0 || !isPreposition(s.word(start - 1))) {
            return false;
        }
        boolean ofLink = Set.of("de", "du", "d'", "d’", "of").contains(s.word(start - 1));
        return !(ofLink && start >= 2 && CueLexicon.names().is("place-noun", s.token(start - 2).text()));
    }

    /** "Atlas, filiale du groupe X, va investir": X describes Atlas and does not invest. */
    private boolean appositive(SentenceView s, int start) {
        int k = start - 1;
        int n = 0;
        while (k >= 0 && n < 8 && s.token(k).isWord() && !s.token(k).isCapitalized() && s.entityAt(k).isEmpty()) {
            if (CueLexicon.names().is("verb-stop", s.token(k).text()) || Set.of("que", "qu'", "qu’", "that", "which", "qui")
                    .contains(s.word(k))) {
                return false;
            }
            k--;
            n++;
        }
        if (k <= 0 || !s.token(k).text().equals(",") || s.entityAt(k - 1).isEmpty()) {
            return false;
        }
        // "face à un site en Saxe, l'État versera": a place in an opening phrase has no apposition; the name starts the clause
        Placed before = s.entityAt(k - 1).get();
        int at = s.startOf(before);
        boolean placeInPhrase = before.type() == EntityType.PLACE && at > 0 && isPreposition(s.word(at - 1));
        // "in Alzey, western Germany": a place after a place is still its apposition
        return !placeInPhrase || s.entityAt(start).map(p -> p.type() == EntityType.PLACE).orElse(true);
    }

    private boolean isNounTrigger(SentenceView s, int i) {
        Language lang = s.document().language();
        return cues.matchAt("invest-noun", lang, s.tokens(), i).isPresent() || cues.matchAt("raise-noun", lang, s.tokens(), i).isPresent();
    }

    private List<String> coordinated(SentenceView s, int from) {
        List<String> out = new ArrayList<>();
        int k = from;
        while (k < s.size()) {
            Optional<Placed> p = s.entityAt(k);
            if (p.isEmpty() || !isActor(p.get())) {
                break;
            }
            out.add(p.get().entityId());
            k = s.endOf(p.get());
            if (k < s.size() && COORDINATION.contains(s.word(k))) {
                k++;
            } else {
                break;
            }
        }
        return out;
    }

    private List<String> backersAfter(SentenceView s, Language lang, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            OptionalInt cue = cues.matchAt("backers", lang, s.tokens(), k);
            if (cue.isPresent()) {
                for (Placed p : s.entitiesIn(k + cue.getAsInt(), to)) {
                    if (p.type() == EntityType.ORGANIZATION && !out.contains(p.entityId()) && !describesBacker(s, s.startOf(p))) {
                        out.add(p.entityId());
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * "from Globex and Acme, the family holding company behind the Brakka Group": a name inside an
     * apposition that describes the backer before it, through a preposition, backs nothing itself.
     */
    private static boolean describesBacker(SentenceView s, int start) {
        boolean preposition = false;
        int k = start - 1;
        for (int n = 0; k >= 0 && n < 8 && s.token(k).isWord() && !s.token(k).isCapitalized() && s.entityAt(k).isEmpty()
                && !COORDINATION.contains(s.word(k)); k--, n++) {
            preposition |= isPreposition(s.word(k)) || s.word(k).equals("behind") || s.word(k).equals("derrière");
        }
        return preposition && k > 0 && s.word(k).equals(",") && s.entityAt(k - 1).isPresent()
                && APPOSITION_OPENERS.contains(s.word(k + 1).toLowerCase(Locale.ROOT));
    }

    private boolean isActor(Placed p) {
        return p.type() == EntityType.ORGANIZATION || p.type() == EntityType.PERSON;
    }

    private static boolean isPreposition(String w) {
        return PREPOSITIONS.contains(w);
    }

    private Optional<String> target(SentenceView s, Language lang, Trigger t, int after, int scopeEnd, List<String> investors,
                                    ArticleEntities entities) {
        int from = t.kind() == Kind.NOUN ? t.end() : Math.min(t.end(), after);
        if (t.kind() == Kind.NOUN && t.index() > 0 && s.entityAt(t.index() - 1).isPresent()) {
            Placed p = s.entityAt(t.index() - 1).get();
            if (p.type() == EntityType.ORGANIZATION || p.type() == EntityType.PLACE) {
                return Optional.of(p.entityId());
            }
        }
        scopeEnd = Math.min(scopeEnd, clauseEnd(s, from));
        for (int k = from; k < scopeEnd; k++) {
            if (CLAUSE_END.contains(s.token(k).text())) {
                break;
            }
            Optional<Placed> p = s.entityAt(k);
            if (p.isEmpty()) {
                continue;
            }
            Placed e = p.get();
            int start = s.startOf(e);
            int end = s.endOf(e);
            if (start > 0 && CueLexicon.names().is("event-noun", s.word(start - 1))) {
                // "dans le cadre du plan France 2030": a place inside a plan's or an event's name receives nothing
                k = end - 1;
                continue;
            }
            int bought = stakeOf(s, t.end());
            // "l'acquisition de 70 % de X": a share of a name is bought, whatever the noun
            boolean direct = (t.purchase() || t.kind() == Kind.NOUN && bought != t.end()) && start - bought <= 4
                    && (noPrepositionBetween(s, bought, start) || ofWhatIsBought(s, bought, start));
            boolean governed = governedByTarget(s, lang, start);
            boolean modifier = s.document().text().startsWith("-based", e.span().end());
            if ((governed || direct) && !modifier && (e.type() == EntityType.PLACE || e.type() == EntityType.ORGANIZATION)
                    && !investors.contains(e.entityId())) {
                // "in Abu Dhabi's G42", "in Freedonia's northern Salta province": the possessed name is the target
                if (end + 1 < s.size() && s.token(end).text().matches("['’]s")) {
                    for (int n = end + 1; n < Math.min(s.size(), end + 4); n++) {
                        if (s.entityAt(n).isPresent()) {
                            return Optional.of(s.entityAt(n).get().entityId());
                        }
                        if (s.token(n).isCapitalized() || !s.token(n).isWord()) {
                            break;
                        }
                    }
                }
                if (e.type() == EntityType.PLACE && isCountry(entities, e.entityId())) {
                    Optional<String> town = narrower(s, end);
                    if (town.isPresent()) {
                        return town;
                    }
                }
                return Optional.of(e.entityId());
            }
            k = end - 1;
        }
        return Optional.empty();
    }

    /** "sa première usine en France, à Saint-Avold, en Moselle": the town in apposition after the country. */
    private static Optional<String> narrower(SentenceView s, int end) {
        int k = end;
        if (k + 1 >= s.size() || !s.word(k).equals(",")) {
            return Optional.empty();
        }
        k++;
        // "Lebanon, Indiana" is a town and its state, not a country and a town: the town needs its preposition
        if (!Set.of("à", "in", "at", "near").contains(s.word(k))) {
            return Optional.empty();
        }
        return s.entityAt(k + 1).filter(p -> p.type() == EntityType.PLACE).map(Placed::entityId);
    }

    /** "la formation de trois millions de travailleurs japonais": the demonym's country, if the article names it. */
    private Optional<String> demonymTarget(SentenceView s, Trigger t, int after, int scopeEnd, ArticleEntities entities) {
        int from = t.kind() == Kind.NOUN ? t.end() : Math.min(t.end(), after);
        scopeEnd = Math.min(scopeEnd, clauseEnd(s, from));
        for (int k = from; k < scopeEnd; k++) {
            if (k > 0 && moneyWord(s.token(k - 1).text())) {
                // "francs suisses", "dollars canadiens": a currency, not a place
                continue;
            }
            if (PRONOUN_TARGET.contains(s.word(k))) {
                return Optional.empty();
            }
            if (s.entityAt(k).isPresent()) {
                continue;
            }
            Optional<String> country = gazetteer.demonym(s.token(k).text()).map(g -> g.wikidata()).filter(q -> !q.isEmpty());
            if (country.isPresent()) {
                Optional<Entity> e = entities.entities().stream()
                        .filter(x -> x.wikidata().map(country.get()::equals).orElse(false)).findFirst();
                if (e.isPresent()) {
                    return Optional.of(e.get().id());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name is what a target preposition governs: "in Japan", "dans Acme", and through
     * the words that describe it, "au développement de la start-up valaisanne Acme".
     */
    private boolean governedByTarget(SentenceView s, Language lang, int start) {
        for (int k = start - 1, n = 0; k >= 0 && n < 7; k--, n++) {
            Token t = s.token(k);
            if (cues.is("target-prep", lang, t.text())) {
                return true;
            }
            if (lang == Language.EN && k > 0 && t.text().endsWith("ing") && Morphology.of(lang).parts(t.text()).contains(Morphology.Pos.VERB)
                    && s.entityAt(k - 1).isEmpty()) {
                // "will spend $4bn upgrading its Taichung plant": a gerund after the amount governs what is invested in,
                // as "to upgrade" does
                return true;
            }
            // "a stake in Rotterdam-based bunker supplier X": a place's "-based" describes the name
            Optional<Placed> based = s.entityAt(k).filter(p -> p.type() == EntityType.PLACE
                    && s.document().text().startsWith("-based", p.span().end()));
            if (based.isPresent()) {
                k = s.startOf(based.get());
                continue;
            }
            if (t.text().equals("-based") || t.text().equals("based") && k > 0 && s.word(k - 1).equals("-")) {
                continue;
            }
            if (!t.isWord() || t.isCapitalized() || s.entityAt(k).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where what is bought is named past a share of it: "l'acquisition de 70 % de X", "the purchase of 40% of X" give the
     * second "de"/"of"; anything else gives {@code from} back.
     */
    private static int stakeOf(SentenceView s, int from) {
        int k = from;
        if (k + 3 < s.size() && OF.contains(s.word(k)) && s.word(k + 1).matches("\\d+([.,]\\d+)?")) {
            k += 2;
            if (s.word(k).equals("%")) {
                k++;
            } else if (k + 1 < s.size() && Set.of("per", "pour").contains(s.word(k)) && s.word(k + 1).equals("cent")) {
                k += 2;
            } else {
                return from;
            }
            return k < s.size() && OF.contains(s.word(k)) ? k : from;
        }
        return from;
    }

    /** "l'acquisition de la biscuiterie X", "the purchase of rival X": "of" and lower-case words before what is bought. */
    private static boolean ofWhatIsBought(SentenceView s, int from, int to) {
        if (from >= to || !OF.contains(s.word(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!s.token(k).isWord() || s.token(k).isCapitalized() || isPreposition(s.word(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean noPrepositionBetween(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isPreposition(s.word(k)) || !s.token(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "will give Acme $1bn", "gave battery maker Acme a grant": the organization right after a verb of
     * giving, past the words that describe it, is who receives. A preposition, a figure or a clause end
     * between them gives none ("gave its approval to", "gave $1bn").
     */
    private Optional<String> indirectObject(SentenceView s, Trigger t) {
        // "versera à Acme une aide": French marks the receiver with "à"
        int from = t.end() < s.size() && Set.of("à", "au", "aux").contains(s.word(t.end())) ? t.end() + 1 : t.end();
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            Optional<Placed> p = s.entityAt(k);
            if (p.isPresent()) {
                return p.filter(x -> x.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
            if (!s.token(k).isWord() || isPreposition(s.word(k)) || CLAUSE_WORDS.contains(s.word(k))
                    || Character.isDigit(s.token(k).text().codePointAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "du groupe", "de la société", "in the company", "into the group": a definite organization noun right after the cue. */
    private static boolean commonNounObject(SentenceView s, int from) {
        int k = from;
        if (k < s.size() && Set.of("du", "de", "d'", "d’", "of", "in", "into", "dans").contains(s.word(k))) {
            k++;
        } else {
            return false;
        }
        if (k < s.size() && Set.of("la", "le", "l'", "l’", "the").contains(s.word(k))) {
            k++;
        } else if (!s.word(from).equals("du")) {
            return false;
        }
        return k < s.size() && s.entityAt(k).isEmpty() && CueLexicon.names().matchAt("org-noun", s.tokens(), k).isPresent()
                && (k + 1 >= s.size() || s.entityAt(k + 1).isEmpty());
    }

    /** "bought it", "acquired them", "l'a rachetée", "les rachète": a pronoun is what is bought. */
    private static boolean pronounObject(SentenceView s, Trigger t) {
        if (t.end() < s.size() && Set.of("it", "them").contains(s.word(t.end()))) {
            return true;
        }
        java.util.Set<Morphology.Pos> parts = Morphology.of(s.document().language()).parts(s.token(t.index()).text());
        if (!parts.contains(Morphology.Pos.VERB) || parts.contains(Morphology.Pos.NOUN)) {
            // "L'acquéreur": an article before a noun
            return false;
        }
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 3); k--) {
            if (Set.of("l'", "l’", "les").contains(s.word(k))) {
                return true;
            }
            if (!AUXILIARIES.contains(s.word(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "lui accordera une subvention", "leur a versé", "will give it", "granted them": a pronoun receives what is
     * given; French puts it before the verb (and its auxiliaries), English after.
     */
    private static boolean pronounReceiver(SentenceView s, Trigger t) {
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 6); k--) {
            if (s.entityAt(k).isPresent() || CLAUSE_END.contains(s.token(k).text())) {
                break;
            }
            if (Set.of("lui", "leur").contains(s.word(k))) {
                int v = k + 1;
                while (v < t.index() && AUXILIARIES.contains(s.word(v))) {
                    v++;
                }
                return v <= t.index() && Morphology.of(s.document().language()).parts(s.token(v).text()).contains(Morphology.Pos.VERB);
            }
        }
        return t.kind() != Kind.NOUN && t.end() < s.size() && Set.of("it", "them").contains(s.word(t.end()));
    }

    /** "accordera à Acme une subvention", "will give Acme a grant": the receiver named before the amount. */
    private Optional<String> beneficiary(SentenceView s, Trigger t, List<String> investors) {
        for (int k = t.index() - 1; k > 0 && k >= t.index() - 6; k--) {
            Optional<Placed> p = s.entityAt(k);
            if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION && !investors.contains(p.get().entityId())
                    && Set.of("à", "au", "to").contains(s.word(s.startOf(p.get()) - 1))) {
                return Optional.of(p.get().entityId());
            }
        }
        return Optional.empty();
    }

    /** Where a new clause starts: ", et a annoncé", ", and said", "; ". */
    private static int clauseEnd(SentenceView s, int from) {
        for (int k = from; k + 1 < s.size(); k++) {
            if (s.token(k).text().equals(",") && Set.of("et", "and", "mais", "but", "while", "alors", "which", "who", "qui",
                    "where", "où", "said", "a", "has").contains(s.word(k + 1))) {
                return k;
            }
        }
        return s.size();
    }

    private static Optional<String> nearest(SentenceView s, List<TimeSpan> times, Trigger t,
                                            java.util.function.Function<TimeSpan, Optional<String>> slot) {
        int at = s.token(Math.min(t.index(), s.size() - 1)).start();
        return times.stream().filter(x -> slot.apply(x).isPresent())
                .min(Comparator.comparing((TimeSpan x) -> x.span().start() < at).thenComparingInt(x -> Math.abs(x.span().start() - at)))
                .flatMap(slot);
    }

    /** "afin de soutenir ...", "to expand ...", or the domain: "in cloud infrastructure", "dans la formation". */
    private Optional<String> purpose(SentenceView s, Language lang, int from, int to, List<TimeSpan> times) {
        List<String> parts = new ArrayList<>();
        // "spent building up its capacity"
        if (lang == Language.EN && from < to && s.word(from).endsWith("ing") && !s.token(from).isCapitalized()
                && s.entityAt(from).isEmpty()) {
            int end = phraseEnd(s, from, to, times);
            parts.add(s.document().text().substring(s.token(from).start(), s.token(end - 1).end()));
        }
        for (int k = from; k < to; k++) {
            if (CLAUSE_END.contains(s.token(k).text())) {
                break;
            }
            OptionalInt cue = cues.matchAt("purpose", lang, s.tokens(), k);
            if (cue.isEmpty()) {
                continue;
            }
            int start = k + cue.getAsInt();
            if (start >= s.size() || s.entityAt(start).isPresent() || s.token(start).isCapitalized() && !s.token(start).isAllCaps()) {
                continue;
            }
            if (cue.getAsInt() == 1 && k > from && !followsConstituent(s, k, times)) {
                continue;
            }
            if (cues.matchAt("not-purpose", lang, s.tokens(), start).isPresent()
                    || cues.matchAt("acquire-verb", lang, s.tokens(), start).isPresent()) {
                // "pour racheter Acme": buying is the deal itself, not what the money is for
                continue;
            }
            int end = phraseEnd(s, start, to, times);
            if (end > start && (Character.isDigit(s.token(start).text().codePointAt(0)) || namesMoney(s, start, end))) {
                // "in 2021", "in 2015 prices", "to £26bn": a date or a figure, not what the money is for
                continue;
            }
            if (end > start && cues.is("stake-noun", lang, s.token(end - 1).text())) {
                // "for the 50% stake": what is bought, not what the money is for
                continue;
            }
            if (end - start >= 1 && !isPlaceNoun(s, start, end)) {
                String text = s.document().text().substring(s.token(start).start(), s.token(end - 1).end());
                if (parts.stream().noneMatch(text::contains)) {
                    parts.add(text);
                }
                k = end - 1;
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ; ", parts));
    }

    /** "invest $1bn in Japan to grow": a one-word cue right after an amount, a name, a period or ")". */
    private boolean followsConstituent(SentenceView s, int k, List<TimeSpan> times) {
        Token prev = s.token(k - 1);
        if (prev.text().equals(")") || prev.text().equals(",") || s.entityAt(k - 1).isPresent()) {
            return true;
        }
        int at = prev.start();
        if (times.stream().anyMatch(x -> x.span().start() <= at && at < x.span().end())) {
            return true;
        }
        return prev.text().matches(".*\\d.*") || CueLexicon.facts().is("currency-word", prev.text())
                || cues.matchAt("invest-verb", s.document().language(), s.tokens(), k - 1).isPresent()
                || moneyWord(prev.text());
    }

    private static boolean namesMoney(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).text();
            if (w.startsWith("$") || w.startsWith("£") || w.startsWith("€") || w.startsWith("¥")) {
                return true;
            }
        }
        return false;
    }

    private static boolean moneyWord(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return l.matches("(milliards?|millions?|billions?|trillions?|bn|m|md|mds|dollars?|euros?|yens?|yuans?|livres?|pounds?|francs?"
                + "|roupies?|rupees?|wons?|ringgits?|rupiahs?|dirhams?|riyals?|couronnes?|krona|kronor|€|\\$|£|¥)");
    }

    private int phraseEnd(SentenceView s, int start, int to, List<TimeSpan> times) {
        int k = start;
        while (k < to) {
            Token t = s.token(k);
            if (CLAUSE_END.contains(t.text()) || t.text().equals(",") || t.text().equals("(") || s.entityAt(k).isPresent()
                    && !s.token(k).isAllCaps()) {
                break;
            }
            int at = t.start();
            if (times.stream().anyMatch(x -> x.span().start() <= at && at < x.span().end())) {
                break;
            }
            if (cues.is("target-prep", s.document().language(), t.text()) && k + 1 < to && s.entityAt(k + 1).isPresent()
                    && !s.token(k + 1).isAllCaps()) {
                break;
            }
            if ((Set.of("qui", "que", "which", "that", "said", "the company", "as", "comme", "while", "alors").contains(s.word(k))
                    || s.document().language() == Language.FR && Set.of("a", "ont").contains(s.word(k)))
                    && k > start) {
                break;
            }
            k++;
        }
        // a phrase does not end on the words that would have introduced what stopped it: "près de", "in the"
        while (k > start + 1 && (isPreposition(s.word(k - 1)) || DANGLING.contains(s.word(k - 1)))) {
            k--;
        }
        return k;
    }

    private boolean isPlaceNoun(SentenceView s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Set.of("the", "le", "la", "l'", "l’", "its", "son", "sa", "ses").contains(s.word(k))) {
                return CueLexicon.names().is("place-noun", s.token(k).text()) && end - k <= 1
                        || CueLexicon.names().is("month", s.token(k).text());
            }
        }
        return true;
    }

    /** How wide a place is: a country 3, a region 2, a town or a site 1; anything else 0, so that a place never gives way to it. */
    private static int placeBreadth(ArticleEntities entities, String id) {
        return entities.entity(id).filter(e -> e.type() == EntityType.PLACE).map(e -> switch (e.kind()) {
            case COUNTRY -> 3;
            case REGION -> 2;
            default -> 1;
        }).orElse(0);
    }

    /** Whether the deal's sentence names the place only as what the site is near: "near X", "près de X", "outside X". */
    private static boolean namedAsNear(String text, ArticleEntities entities, Span sentence, String place) {
        for (Placed p : entities.within(sentence)) {
            if (p.entityId().equals(place)) {
                String before = text.substring(Math.max(sentence.start(), p.span().start() - 12), p.span().start()).strip();
                return before.endsWith("near") || before.endsWith("près de") || before.endsWith("près d'")
                        || before.endsWith("près d’") || before.endsWith("outside");
            }
        }
        return false;
    }

    private static boolean isCountry(ArticleEntities entities, String id) {
        return entities.entity(id).map(e -> e.kind() == org.newsgraph.extract.PlaceKind.COUNTRY).orElse(false);
    }

    /**
     * Adds a deal, or merges it into the same deal read before (a headline and its lead, a round
     * and its backers): same amount and target, investors added, slots the first reading left
     * empty filled.
     */
    private static void mergeOrAdd(Investment inv, List<Investment> out, ArticleEntities entities, String text) {
        for (int i = 0; i < out.size(); i++) {
            Investment b = out.get(i);
            if (b.amount().isEmpty() && inv.amount().isPresent() && b.target().isPresent() && b.target().equals(inv.target())
                    && b.investors().equals(inv.investors())) {
                // a headline's "Acme s'offre Brakka" and the lead's price: one deal
                out.set(i, new Investment(inv.investors(), inv.target(), inv.amount(), inv.duration().or(b::duration),
                        inv.endDate().or(b::endDate), inv.purpose().or(b::purpose), b.evidence(), inv.confidence(),
                        b.announced().or(inv::announced)));
                return;
            }
            boolean sameAmount = inv.amount().isPresent() && b.amount().isPresent()
                    && inv.amount().get().value().compareTo(b.amount().get().value()) == 0
                    && inv.amount().get().currency().equals(b.amount().get().currency());
            boolean sameParties = b.investors().equals(inv.investors()) || b.confidence() == RAISE && inv.confidence() == RAISE
                    || !java.util.Collections.disjoint(b.investors(), inv.investors());
            boolean sameTarget = b.target().equals(inv.target()) || b.target().isEmpty() || inv.target().isEmpty()
                    || b.investors().equals(inv.investors()) && !b.investors().isEmpty();
            if (sameAmount && sameTarget && sameParties) {
                List<String> investors = new ArrayList<>(b.investors());
                inv.investors().stream().filter(x -> !investors.contains(x)).forEach(investors::add);
                // a headline's "into Argentine lithium" and the lead's "in Salta province", a headline's "Oregon plant"
                // and the lead's "in Hillsboro, Oregon": the narrower place; but a mill "near Youngstown, Ohio" is in Ohio
                Optional<String> target = b.target().isEmpty() || inv.target().isPresent()
                        && placeBreadth(entities, b.target().get()) > placeBreadth(entities, inv.target().get())
                        && !namedAsNear(text, entities, inv.evidence(), inv.target().get()) ? inv.target() : b.target();
                out.set(i, new Investment(investors, target, b.amount(), b.duration().or(inv::duration), b.endDate().or(inv::endDate),
                        b.purpose().or(inv::purpose), b.evidence(), b.confidence(), b.announced().or(inv::announced)));
                return;
            }
        }
        if (!repeats(inv, out)) {
            out.add(inv);
        }
    }

    /** The same deal again: same investors and target, and nothing new. */
    private static boolean repeats(Investment inv, List<Investment> before) {
        for (Investment b : before) {
            if (!b.investors().equals(inv.investors()) || !b.target().equals(inv.target())) {
                continue;
            }
            boolean sameAmount = inv.amount().map(a -> b.amount().map(x -> x.value().compareTo(a.value()) == 0
                    && x.currency().equals(a.currency())).orElse(false)).orElse(true);
            boolean newPeriod = inv.duration().isPresent() && !Objects.equals(inv.duration(), b.duration());
            boolean newPurpose = inv.amount().isEmpty() && inv.purpose().isPresent() && !Objects.equals(inv.purpose(), b.purpose());
            if (sameAmount && !newPeriod && !newPurpose) {
                return true;
            }
        }
        return false;
    }
}
