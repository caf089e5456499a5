package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.PhraseKeys;
import org.newsgraph.extract.name.Titles;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.text.Language;
import org.newsgraph.text.Token;

/**
 * Reads positions that a verb states rather than a title ({@code lexicon/role-verbs.tsv}): "X, who
 * runs Y and Z", "Y is chaired by X", "Y, que préside X", "Y named X as its chief executive", "X
 * will succeed Z as CEO", "X succède à Z à la tête de Y". Past forms of verbs whose positions lapse
 * are left out: they tell a former holder.
 *
 * <pre>{@code List<RoleVerbReader.Role> roles = new RoleVerbReader(sentences, antecedents).read(s);}</pre>
 */
final class RoleVerbReader {

    /** The organization is written next to the verb: "X, who runs Y". */
    static final double WRITTEN = 0.8;
    /** The organization is a pronoun or a possessive pointing back: "Elle est dirigée par X", "its chief executive". */
    static final double REFERRED = 0.65;

    /** A position read off a verb. */
    record Role(String person, String title, String in, double confidence) {
    }

    private enum Form { ACTIVE, PASSIVE, APPOINT, SUCCEED, BECOME, JOIN, ASSUME }

    private record Verb(String phrase, Form form, String title, boolean lasting) {
    }

    /** The verbs by language code and folded phrase. */
    private static final Map<String, List<Verb>> VERBS = load();
    private static final int LONGEST = VERBS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    private static final Set<String> RELATIVE = Set.of("who", "qui");
    /** Head nouns of public bodies, which refer back to a body of that name only: "the authority", "la commission". */
    private static final Set<String> PUBLIC_BODY_NOUNS = Set.of("authority", "commission", "ministry", "agency", "council",
            "autorite", "ministere", "agence");
    private static final Set<String> OBJECT_RELATIVE = Set.of("que", "qu'", "qu’");
    /** Adverbs that may stand between the person and the verb: "X, who also runs Y", "X dirige aujourd'hui Y". */
    private static final Set<String> ADVERBS = Set.of("also", "now", "still", "currently", "already", "both", "jointly",
            "également", "aussi", "désormais", "toujours", "aujourd'hui", "aujourd’hui", "actuellement", "déjà", "encore",
            "conjointement");
    /** "X est à la tête de Y", "X, who is also at the helm of Y". */
    private static final Set<String> ADVERBS_AND_COPULAS = union(ADVERBS, Set.of("is", "est", "sera", "will", "be", "reste", "restera",
            "remains", "demeure"));
    /** Auxiliaries and copulas of a present or future passive: "Y is chaired by X", "Y restera dirigé par X". */
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "will", "be", "remains", "remain", "est", "sont", "sera",
            "seront", "reste", "restera", "demeure", "has", "have", "been", "a", "ont", "été");
    /** Auxiliaries of a past passive: "Y was run by X" tells a former holder. */
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "était", "étaient", "avait", "fut");
    private static final Set<String> AGENT = Set.of("by", "par");
    /** After the holder of a lapsing post, a time limit tells a former holder: "run by X until 2019". */
    private static final Set<String> UNTIL = Set.of("until", "till", "jusqu'en", "jusqu’en", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au",
            "between", "entre", "from", "de");
    private static final Set<String> AS = Set.of("as", "comme");
    private static final Set<String> PRONOUNS = Set.of("it", "il", "elle");
    /** A person's subject pronoun: "She founded Y with Z". */
    private static final Set<String> PERSON_PRONOUNS = Set.of("she", "he", "elle", "il");
    /** The lemmas of verbs of succeeding, in any tense: the person they name held the post before. */
    private static final Set<String> SUCCEEDING = Set.of("succeed", "replace", "succéder", "remplacer");
    private static final Set<String> COORDINATION = Set.of("and", "et", "&", ",");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "l’", "les", "the", "a", "an", "un", "une", "its",
            "their", "son", "sa", "ses", "leur", "leurs");
    /** Words that end a descriptor: a preposition puts the organization in another noun's complement ("the unit of Y"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "for", "from", "to", "with", "on", "de", "d'", "d’",
            "du", "des", "à", "au", "aux", "en", "avec", "pour", "chez", "sur");
    /** Words that open a clause: past them, a name is no longer the verb's object ("the holding that controls Y"). */
    private static final Set<String> CLAUSE = Set.of("qui", "que", "qu'", "qu’", "dont", "which", "that", "who", "whose", "where", "où");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    /** How many plain words may describe the organization or the person: "electric carmaker Y", "l'homme d'affaires X". */
    private static final int DESCRIPTOR = 3;
    /** The fact cues, for the nouns of a company's board ("board of directors", "conseil d'administration"). */
    private static final CueLexicon FACT_CUES = CueLexicon.facts();

    private final List<SentenceView> views;
    private final Antecedents antecedents;
    private final Titles titles;
    private final Language language;

    RoleVerbReader(List<SentenceView> views, Antecedents antecedents, Language language) {
        this.views = List.copyOf(views);
        this.antecedents = antecedents;
        this.titles = Titles.bundled();
        this.language = language;
    }

    /** The positions that the verbs of sentence {@code s} state. */
    List<Role> read(int s) {
        SentenceView v = views.get(s);
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.entityAt(i).isPresent()) {
                continue;
            }
            for (int n = Math.min(LONGEST, v.size() - i); n >= 1; n--) {
                List<Verb> verbs = VERBS.getOrDefault(language.code() + ":" + key(v.tokens(), i, n), List.of());
                List<Role> found = new ArrayList<>();
                for (Verb verb : verbs) {
                    found.addAll(switch (verb.form()) {
                        case ACTIVE -> active(s, i, i + n, verb);
                        case PASSIVE -> passive(s, i, i + n, verb);
                        case APPOINT -> appoint(s, i, i + n);
                        case SUCCEED -> succeed(s, i, i + n);
                        case BECOME -> List.<Role>of();
                        case JOIN -> join(s, i, i + n);
                        case ASSUME -> assume(s, i, i + n);
                    });
                }
                if (!verbs.isEmpty()) {
                    out.addAll(found);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The number of tokens of a verb of becoming at token i ("became", "est devenue"), or 0: "X, who became Y's chief executive". */
    static int becomingAt(SentenceView v, int i, Language language) {
        for (int n = Math.min(LONGEST, v.size() - i); n >= 1; n--) {
            List<Verb> verbs = VERBS.getOrDefault(language.code() + ":" + key(v.tokens(), i, n), List.of());
            if (verbs.stream().anyMatch(x -> x.form() == Form.BECOME)) {
                return n;
            }
        }
        return 0;
    }

    /** "X, who runs Y and Z", "X dirige Y", "Y, que préside X", "X succède à Z à la tête de Y". */
    private List<Role> active(int s, int from, int to, Verb verb) {
        SentenceView v = views.get(s);
        int j = skipBack(v, from - 1, ADVERBS_AND_COPULAS);
        // "Y, que préside X": the object before, the person after
        if (OBJECT_RELATIVE.contains(v.word(j))) {
            int k = j - 1;
            if (v.word(k).equals(",")) {
                k--;
            }
            Optional<String> org = organizationEndingAt(v, k, false);
            Optional<Placed> person = v.entityAt(to).filter(p -> p.type() == EntityType.PERSON);
            if (org.isPresent() && person.isPresent()) {
                return List.of(new Role(person.get().entityId(), verb.title(), org.get(), WRITTEN));
            }
            return List.of();
        }
        // "X, 41, a former engineer who now heads Y": the person the apposition before the relative pronoun describes
        Optional<Placed> person = subjectEndingAt(v, j).or(() -> RELATIVE.contains(v.word(j)) ? appositionSubject(v, j) : Optional.empty());
        if (person.isEmpty()) {
            // "She founded Y in 2019 with Z": the co-founders are written even when the founder is a pronoun
            return verb.lasting() && PERSON_PRONOUNS.contains(v.word(j).toLowerCase(Locale.ROOT)) ? cofounders(s, to, verb) : List.of();
        }
        if (!verb.lasting() && predecessor(v, v.startOf(person.get()))) {
            // "qui a succédé l'an dernier à son oncle Z à la tête de Y": Z held the post before
            return List.of();
        }
        List<Role> out = new ArrayList<>(verb.lasting() ? cofounders(s, to, verb) : List.of());
        List<String> orgs = organizationsFrom(v, to);
        if (orgs.isEmpty()) {
            orgs = unitOwnerFrom(v, to).stream().toList();
        }
        double confidence = WRITTEN;
        // "X, qui dirige l'entreprise depuis 2022", "X, who has run the company since 2019": the company told of before
        if (orgs.isEmpty() && definiteOrganizationNoun(v, to)) {
            orgs = antecedents.organizationBefore(s, 0).or(antecedents::mainOrganization).stream().toList();
            confidence = REFERRED;
        }
        for (String org : orgs) {
            out.add(new Role(person.get().entityId(), verb.title(), org, confidence));
        }
        return out;
    }

    /** Whether a verb of succeeding stands shortly before token {@code start}: the person there is the one succeeded. */
    private boolean predecessor(SentenceView v, int start) {
        for (int k = Math.max(0, start - 8); k < start; k++) {
            if (org.newsgraph.text.Morphology.of(language).lemmas(v.word(k).toLowerCase(Locale.ROOT)).stream().anyMatch(SUCCEEDING::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The co-founders after a founding verb's object: "co-founded Y in 2019 with Z", "a cofondé l'entreprise avec Z". */
    private List<Role> cofounders(int s, int to, Verb verb) {
        SentenceView v = views.get(s);
        List<String> orgs = organizationsFrom(v, to);
        int after;
        Optional<String> org;
        if (!orgs.isEmpty()) {
            org = Optional.of(orgs.get(0));
            after = v.entitiesIn(to, v.size()).stream().filter(p -> p.entityId().equals(orgs.get(0))).findFirst().map(v::endOf).orElse(to);
        } else if (definiteOrganizationNoun(v, to)) {
            org = antecedents.organizationBefore(s, 0).or(antecedents::mainOrganization);
            after = to + 2;
        } else {
            return List.of();
        }
        String title = language == Language.FR ? "cofondateur" : "co-founder";
        return org.map(o -> cofoundersFrom(v, after).stream().map(p -> new Role(p, title, o, WRITTEN)).toList()).orElse(List.of());
    }

    /** "the company", "l'entreprise depuis 2022", "since 2019 the group": a definite common noun for a company, alone. */
    private boolean definiteOrganizationNoun(SentenceView v, int i) {
        int k = i;
        if (Set.of("depuis", "since").contains(v.word(k)) && k + 1 < v.size() && v.word(k + 1).matches("\\d{4}")) {
            k += 2;
        }
        if (k + 1 >= v.size() || !Set.of("the", "le", "la", "l'", "l’").contains(v.word(k))
                || !CueLexicon.names().is("org-noun", v.word(k + 1)) || PUBLIC_BODY_NOUNS.contains(LexiconLib.fold(v.word(k + 1)))) {
            return false;
        }
        // "l'entreprise familiale depuis 2019": one adjective may follow the noun
        if (k + 3 < v.size() && v.token(k + 2).isWord() && !v.token(k + 2).isCapitalized()
                && org.newsgraph.text.Morphology.of(language).parts(v.word(k + 2)).contains(org.newsgraph.text.Morphology.Pos.ADJECTIVE)) {
            k++;
        }
        String next = k + 2 < v.size() ? v.word(k + 2) : ".";
        return !v.token(Math.min(k + 2, v.size() - 1)).isWord() || Set.of("depuis", "since", "for", "in", "en").contains(next);
    }

    /**
     * The company whose unit (a noun of the name cues' unit-noun role) is named from token i: "Acme's European business",
     * "the European division of Acme", "la branche européenne d'Acme".
     */
    private static Optional<String> unitOwnerFrom(SentenceView v, int i) {
        int k = i;
        while (k < v.size() && (ADVERBS.contains(v.word(k)) || DETERMINERS.contains(v.word(k)))) {
            k++;
        }
        Optional<Placed> owner = v.entityAt(k).filter(e -> e.type() == EntityType.ORGANIZATION);
        if (owner.isPresent() && POSSESSIVE_MARKS.contains(v.word(v.endOf(owner.get())))) {
            for (int j = v.endOf(owner.get()) + 1; j < Math.min(v.size(), v.endOf(owner.get()) + 5); j++) {
                if (CueLexicon.names().is("unit-noun", v.word(j))) {
                    return owner.map(Placed::entityId);
                }
                if (!v.token(j).isWord()) {
                    break;
                }
            }
            return Optional.empty();
        }
        boolean unit = false;
        for (int j = k; j < Math.min(v.size(), k + 4); j++) {
            if (CueLexicon.names().is("unit-noun", v.word(j))) {
                unit = true;
            } else if (unit && Set.of("of", "de", "d'", "d’", "du").contains(v.word(j))) {
                int o = j + 1;
                while (o < v.size() && DETERMINERS.contains(v.word(o))) {
                    o++;
                }
                return v.entityAt(o).filter(e -> e.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            } else if (!plainWord(v, j)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "Y is chaired by X", "Y, dirigé par X", "Northvolt was co-founded in 2016 by X", "Elle est dirigée par X". */
    private List<Role> passive(int s, int from, int to, Verb verb) {
        SentenceView v = views.get(s);
        int by = -1;
        for (int k = to; k < Math.min(v.size(), to + 6); k++) {
            if (AGENT.contains(v.word(k))) {
                by = k;
                break;
            }
            Optional<Placed> p = v.entityAt(k);
            // "founded in 1987 by X", "fondée en 2021 à Sherbrooke par X": a year or a place may come between
            boolean year = v.token(k).text().matches("\\d{4}");
            if (!v.token(k).isWord() && !year || p.isPresent() && p.get().type() != EntityType.PLACE) {
                return List.of();
            }
        }
        if (by < 0) {
            return List.of();
        }
        if (from == firstWord(v) && verb.lasting()) {
            return openingParticiple(v, by, verb);
        }
        List<String> people = peopleFrom(v, by + 1);
        if (people.isEmpty() || !verb.lasting() && UNTIL.contains(v.word(endOfPeople(v, by + 1)))) {
            // "Y, run by X until 2019": a former holder
            return List.of();
        }
        int j = from - 1;
        boolean past = false;
        boolean auxiliary = false;
        while (j >= 0 && (PRESENT_AUX.contains(v.word(j)) || PAST_AUX.contains(v.word(j)) || ADVERBS.contains(v.word(j)))) {
            past |= PAST_AUX.contains(v.word(j));
            auxiliary |= !ADVERBS.contains(v.word(j));
            j--;
        }
        if (past && !verb.lasting()) {
            return List.of();
        }
        Optional<String> org;
        double confidence = WRITTEN;
        if (j >= 0 && PRONOUNS.contains(v.word(j)) && (j == 0 || COORDINATION.contains(v.word(j - 1)))) {
            org = antecedents.organizationBefore(s, 0);
            confidence = REFERRED;
        } else {
            // "Y, la banque centrale, dirigée par X": only a participle with no auxiliary is an apposition to Y
            org = organizationEndingAt(v, v.word(j).equals(",") ? j - 1 : j, !auxiliary && v.word(j).equals(","));
            // "Acme, which is chaired by X"
            if (org.isEmpty() && j >= 2 && Set.of("which", "that").contains(v.word(j)) && v.word(j - 1).equals(",")) {
                org = organizationEndingAt(v, j - 2, false);
            }
        }
        // "Le club X, racheté en 2011 par Z, est présidé par Y": a main-clause passive is about the sentence's subject;
        // so is a second verb of the subject's ("X was set up by Z, a former researcher, and is now led by Y")
        if (org.isEmpty() && auxiliary && (v.word(j).equals(",") || j > 0 && Set.of("and", "et").contains(v.word(j)))) {
            org = Antecedents.subjectOf(v, List.of()).filter(o -> v.entitiesIn(0, from).stream().anyMatch(p -> p.entityId().equals(o)));
        }
        // "Le groupe, présidé par X", "The company, which is chaired by X", "Le conseil de surveillance, présidé par X",
        // "Le groupe a été fondé et est toujours présidé par X"
        if (org.isEmpty()) {
            // "Harwick's board, chaired by X", "Acme's board is chaired by X": the board of the name before the possessive
            org = boardOf(v, v.word(j).equals(",") ? j - 1 : j);
        }
        if (org.isEmpty() && (commonNounSubject(v, j)
                || auxiliary && Set.of("and", "et").contains(v.word(j)) && openingCommonNoun(v)
                || auxiliary && openingCommonNoun(v) && openingNounEndsAt(v, j))) {
            String noun = v.word(firstWord(v) + 1);
            // "The authority, headed by X": a public body is the one of that name, not the company before it
            org = PUBLIC_BODY_NOUNS.contains(LexiconLib.fold(noun)) ? antecedents.organizationCalled(s, noun)
                    : antecedents.organizationBefore(s, 0).or(antecedents::mainOrganization);
            confidence = REFERRED;
        }
        if (org.isEmpty()) {
            return List.of();
        }
        double c = confidence;
        String in = org.get();
        return people.stream().map(p -> new Role(p, verb.title(), in, c)).toList();
    }

    /**
     * Whether the sentence opens on a definite common noun for a company or its board, set off by a comma
     * before token {@code j} and its relative pronoun: "Le groupe, présidé par", "The company, which is led by".
     */
    private static boolean commonNounSubject(SentenceView v, int j) {
        int comma = RELATIVE.contains(v.word(j)) || Set.of("which", "that").contains(v.word(j)) ? j - 1 : j;
        int first = firstWord(v);
        if (comma < first + 2 || !v.word(comma).equals(",") || !DETERMINERS.contains(v.word(first)) || comma - first > 5) {
            return false;
        }
        if (FACT_CUES.matchAt("board-noun", v.tokens(), first + 1).isPresent()) {
            return true;
        }
        for (int k = first + 1; k < comma; k++) {
            if (v.entityAt(k).isPresent() || !v.token(k).isWord()) {
                return false;
            }
        }
        return CueLexicon.names().is("org-noun", v.word(comma - 1));
    }

    /** The organization whose board ends at token {@code end}: "Harwick's board", "Acme’s supervisory board". */
    private static Optional<String> boardOf(SentenceView v, int end) {
        for (int k = Math.max(2, end - 2); k <= end; k++) {
            OptionalInt n = FACT_CUES.matchAt("board-noun", v.tokens(), k);
            if (n.isPresent() && k + n.getAsInt() - 1 == end && v.token(k - 1).text().matches("['’]s")) {
                return v.entityAt(k - 2).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
        }
        return Optional.empty();
    }

    /** Whether the opening definite common noun ends at token {@code end}: "The company | is chaired by X". */
    private static boolean openingNounEndsAt(SentenceView v, int end) {
        int first = firstWord(v);
        if (end == first + 1) {
            return true;
        }
        OptionalInt n = FACT_CUES.matchAt("board-noun", v.tokens(), first + 1);
        return n.isPresent() && first + n.getAsInt() == end;
    }

    /** Whether the sentence opens on a definite common noun for an organization: "Le groupe", "The authority". */
    private static boolean openingCommonNoun(SentenceView v) {
        int first = firstWord(v);
        return first + 1 < v.size() && DETERMINERS.contains(v.word(first))
                && (CueLexicon.names().is("org-noun", v.word(first + 1))
                || FACT_CUES.matchAt("board-noun", v.tokens(), first + 1).isPresent());
    }

    /** The first token of a sentence past its opening quotation marks and dashes. */
    static int firstWord(SentenceView v) {
        int k = 0;
        while (k < v.size() && !v.token(k).isWord()) {
            k++;
        }
        return k;
    }

    /**
     * "Founded in 1987 by X above a shop in Leeds, Y now employs...", "Fondée en 2020 par X et Z, ingénieurs, Y conçoit...":
     * a participle that opens the sentence describes its subject, the organization named first after a comma.
     */
    private List<Role> openingParticiple(SentenceView v, int by, Verb verb) {
        List<String> people = peopleFrom(v, by + 1);
        if (people.isEmpty()) {
            return List.of();
        }
        for (int k = endOfPeople(v, by + 1); k + 1 < v.size(); k++) {
            if (!v.word(k).equals(",")) {
                continue;
            }
            Optional<Placed> subject = v.entityAt(k + 1);
            if (subject.isPresent() && subject.get().type() == EntityType.ORGANIZATION) {
                String in = subject.get().entityId();
                return people.stream().map(p -> new Role(p, verb.title(), in, WRITTEN)).toList();
            }
        }
        return List.of();
    }

    /** "Y named X as its new chief executive", "Y a nommé X comme directrice générale". */
    private List<Role> appoint(int s, int from, int to) {
        SentenceView v = views.get(s);
        Optional<Placed> person = v.entityAt(to).filter(p -> p.type() == EntityType.PERSON);
        if (person.isEmpty()) {
            return List.of();
        }
        Optional<String> subject = subjectBefore(v, from).map(Placed::entityId).or(() -> boardBefore(s, from));
        if (subject.isEmpty()) {
            return List.of();
        }
        Optional<TitleEnd> title = titleAfterAs(v, v.endOf(person.get()), true);
        // "named X as chief executive of its unit Z": the post is in Z, which the title's own complement says
        if (title.isEmpty() || PREPOSITIONS.contains(v.word(title.get().end()))) {
            return List.of();
        }
        return List.of(new Role(person.get().entityId(), title.get().title(), subject.get(), WRITTEN));
    }

    /**
     * The company whose board is the subject of the verb at {@code i}: "Le conseil d'administration d'Acme a nommé",
     * "Acme's board appointed", "its board of directors has appointed" (the company the context is about).
     */
    private Optional<String> boardBefore(int s, int i) {
        SentenceView v = views.get(s);
        int j = i - 1;
        while (j >= 0 && (PRESENT_AUX.contains(v.word(j)) || PAST_AUX.contains(v.word(j)) || ADVERBS.contains(v.word(j)))) {
            j--;
        }
        // past "on Tuesday", "mardi": a day or a short time phrase between the subject and the verb
        for (int k = Math.max(0, j - 6); k <= j; k++) {
            java.util.OptionalInt board = FACT_CUES.matchAt("board-noun", v.tokens(), k);
            if (board.isEmpty()) {
                continue;
            }
            int end = k + board.getAsInt();
            boolean next = end == j + 1 || end <= j && v.entityAt(end).isEmpty() && j - end < 3;
            if (end < v.size() && PREPOSITIONS.contains(v.word(end))) {
                int at = end + 1;
                while (at < v.size() && DETERMINERS.contains(v.word(at))) {
                    at++;
                }
                Optional<Placed> owner = v.entityAt(at).filter(p -> p.type() == EntityType.ORGANIZATION);
                return owner.map(Placed::entityId);
            }
            if (!next) {
                return Optional.empty();
            }
            Optional<Placed> owner = k >= 2 && POSSESSIVE_MARKS.contains(v.word(k - 1)) ? v.entityAt(k - 2) : Optional.empty();
            if (owner.isPresent()) {
                return owner.filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
            return k > 0 && DETERMINERS.contains(v.word(k - 1)) ? antecedents.organizationBefore(s, k) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "X will succeed Z as chief executive (of Y)": else the post of the organization the sentence or the context is about. */
    private List<Role> succeed(int s, int from, int to) {
        SentenceView v = views.get(s);
        Optional<Placed> person = subjectEndingAt(v, skipBack(v, from - 1, ADVERBS));
        Optional<Placed> predecessor = v.entityAt(to).filter(p -> p.type() == EntityType.PERSON);
        if (person.isEmpty() || predecessor.isEmpty()) {
            return List.of();
        }
        Optional<TitleEnd> title = titleAfterAs(v, v.endOf(predecessor.get()));
        if (title.isEmpty()) {
            return List.of();
        }
        int end = title.get().end();
        if (end < v.size() && Set.of("of", "de", "d'", "d’", "du", "at", "chez").contains(v.word(end))) {
            List<String> named = organizationsFrom(v, end + 1);
            return named.isEmpty() ? List.of() : List.of(new Role(person.get().entityId(), title.get().title(), named.get(0), WRITTEN));
        }
        return antecedents.organizationBefore(s, from)
                .map(o -> List.of(new Role(person.get().entityId(), title.get().title(), o, REFERRED))).orElse(List.of());
    }

    /** "X joined Y as chief executive", "X rejoindra Y en tant que directrice financière". */
    private List<Role> join(int s, int from, int to) {
        SentenceView v = views.get(s);
        Optional<Placed> person = subjectEndingAt(v, skipBack(v, from - 1, ADVERBS));
        Optional<Placed> org = v.entityAt(to).filter(p -> p.type() == EntityType.ORGANIZATION && v.startOf(p) == to);
        if (person.isEmpty() || org.isEmpty() || POSSESSIVE_MARKS.contains(v.word(v.endOf(org.get())))) {
            return List.of();
        }
        int after = v.endOf(org.get());
        if (!AS.contains(v.word(after)) && !v.word(after).equals("en")) {
            return List.of();
        }
        Optional<TitleEnd> title = titleAfterAs(v, after);
        if (title.isEmpty() || PREPOSITIONS.contains(v.word(title.get().end()))) {
            return List.of();
        }
        return List.of(new Role(person.get().entityId(), title.get().title(), org.get().entityId(), WRITTEN));
    }

    /** "X, 41, a former engineer who": the person an apposition describes, before the relative pronoun or comma at {@code j}. */
    private static Optional<Placed> appositionSubject(SentenceView v, int j) {
        int end = RELATIVE.contains(v.word(j)) || v.word(j).equals(",") ? j : -1;
        if (end < 0) {
            return Optional.empty();
        }
        for (int k = end - 1; k > 0 && end - k <= 15; k--) {
            Optional<Placed> p = v.entityAt(k);
            if (p.isPresent() && p.get().type() == EntityType.PERSON) {
                return v.endOf(p.get()) == k + 1 && v.word(k + 1).equals(",") ? p : Optional.empty();
            }
            if (Set.of(";", ".", "«", "\"", "“").contains(v.word(k))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "X takes over as chief executive (of Y)", "X prendra ses fonctions de directeur général": else the context's organization. */
    private List<Role> assume(int s, int from, int to) {
        SentenceView v = views.get(s);
        Optional<Placed> person = subjectEndingAt(v, skipBack(v, from - 1, ADVERBS));
        if (person.isEmpty()) {
            return List.of();
        }
        Optional<TitleEnd> title = titleAfterAs(v, to, true);
        if (title.isEmpty()) {
            return List.of();
        }
        int end = title.get().end();
        if (Set.of("of", "at", "de", "d'", "d’", "du", "chez").contains(v.word(end))) {
            List<String> named = organizationsFrom(v, end + 1);
            return named.isEmpty() ? List.of() : List.of(new Role(person.get().entityId(), title.get().title(), named.get(0), WRITTEN));
        }
        return antecedents.organizationBefore(s, from)
                .map(o -> List.of(new Role(person.get().entityId(), title.get().title(), o, REFERRED))).orElse(List.of());
    }

    /** A title read after "as", and the token past it. */
    private record TitleEnd(String title, int end) {
    }

    /** The title after "as"/"comme"/"au poste de", past a determiner and "new": "as its new chairman and chief executive". */
    private Optional<TitleEnd> titleAfterAs(SentenceView v, int i) {
        return titleAfterAs(v, i, false);
    }

    /** As above; with {@code asOptional}, the title may follow with no "as": "Y appointed X chief executive". */
    private Optional<TitleEnd> titleAfterAs(SentenceView v, int i, boolean asOptional) {
        int k = i;
        // "Y named X, the chief executive of Z, as its new chairman": skip an apposition
        if (v.word(k).equals(",")) {
            k++;
            while (k < v.size() && !v.word(k).equals(",") && k < i + 12) {
                k++;
            }
            if (!v.word(k).equals(",")) {
                return Optional.empty();
            }
            k++;
        }
        if (AS.contains(v.word(k))) {
            k++;
        } else if (v.word(k).equals("au") && v.word(k + 1).equals("poste") && Set.of("de", "d'", "d’").contains(v.word(k + 2))
                || v.word(k).equals("en") && v.word(k + 1).equals("tant") && v.word(k + 2).equals("que")) {
            k += 3;
        } else if (!asOptional) {
            return Optional.empty();
        }
        while (k < v.size() && (DETERMINERS.contains(v.word(k)) || CueLexicon.facts().is("title-modifier", v.word(k)))) {
            k++;
        }
        Optional<Titles.Match> m = k < v.size() ? titles.matchAt(v.tokens(), k) : Optional.empty();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int to = m.get().to();
        String title = m.get().title();
        if (to + 1 < v.size() && Set.of("and", "et").contains(v.word(to))) {
            Optional<Titles.Match> second = titles.matchAt(v.tokens(), to + 1);
            if (second.isPresent()) {
                title = title + " " + v.word(to) + " " + second.get().title();
                to = second.get().to();
            }
        }
        return Optional.of(new TitleEnd(title, to));
    }

    /** The person whose name ends at token j, past "who"/"qui" and a comma: "X, who", "X qui", "X,", "X". */
    private Optional<Placed> subjectEndingAt(SentenceView v, int j) {
        // "X, who runs Y", "X qui dirige Y", "X, également à la tête de Y"
        if (RELATIVE.contains(v.word(j))) {
            j--;
        }
        if (v.word(j).equals(",")) {
            j--;
            // "X, who previously ran Z, joined Y as ...": past a relative clause set off by commas
            if (v.entityAt(j).filter(e -> e.type() == EntityType.PERSON).isEmpty()) {
                int k = j;
                while (k > 0 && j - k < 12 && !v.word(k).equals(",")) {
                    k--;
                }
                if (k > 0 && v.word(k).equals(",") && RELATIVE.contains(v.word(k + 1))) {
                    j = k - 1;
                }
            }
        }
        Optional<Placed> p = v.entityAt(j).filter(e -> e.type() == EntityType.PERSON);
        if (p.isEmpty() || v.endOf(p.get()) != j + 1) {
            return Optional.empty();
        }
        // "X succède à Z à la tête de Y": the successor stands before the predecessor
        int start = v.startOf(p.get());
        int n = successionBefore(v, start);
        if (n > 0) {
            return subjectEndingAt(v, skipBack(v, start - n - 1, ADVERBS));
        }
        return p;
    }

    /** The length of a "succeed" phrase that ends right before token {@code i}, or 0. */
    private int successionBefore(SentenceView v, int i) {
        for (int n = Math.min(LONGEST, i); n >= 1; n--) {
            List<Verb> verbs = VERBS.getOrDefault(language.code() + ":" + key(v.tokens(), i - n, n), List.of());
            if (verbs.stream().anyMatch(x -> x.form() == Form.SUCCEED)) {
                return n;
            }
        }
        return 0;
    }

    /** The organization that is the subject of the clause before the verb at {@code i}: "Acme on Tuesday named X". */
    private static Optional<Placed> subjectBefore(SentenceView v, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Optional<Placed> p = v.entityAt(k);
            if (p.isPresent()) {
                int start = v.startOf(p.get());
                boolean free = start == 0 || !PREPOSITIONS.contains(v.word(start - 1)) && !DETERMINERS.contains(v.word(start - 1))
                        || start == 1 && DETERMINERS.contains(v.word(0));
                return p.filter(e -> e.type() == EntityType.ORGANIZATION && free && !POSSESSIVE_MARKS.contains(v.word(v.endOf(e))));
            }
            if (v.word(k).equals(",") || v.word(k).equals(";")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The organization whose name ends at token j, a parenthesized short name after it included: "Y (ABC)";
     * with {@code apposition}, also one before a plain apposition: "Y, la banque centrale".
     */
    private static Optional<String> organizationEndingAt(SentenceView v, int j, boolean apposition) {
        int last = j;
        if (v.word(j).equals(")")) {
            int k = j - 1;
            while (k >= 0 && !v.word(k).equals("(") && j - k < 6) {
                k--;
            }
            if (!v.word(k).equals("(")) {
                return Optional.empty();
            }
            last = k - 1;
        }
        int end = last + 1;
        Optional<String> named = v.entityAt(last).filter(p -> p.type() == EntityType.ORGANIZATION && v.endOf(p) == end).map(Placed::entityId);
        if (named.isPresent() || !apposition || last < 0 || !v.token(last).isWord() || v.token(last).isCapitalized()) {
            return named;
        }
        // "Y, la banque centrale, dirigée par X": past an apposition of plain words
        int k = last;
        while (k >= 0 && last - k < 5 && v.entityAt(k).isEmpty() && v.token(k).isWord() && !v.token(k).isCapitalized()) {
            k--;
        }
        if (k > 0 && v.word(k).equals(",") && DETERMINERS.contains(v.word(k + 1))) {
            int before = k - 1;
            return v.entityAt(before).filter(p -> p.type() == EntityType.ORGANIZATION && v.endOf(p) == before + 1).map(Placed::entityId);
        }
        return Optional.empty();
    }

    /** The organizations named from token i on, joined by "and"/"et": "electric carmaker Y and rocket company Z". */
    private static List<String> organizationsFrom(SentenceView v, int i) {
        List<String> out = new ArrayList<>();
        int k = i;
        while (k < v.size()) {
            int start = k;
            while (k < v.size() && (ADVERBS.contains(v.word(k)) || DETERMINERS.contains(v.word(k)))) {
                k++;
            }
            int words = 0;
            while (k < v.size() && v.entityAt(k).isEmpty() && plainWord(v, k) && words < DESCRIPTOR) {
                k++;
                words++;
            }
            Optional<Placed> p = v.entityAt(k).filter(e -> e.type() == EntityType.ORGANIZATION);
            if (p.isEmpty() || v.startOf(p.get()) != k || POSSESSIVE_MARKS.contains(v.word(v.endOf(p.get())))) {
                break;
            }
            out.add(p.get().entityId());
            k = v.endOf(p.get());
            if (k > start && k + 1 < v.size() && Set.of("and", "et", "&").contains(v.word(k))) {
                k++;
            } else {
                break;
            }
        }
        return out.stream().distinct().toList();
    }

    /** The token past the people that {@link #peopleFrom} reads from token i. */
    private static int endOfPeople(SentenceView v, int i) {
        int k = i;
        for (int n = 0; n < 12 && k < v.size(); n++) {
            Optional<Placed> p = v.entityAt(k).filter(e -> e.type() == EntityType.PERSON);
            if (p.isPresent()) {
                k = v.endOf(p.get());
                if (!Set.of("and", "et").contains(v.word(k))) {
                    return k;
                }
            }
            k++;
        }
        return k;
    }

    /** The people named from token i on, past a short description, joined by "and"/"et": "by co-founders X and Y". */
    private List<String> peopleFrom(SentenceView v, int i) {
        List<String> out = new ArrayList<>();
        int k = i;
        while (k < v.size() && DETERMINERS.contains(v.word(k))) {
            k++;
        }
        int words = 0;
        // "chaired by the businessman X", "led by President X", "chaired by Sheikh X"
        while (k < v.size() && v.entityAt(k).isEmpty() && v.token(k).isWord() && words < DESCRIPTOR
                && (!v.token(k).isCapitalized() || CueLexicon.names().is("honorific", v.token(k).text())
                || titles.matchAt(v.tokens(), k).isPresent())) {
            boolean honorific = CueLexicon.names().is("honorific", v.token(k).text());
            k++;
            words++;
            // "Mr. X": the abbreviation's dot is a token of its own
            if (honorific && k < v.size() && v.word(k).equals(".") && v.token(k).start() == v.token(k - 1).end()) {
                k++;
            }
        }
        while (k < v.size()) {
            Optional<Placed> p = v.entityAt(k).filter(e -> e.type() == EntityType.PERSON);
            // "run by X's team": the person qualifies another noun
            if (p.isEmpty() || POSSESSIVE_MARKS.contains(v.word(v.endOf(p.get())))) {
                break;
            }
            out.add(p.get().entityId());
            k = v.endOf(p.get());
            if (k + 1 < v.size() && Set.of("and", "et").contains(v.word(k)) && v.entityAt(k + 1).isPresent()) {
                k++;
            } else {
                // "fondée par X et l'ingénieur Z": a second person described as the first may be
                if (k + 1 < v.size() && Set.of("and", "et").contains(v.word(k)) && v.entityAt(k + 1).isEmpty()) {
                    out.addAll(peopleFrom(v, k + 1));
                }
                break;
            }
        }
        return out;
    }

    /**
     * The people a founder founded the company with: "X co-founded Y in 2019 with Z", "X a cofondé Y avec Z", "She founded
     * Y with a former colleague, Z". Each is a co-founder.
     */
    private List<String> cofoundersFrom(SentenceView v, int i) {
        for (int k = i; k < Math.min(v.size(), i + 6); k++) {
            if (Set.of("with", "avec").contains(v.word(k))) {
                List<String> people = peopleFrom(v, k + 1);
                if (!people.isEmpty()) {
                    return people;
                }
                // "with a former colleague, Z"
                for (int c = k + 1; c < Math.min(v.size(), k + 7); c++) {
                    if (v.word(c).equals(",")) {
                        return peopleFrom(v, c + 1);
                    }
                    if (!v.token(c).isWord() || v.entityAt(c).isPresent()) {
                        break;
                    }
                }
                return List.of();
            }
            if (!v.token(k).isWord() || v.entityAt(k).filter(p -> p.type() != EntityType.PLACE).isPresent() || CLAUSE.contains(v.word(k))) {
                break;
            }
        }
        return List.of();
    }

    /** A lower-case word that may describe an organization: not a preposition, not a verb phrase's start. */
    private static boolean plainWord(SentenceView v, int k) {
        return v.token(k).isWord() && !v.token(k).isCapitalized() && !PREPOSITIONS.contains(v.word(k)) && !COORDINATION.contains(v.word(k))
                && !CLAUSE.contains(v.word(k));
    }

    private static int skipBack(SentenceView v, int j, Set<String> words) {
        while (j >= 0 && words.contains(v.word(j))) {
            j--;
        }
        return j;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static String key(List<Token> tokens, int i, int n) {
        return PhraseKeys.of(tokens).folded(i, n);
    }

    private static Map<String, List<Verb>> load() {
        Map<String, List<Verb>> map = new HashMap<>();
        for (String[] row : LexiconLib.rows("/lexicon/role-verbs.tsv")) {
            Form form = Form.valueOf(row[2].toUpperCase(Locale.ROOT));
            String phrase = LexiconLib.fold(row[1]).replace("' ", "'");
            map.computeIfAbsent(row[0] + ":" + phrase, k -> new ArrayList<>()).add(new Verb(phrase, form, row[3], row[4].equals("yes")));
        }
        map.replaceAll((k, list) -> List.copyOf(list));
        return Map.copyOf(map);
    }
}
