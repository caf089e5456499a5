package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.SpeechCues;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.Quote;
import org.newsgraph.extract.fact.QuotationMarkFinder.Marking;
import org.newsgraph.extract.fact.QuotationMarkFinder.Quoted;
import org.newsgraph.extract.SpeechCues.Kind;
import org.newsgraph.extract.SpeechCues.Verb;
import org.newsgraph.extract.name.Titles;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * Finds quotations and attributes each to the person who said it, in French and English, on
 * whichever side of the quote the speech verb stands: {@code », a déclaré X}, {@code », a-t-il
 * ajouté}, {@code X a déclaré : « … »}, {@code selon X, « … »}, {@code ," said X}, {@code ," X
 * said}, {@code X described it as "…"}, {@code the minister said} (through the positions held).
 * A quote with no person to attribute it to is dropped, as are quoted terms: titles of works,
 * names, and quotes of fewer than three words that no speech verb introduces directly.
 *
 * <pre>{@code List<Quote> quotes = new QuoteExtractor().extract(doc, entities, positions);}</pre>
 */
public final class QuoteExtractor {

    /*
     * Confidence per attribution rule. On the tests of QuoteExtractorTest every rule attributes
     * its quotes correctly; the constants rank the rules by how often they go wrong on news text
     * in general: a name next to the speech verb is rarely wrong, a subject several words away
     * less sure, a pronoun can pick the wrong antecedent, a title needs exactly one holder, and a
     * quote that merely follows another may be someone else's.
     */
    static final double NAMED = 0.9;
    static final double NAMED_IN_SENTENCE = 0.8;
    static final double PRONOUN = 0.7;
    static final double TITLE = 0.6;
    static final double CONTINUED = 0.5;

    private static final int MIN_WORDS = 3;
    private static final int REACH = 8;
    private static final Set<String> STOPS = Set.of(".", "!", "?", ";", "…", "«", "»", "“", "”", "\"");
    private static final Set<String> LEAD = Set.of(",", "—", "–", "-", ":", "(");
    private static final Set<String> LINKS = Set.of(",", ":", "que", "qu'", "qu’", "that", "as", "comme", "de", "d'", "d’");

    private final SpeechCues cues;
    private final Titles titles;

    public QuoteExtractor() {
        this.cues = SpeechCues.bundled();
        this.titles = Titles.bundled();
    }

    public List<Quote> extract(Document doc, ArticleEntities entities, List<Position> positions) {
        return new Reading(doc, entities, positions).quotes();
    }

    /** A speaker found for a quote; {@code direct} when a speech verb stands right next to it. */
    private record Attribution(String speaker, double confidence, boolean direct) {
    }

    /** A point in the text where a person was mentioned or spoke, for resolving pronouns. */
    private record Said(int at, String speaker) {
    }

    /** The state of reading one article: its tokens, quotes and who has spoken so far. */
    private final class Reading {

        private final Document doc;
        private final String text;
        private final ArticleEntities entities;
        private final List<Position> positions;
        private final List<Token> tokens;
        private final List<Optional<Placed>> placed;
        private final List<Quoted> marks;
        private final List<Said> said = new ArrayList<>();

        Reading(Document doc, ArticleEntities entities, List<Position> positions) {
            this.doc = doc;
            this.text = doc.text();
            this.entities = entities;
            this.positions = List.copyOf(positions);
            this.tokens = Tokenizer.tokens(text, new Span(0, text.length()));
            this.placed = tokens.stream().map(t -> entities.at(t.start())).toList();
            this.marks = QuotationMarkFinder.withOpenEnded(text);
        }

        List<Quote> quotes() {
            List<Quote> out = new ArrayList<>();
            for (Placed p : entities.placed()) {
                if (p.type() == EntityType.PERSON && !insideQuote(p.span().start())) {
                    said.add(new Said(p.span().start(), p.entityId()));
                }
            }
            Quoted lastAttributed = null;
            String lastSpeaker = null;
            for (Quoted q : marks) {
                if (isTerm(q)) {
                    continue;
                }
                Optional<Attribution> a = q.kind() == Marking.DIALOGUE ? incise(q) : attribution(q);
                if (a.isEmpty() && q.kind() == Marking.RUNS_ON) {
                    a = runsOnInto(q);
                }
                if (a.isEmpty() && lastAttributed != null && q.kind() != Marking.DIALOGUE) {
                    a = continued(q, lastAttributed, lastSpeaker);
                }
                if (a.isEmpty() || (words(q) < MIN_WORDS && !a.get().direct())) {
                    continue;
                }
                Attribution got = a.get();
                out.add(new Quote(Optional.of(got.speaker()), text.substring(q.words().start(), q.words().end()),
                        q.words(), got.confidence()));
                said.add(new Said(q.close(), got.speaker()));
                lastAttributed = q;
                lastSpeaker = got.speaker();
            }
            return List.copyOf(out);
        }

        /** The speaker a quote's own words point at: a speech verb after it, before it, or in an incise within it. */
        private Optional<Attribution> attribution(Quoted q) {
            return after(q).or(() -> before(q)).or(() -> incise(q));
        }

        /**
         * A paragraph that opens a quotation and leaves it open takes the speaker of the quotation
         * that goes on at the start of the next paragraph: "« Nous allons investir.¶« C'est un
         * tournant », a-t-il ajouté."
         */
        private Optional<Attribution> runsOnInto(Quoted q) {
            int next = q.close() + 1;
            while (next < text.length() && QuotationMarkFinder.isSpace(text.charAt(next))) {
                next++;
            }
            final int at = next;
            return marks.stream().filter(m -> m.open() == at && m.kind() != Marking.DIALOGUE).findFirst()
                    .flatMap(m -> attribution(m).or(() -> m.kind() == Marking.RUNS_ON ? runsOnInto(m) : Optional.empty()))
                    .map(x -> new Attribution(x.speaker(), CONTINUED, x.direct()));
        }

        /**
         * The speaker named in an incise within the quote, after a comma, as French quotes and
         * dialogue lines put it: "« Nous sommes prêts, a déclaré M. Dupont. Le site ouvrira… »",
         * "— Non, répond-il."
         */
        private Optional<Attribution> incise(Quoted q) {
            int from = firstFrom(q.words().start());
            int to = firstFrom(q.words().end());
            for (int c = from; c + 1 < to; c++) {
                if (!tokens.get(c).is(",")) {
                    continue;
                }
                int e = c + 1;
                while (e < to && !stop(e) && !tokens.get(e).is(",")) {
                    e++;
                }
                // a speech verb may open a longer incise: ", a insisté la directrice générale d'Acme Océan"
                boolean verbFirst = cues.verbAt(tokens, c + 1).filter(x -> x.kind() == Kind.VERB).isPresent();
                if (e - c - 1 > (verbFirst ? 2 * REACH : REACH)) {
                    continue;
                }
                if (cues.isInverted(tokens.get(c + 1))) {
                    return pronoun(q.open(), true, q.kind() == Marking.DIALOGUE);
                }
                final int end = e;
                Optional<Verb> v = cues.verbAt(tokens, c + 1).filter(x -> x.kind() == Kind.VERB && x.to() <= end);
                if (v.isPresent()) {
                    Optional<Attribution> speaker = speakerAfterVerb(v.get().to(), end, q.open(), true);
                    if (speaker.isEmpty() && end < to && tokens.get(end).is(",")) {
                        // "a insisté la directrice générale d'Acme, Marie Durand, lors de la signature": the name in apposition
                        int next = end + 1;
                        while (next < to && !stop(next) && !tokens.get(next).is(",")) {
                            next++;
                        }
                        speaker = speakerAfterVerb(v.get().to(), next, q.open(), true);
                    }
                    if (speaker.isPresent()) {
                        return speaker;
                    }
                }
            }
            return Optional.empty();
        }

        /** A title of a work, a name or a term in quotes, not speech. */
        private boolean isTerm(Quoted q) {
            int o = tokenAt(q.open());
            if (o > 0 && cues.isNotSpeech(tokens.get(o - 1))) {
                return true;
            }
            List<Token> inside = Tokenizer.tokens(text, q.words());
            List<Token> long_ = inside.stream().filter(t -> t.isWord() && t.text().length() > 3).toList();
            boolean ends = ".!?,".indexOf(text.charAt(q.words().end() - 1)) >= 0;
            return long_.size() >= 2 && !ends && long_.stream().allMatch(Token::isCapitalized);
        }

        private int words(Quoted q) {
            return (int) Tokenizer.tokens(text, q.words()).stream().filter(Token::isWord).count();
        }

        /** The speech verb after the quote: {@code », a déclaré X}, {@code ," X said}, {@code », a-t-il ajouté}. */
        private Optional<Attribution> after(Quoted q) {
            int end = Math.min(Math.min(doc.sentenceAt(q.close()).end(), nextOpen(q.close())), lineEnd(q.close()));
            int a = firstFrom(q.close() + 1);
            int b = a;
            while (b < tokens.size() && tokens.get(b).start() < end && !stop(b)) {
                b++;
            }
            while (a < b && LEAD.contains(tokens.get(a).text())) {
                a++;
            }
            final int limit = b;
            for (int i = a; i < Math.min(b, a + reachAfter(a, b)); i++) {
                if (cues.isInverted(tokens.get(i))) {
                    return pronoun(q.open(), i - a <= 2);
                }
                Optional<Verb> v = cues.verbAt(tokens, i).filter(x -> x.to() <= limit);
                if (v.isEmpty()) {
                    continue;
                }
                boolean direct = i - a <= 3;
                Optional<String> subject = lastPerson(a, i);
                if (subject.isPresent()) {
                    return Optional.of(new Attribution(subject.get(), NAMED, direct));
                }
                if (anyEntity(a, i)) {
                    // "…," D'Amaro said, with "Amaro" once taken for a company: the person's last name wins
                    return onlyStrays(a, i) ? bySurname(a, i, direct) : Optional.empty();
                }
                for (int j = a; j < i; j++) {
                    if (cues.isPronoun(tokens.get(j))) {
                        return pronoun(q.open(), direct);
                    }
                }
                Optional<Attribution> surnamed = bySurname(a, i, direct);
                if (surnamed.isPresent()) {
                    return surnamed;
                }
                Optional<Attribution> titled = byTitle(a, i, direct);
                if (titled.isPresent()) {
                    return titled;
                }
                return speakerAfterVerb(v.get().to(), b, q.open(), direct);
            }
            return Optional.empty();
        }

        /**
         * How far after a quote its verb may stand: a few words, or past the apposition of a named
         * speaker ("…," Jane Doe, president of Acme's Chilean unit, told reporters).
         */
        private int reachAfter(int a, int b) {
            Optional<Placed> first = a < b ? placed.get(a) : Optional.empty();
            if (first.isEmpty() || first.get().type() != EntityType.PERSON) {
                return reachPastApposedName(a, b);
            }
            int k = a;
            while (k < b && placed.get(k).equals(first)) {
                k++;
            }
            if (k >= b || !tokens.get(k).is(",")) {
                return REACH;
            }
            for (int j = k + 1; j < Math.min(b, k + 20); j++) {
                if (tokens.get(j).is(",")) {
                    return Math.max(REACH, j - a + 4);
                }
            }
            return REACH;
        }

        /**
         * "…," its chief executive, Jane Doe, said: a title, then the speaker's name between
         * commas; the verb may stand just past the name's closing comma.
         */
        private int reachPastApposedName(int a, int b) {
            for (int j = a; j < Math.min(b, a + REACH); j++) {
                Optional<Placed> p = placed.get(j);
                if (p.isEmpty() || p.get().type() != EntityType.PERSON || j == a || !tokens.get(j - 1).is(",")) {
                    continue;
                }
                int k = j;
                while (k < b && placed.get(k).equals(p)) {
                    k++;
                }
                return k < b && tokens.get(k).is(",") ? Math.max(REACH, k - a + 3) : REACH;
            }
            return REACH;
        }

        /**
         * The speaker named after a speech verb that follows the quote, over one comma at most:
         * "said Globex chief executive John Carter", "a déclaré à l'AFP le président d'Acme, Jean Dupont".
         */
        private Optional<Attribution> speakerAfterVerb(int from, int end, int open, boolean direct) {
            Optional<Titles.Match> title = Optional.empty();
            int commas = 0;
            for (int j = from; j < Math.min(end, from + REACH + 4); j++) {
                Token t = tokens.get(j);
                if (t.is(",") && ++commas > 1) {
                    break;
                }
                if (j == from && cues.isPronoun(t)) {
                    return pronoun(open, direct);
                }
                Optional<Placed> p = placed.get(j);
                if (p.isPresent() && p.get().type() == EntityType.PERSON) {
                    return Optional.of(new Attribution(p.get().entityId(), NAMED, direct));
                }
                if (title.isEmpty() && p.isEmpty()) {
                    title = titles.matchAt(tokens, j);
                }
            }
            return title.flatMap(m -> holder(m, direct));
        }

        /** The speech verb before the quote: {@code X a déclaré : « … »}, {@code selon X, « … »}, {@code X described it as "…"}. */
        private Optional<Attribution> before(Quoted q) {
            int startChar = doc.sentenceAt(q.open()).start();
            for (Quoted other : marks) {
                if (other.close() < q.open() && other.close() >= startChar) {
                    startChar = other.close() + 1;
                }
            }
            int s = firstFrom(startChar);
            int o = tokenAt(q.open());
            if (!anyWord(s, o)) {
                int[] prev = previousSentenceEndingInColon(q.open());
                if (prev == null) {
                    return Optional.empty();
                }
                s = prev[0];
                o = prev[1];
            }
            for (int i = o - 1; i >= s; i--) {
                Token t = tokens.get(i);
                if (STOPS.contains(t.text())) {
                    return Optional.empty();
                }
                if (cues.isInverted(t)) {
                    return pronoun(t.start(), o - i <= 3);
                }
                final int limit = o;
                Optional<Verb> v = cues.verbAt(tokens, i).filter(x -> x.to() <= limit);
                if (v.isEmpty()) {
                    continue;
                }
                boolean direct = onlyLinks(v.get().to(), o);
                double named = direct ? NAMED : NAMED_IN_SENTENCE;
                if (v.get().kind() == Kind.SOURCE) {
                    // "selon X, « … »": the name stands between the cue and the quote; "pour" and the
                    // like name no one as often as not, and then an earlier speech verb may
                    Optional<Attribution> source = personOrPronounAfter(v.get().to(), o, NAMED, o - v.get().to() <= 5);
                    if (source.isPresent()) {
                        return source;
                    }
                    continue;
                }
                Optional<Attribution> subject = subject(s, i, named, direct);
                if (subject.isPresent()) {
                    return subject;
                }
                return personOrPronounAfter(v.get().to(), Math.min(o, v.get().to() + 4), named, direct);
            }
            return Optional.empty();
        }

        /** Walks back from a speech verb to its subject, over one apposition between commas. */
        private Optional<Attribution> subject(int s, int verb, double named, boolean direct) {
            boolean skipped = false;
            int steps = 0;
            for (int j = verb - 1; j >= s && steps < 6; j--) {
                Token t = tokens.get(j);
                if (t.is(",")) {
                    int k = j - 1;
                    while (k >= s && !tokens.get(k).is(",") && !stop(k)) {
                        k--;
                    }
                    if (skipped || k < s || !tokens.get(k).is(",")) {
                        return Optional.empty();
                    }
                    // "le ministre de l'Économie, X, a salué", "Acme's founder, Dr X, said": the apposition is the speaker
                    Optional<Attribution> apposed = apposedPerson(k + 1, j, named, direct);
                    if (apposed.isPresent()) {
                        return apposed;
                    }
                    skipped = true;
                    j = k;
                    continue;
                }
                if (STOPS.contains(t.text()) || t.is(":")) {
                    return Optional.empty();
                }
                Optional<Placed> p = placed.get(j);
                if (p.isPresent()) {
                    return p.get().type() == EntityType.PERSON
                            ? Optional.of(new Attribution(p.get().entityId(), named, direct)) : Optional.empty();
                }
                if (cues.isPronoun(t)) {
                    return pronoun(t.start(), direct);
                }
                Optional<Titles.Match> title = titles.matchAt(tokens, j);
                if (title.isPresent()) {
                    return holder(title.get(), direct);
                }
                steps++;
            }
            return Optional.empty();
        }

        /** Whether token k ends a clause: a full stop, unless it is the dot of an honorific ("said Mr. Halsen"). */
        private boolean stop(int k) {
            return STOPS.contains(tokens.get(k).text()) && !honorificDot(k);
        }

        /** "Dr. Halsen": the dot of an abbreviated honorific, a token of its own. */
        private boolean honorificDot(int k) {
            Token t = tokens.get(k);
            return t.is(".") && k > 0 && tokens.get(k - 1).end() == t.start() && CueLexicon.names().is("honorific", tokens.get(k - 1).text());
        }

        /** The person that tokens {@code [from, to)} name, an honorific aside, when they name nothing else. */
        private Optional<Attribution> apposedPerson(int from, int to, double named, boolean direct) {
            Optional<Placed> person = Optional.empty();
            for (int j = from; j < to; j++) {
                Optional<Placed> p = placed.get(j);
                if (p.isPresent() && p.get().type() == EntityType.PERSON && (person.isEmpty() || person.equals(p))) {
                    person = p;
                } else if (!CueLexicon.names().is("honorific", tokens.get(j).text()) && !(j > from && honorificDot(j))) {
                    return Optional.empty();
                }
            }
            return person.map(p -> new Attribution(p.entityId(), named, direct));
        }

        private Optional<Attribution> personOrPronounAfter(int from, int to, double named, boolean direct) {
            for (int j = from; j < to; j++) {
                Optional<Placed> p = placed.get(j);
                if (p.isPresent()) {
                    return p.get().type() == EntityType.PERSON
                            ? Optional.of(new Attribution(p.get().entityId(), named, direct)) : Optional.empty();
                }
                if (cues.isPronoun(tokens.get(j))) {
                    return pronoun(tokens.get(j).start(), direct);
                }
            }
            return byTitle(from, to, direct);
        }

        /** A quote that goes on from the previous speaker's, with no speech verb and no one else named between. */
        private Optional<Attribution> continued(Quoted q, Quoted previous, String speaker) {
            if (previous.close() < windowStart(q.open()) || anyWord(firstFrom(doc.sentenceAt(q.open()).start()), tokenAt(q.open()))) {
                return Optional.empty();
            }
            for (int i = firstFrom(previous.close() + 1); i < tokenAt(q.open()); i++) {
                Optional<Placed> p = placed.get(i);
                if (p.isPresent() && p.get().type() == EntityType.PERSON && !p.get().entityId().equals(speaker)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Attribution(speaker, CONTINUED, false));
        }

        /**
         * The person a pronoun stands for: whoever spoke or was named last, in this paragraph or
         * the one before, or failing anyone there and when this paragraph speaks of someone by a
         * title, in the paragraph before that.
         */
        private Optional<Attribution> pronoun(int cutoff, boolean direct) {
            return pronoun(cutoff, direct, false);
        }

        /** As {@link #pronoun(int, boolean)}; {@code dialogue}: an interview's question may stand between. */
        private Optional<Attribution> pronoun(int cutoff, boolean direct, boolean dialogue) {
            int near = windowStart(cutoff);
            // "Le dirigeant américain a mis en avant… « … », a-t-il assuré": when the paragraph and
            // the one before name no one but the pronoun's paragraph speaks of someone by a title,
            // the pronoun goes back one paragraph more, not further
            int far = near > 0 && (dialogue || titledInParagraph(cutoff)) ? windowStart(near - 1) : near;
            for (int from : new int[] {near, far}) {
                Optional<Said> last = said.stream().filter(x -> x.at() >= from && x.at() < cutoff)
                        .max((x, y) -> Integer.compare(x.at(), y.at()));
                if (last.isPresent()) {
                    return last.map(x -> new Attribution(x.speaker(), PRONOUN, direct));
                }
            }
            return Optional.empty();
        }

        /**
         * Tokens {@code [from, to)} that are only the last name of exactly one person of the
         * article, when the name finder left that mention unlinked: "…," Doe said.
         */
        private Optional<Attribution> bySurname(int from, int to, boolean direct) {
            if (from >= to || to - from > 3 || !tokens.get(from).isCapitalized()) {
                return Optional.empty();
            }
            String written = apostrophes(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
            List<String> people = entities.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON)
                    .filter(e -> {
                        String label = apostrophes(e.label());
                        return label.endsWith(" " + written) && label.length() > written.length() + 1;
                    })
                    .map(org.newsgraph.extract.Entity::id).distinct().toList();
            return people.size() == 1
                    ? Optional.of(new Attribution(people.get(0), NAMED_IN_SENTENCE, direct)) : Optional.empty();
        }

        private static String apostrophes(String s) {
            return s.replace('’', '\'');
        }

        /** Whether the paragraph holding {@code pos} names a title before it, outside quotes. */
        private boolean titledInParagraph(int pos) {
            int start = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
            for (int j = firstFrom(start); j < tokens.size() && tokens.get(j).start() < pos; j++) {
                if (!insideQuote(tokens.get(j).start()) && titles.matchAt(tokens, j).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private Optional<Attribution> byTitle(int from, int to, boolean direct) {
            for (int j = from; j < to; j++) {
                Optional<Titles.Match> m = titles.matchAt(tokens, j);
                if (m.isPresent()) {
                    return holder(m.get(), direct);
                }
            }
            return Optional.empty();
        }

        /** The one person whose position has this title ("le chancelier", "the minister"). */
        private Optional<Attribution> holder(Titles.Match m, boolean direct) {
            String title = LexiconLib.fold(m.title());
            Set<String> people = positions.stream()
                    .filter(p -> titles.samePost(title, p.title()))
                    .map(Position::person)
                    .filter(id -> entities.entity(id).filter(e -> e.type() == EntityType.PERSON).isPresent())
                    .collect(Collectors.toSet());
            if (people.isEmpty()) {
                people = namedWithTitle(title);
            }
            return people.size() == 1
                    ? Optional.of(new Attribution(people.iterator().next(), TITLE, direct)) : Optional.empty();
        }

        /**
         * The people the text names right next to this title, when no position was read for it:
         * "la ministre de l'Industrie, Jeanne Martin", "Jeanne Martin, the minister", "le ministre Jean Dupont".
         */
        private Set<String> namedWithTitle(String title) {
            Set<String> out = new java.util.HashSet<>();
            for (int j = 0; j < tokens.size(); j++) {
                Optional<Titles.Match> m = titles.matchAt(tokens, j);
                if (m.isEmpty() || !titles.samePost(title, m.get().title()) || insideQuote(tokens.get(j).start())) {
                    continue;
                }
                // forward: the title, its complement, then the name (after one comma at most)
                int commas = 0;
                for (int k = m.get().to(); k < Math.min(tokens.size(), m.get().to() + REACH); k++) {
                    Token t = tokens.get(k);
                    if (STOPS.contains(t.text()) || (t.is(",") && ++commas > 1)) {
                        break;
                    }
                    Optional<Placed> p = placed.get(k);
                    if (p.isPresent()) {
                        if (p.get().type() == EntityType.PERSON) {
                            out.add(p.get().entityId());
                        }
                        if (p.get().type() == EntityType.PERSON || commas > 0) {
                            break;
                        }
                    }
                }
                // backward: "Jeanne Martin, the minister", "Jeanne Martin, la ministre"
                int k = j - 1;
                while (k >= 0 && k >= j - 2 && !tokens.get(k).is(",")) {
                    k--;
                }
                if (k > 0 && tokens.get(k).is(",")) {
                    placed.get(k - 1).filter(p -> p.type() == EntityType.PERSON).ifPresent(p -> out.add(p.entityId()));
                }
            }
            return out;
        }

        private Optional<String> lastPerson(int from, int to) {
            String found = null;
            for (int j = from; j < to; j++) {
                Optional<Placed> p = placed.get(j);
                if (p.isPresent() && p.get().type() == EntityType.PERSON) {
                    found = p.get().entityId();
                }
            }
            return Optional.ofNullable(found);
        }

        /**
         * Whether tokens {@code [from, to)} name no person and their entities cover only part of
         * them: a name cut short ("Amaro" in "D'Amaro"), not a name of its own.
         */
        private boolean onlyStrays(int from, int to) {
            boolean uncovered = false;
            for (int j = from; j < to; j++) {
                Optional<Placed> p = placed.get(j);
                if (p.isPresent() && p.get().type() == EntityType.PERSON) {
                    return false;
                }
                uncovered |= p.isEmpty();
            }
            return uncovered;
        }

        private boolean anyEntity(int from, int to) {
            for (int j = from; j < to; j++) {
                if (placed.get(j).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private boolean anyWord(int from, int to) {
            for (int j = from; j < to; j++) {
                if (tokens.get(j).isWord()) {
                    return true;
                }
            }
            return false;
        }

        private boolean onlyLinks(int from, int to) {
            for (int j = from; j < to; j++) {
                if (!LINKS.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /** Tokens {@code [start, end)} of the sentence before a quote's, when that sentence ends in a colon. */
        private int[] previousSentenceEndingInColon(int open) {
            Span mine = doc.sentenceAt(open);
            Span prev = null;
            for (Span s : doc.sentences()) {
                if (s.end() <= mine.start()) {
                    prev = s;
                }
            }
            if (prev == null || text.charAt(prev.end() - 1) != ':' || prev.start() < windowStart(open)) {
                return null;
            }
            return new int[] {firstFrom(prev.start()), firstFrom(prev.end())};
        }

        private boolean insideQuote(int pos) {
            return marks.stream().anyMatch(q -> q.open() < pos && pos < q.close());
        }

        private int lineEnd(int pos) {
            int nl = text.indexOf('\n', pos);
            return nl < 0 ? text.length() : nl;
        }

        private int nextOpen(int pos) {
            return marks.stream().mapToInt(Quoted::open).filter(x -> x > pos).min().orElse(text.length());
        }

        /** The start of the paragraph before the one holding {@code pos} (or of this one, if it is the first). */
        private int windowStart(int pos) {
            int here = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
            int k = here - 1;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            if (k <= 0) {
                return 0;
            }
            return text.lastIndexOf('\n', k - 1) + 1;
        }

        /** The index of the first token that starts at or after a position. */
        private int firstFrom(int pos) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private int tokenAt(int pos) {
            return firstFrom(pos);
        }
    }
}
