package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Relation.Type;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

/**
 * Reads stated relations between an article's entities from cue nouns and their grammar:
 * partnerships ("X's partnership with Y", "partners, among them Y and Z"), units and parents
 * ("sa filiale Y", "Y, X's cloud unit", "X's parent Y"), seats ("Seattle-based X", "X, basée à Y",
 * "le groupe de Seattle", "Austin, Texas", "Colmar (Haut-Rhin)"), makers ("its chatbot Z", "X's Z",
 * "X, the maker of Z", "la start-up qui a créé Z", "built by X") and units named as their parent and a
 * known place ("Acme Japan" beside "Acme"). The dateline is not prose and relates nothing. Two organizations that merely share a word
 * are never related: only the text's words relate entities. Cue words live in
 * {@code lexicon/fact-cues.tsv} and {@code lexicon/name-cues.tsv}.
 *
 * <pre>{@code List<Relation> rs = new RelationExtractor().extract(doc, entities);}</pre>
 */
public final class RelationExtractor {

    /** Both partners named around the cue: "X's partnership with Y", "un partenariat entre X et Y". */
    public static final double PARTNERS_NAMED = 0.85;
    /** One partner is the organization a possessive or the sentence's subject points to: "son partenariat avec Y". */
    public static final double PARTNER_FROM_CONTEXT = 0.7;
    /** The unit and its owner both named: "X's subsidiary Y", "Y, le laboratoire d'IA de X". */
    public static final double UNIT_NAMED = 0.85;
    /** The owner is what a possessive points to: "sa filiale Y". */
    public static final double UNIT_FROM_CONTEXT = 0.7;
    /** The place qualifies the named organization outright: "Seattle-based Acme", "Acme, basée à Lyon". */
    public static final double SEAT_NAMED = 0.9;
    /** The organization is the one a common noun refers to: "the Seattle-based company", "le groupe de Seattle". */
    public static final double SEAT_FROM_CONTEXT = 0.65;
    /** "Austin, Texas", "Colmar (Haut-Rhin)": the press's way of placing a town. */
    public static final double PLACE_IN_PLACE = 0.8;
    /** Product and maker both named: "X's chatbot Z", "X, the maker of Z", "Z, le robot d'X". */
    public static final double MAKER_NAMED = 0.85;
    /** The maker is what a possessive or a relative clause points to: "its chatbot Z", "qui a créé Z". */
    public static final double MAKER_FROM_CONTEXT = 0.7;
    /** A unit named as its parent and a place: "Acme Japan" beside "Acme". */
    public static final double UNIT_BY_NAME = 0.75;
    /** An apposition says what or where in a larger place a place is: "Heide, a small town in Schleswig-Holstein". */
    public static final double PLACE_BY_APPOSITION = 0.75;
    /** The one other organization of a sentence that mentions a partnership without naming its partners. */
    public static final double PARTNER_IN_SENTENCE = 0.6;

    /** How many plain words (adjectives, "cloud computing") may stand between a cue noun and what it ties. */
    private static final int MODIFIER_REACH = 4;
    /** How many words an apposition may take to say what a place is: "a city of about 16,000 people in". */
    private static final int APPOSITION_REACH = 10;
    private static final Set<String> WITH = Set.of("with", "avec");
    private static final Set<String> BETWEEN = Set.of("between", "entre");
    private static final Set<String> AND = Set.of("and", "et", ",", "&");
    private static final Set<String> OF = Set.of("of", "de", "d'", "d’", "du", "des");
    private static final Set<String> IN = Set.of("in", "en", "à", "au", "aux");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "l’", "les", "the", "a", "an", "un", "une");
    private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l’", "les");
    private static final Set<String> RELATIVE = Set.of("qui", "that", "which");
    /** Words that open a clause, so that a name right after them is its subject: "où Acme exploite son cloud". */
    private static final Set<String> CLAUSE_START = Set.of(",", ";", "où", "where", "while", "tandis", "alors", "whereas", "but", "mais");
    private static final Set<String> BEHIND = Set.of("behind", "derrière");
    /** "la coentreprise détenue par X et Y", "a joint venture owned by X and Y": a joint venture's owners follow. */
    private static final Set<String> HELD = Set.of("owned", "held", "controlled", "détenue", "détenu", "contrôlée", "contrôlé", "formée",
            "formed", "créée", "created");
    /** Adverbs between a verb of owning and what is owned: "qui possède également X". */
    private static final Set<String> OWNING_ADVERBS = Set.of("également", "aussi", "déjà", "notamment", "also", "already", "still");
    /** Copulas that state what an organization is: "X is a subsidiary of Y", "X est une filiale de Y". */
    private static final Set<String> COPULAS = Set.of("is", "was", "been", "remains", "est", "était", "reste", "demeure");
    /** Words between the subject and its copula: "X has now been", "X est désormais". */
    private static final Set<String> COPULA_LEAD = Set.of(".", "has", "had", "have", "now", "also", "still", "already", "since", "désormais",
            "aussi", "également", "toujours", "déjà");
    private static final Set<String> NEAR = Set.of("près", "near", "proche", "non");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");
    /** "avec laquelle", "with which": a relative clause whose antecedent is the partner. */
    private static final Set<String> RELATIVE_AFTER_WITH = Set.of("which", "whom", "lequel", "laquelle", "lesquels", "lesquelles", "qui");
    /** "issue d'un laboratoire de X", "spun out of X's lab": a spin-off came from X but is no part of it. */
    private static final Set<String> ORIGIN = Set.of("issue", "issu", "issues", "issus", "née", "né", "spun", "spin-off", "spinoff",
            "emerged", "born", "sortie", "sorti", "former", "ancienne", "ancien");
    /** "will become a unit of X", "deviendra une filiale de X": the sentence's subject becomes the unit. */
    private static final Set<String> BECOME = Set.of("become", "becomes", "became", "deviendra", "devient", "deviendront", "devenir",
            "devenue", "devenu");
    /** "a unit, to be called X", "la coentreprise, baptisée X": the name given to a unit. */
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed", "baptisée", "baptisé", "nommée", "nommé", "appelée",
            "appelé", "dénommée", "dénommé");
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "are", "been", "has", "have", "said", "est", "a", "ont", "sont",
            "dit", "announced", "annoncé");

    private final Gazetteer gazetteer;
    private final CueLexicon facts;
    private final CueLexicon names;
    private final CueLexicon relationCues;

    public RelationExtractor() {
        this(Gazetteer.bundled());
    }

    public RelationExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.facts = CueLexicon.facts();
        this.names = CueLexicon.names();
        this.relationCues = CueLexicon.relations();
    }

    public List<Relation> extract(Document doc, ArticleEntities entities) {
        List<SentenceView> views = SentenceView.body(doc, entities);
        Reading r = new Reading(entities, views);
        for (int s = 0; s < views.size(); s++) {
            SentenceView v = views.get(s);
            for (int i = 0; i < v.size(); i++) {
                r.partnership(s, i);
                r.unit(s, i);
                r.owner(s, i);
                r.ownedBy(s, i);
                r.holder(s, i);
                r.seat(s, i);
                r.seatNoun(s, i);
                r.placeOwner(s, i);
                r.placePair(s, i);
                r.organizationOfPlace(s, i);
                r.maker(s, i);
                r.possessiveProduct(s, i);
                r.madeBy(s, i);
            }
        }
        r.namedUnits();
        return List.copyOf(r.found.values());
    }

    /** One article being read, and the relations found so far, one per (type, subject, object). */
    private final class Reading {

        private final ArticleEntities entities;
        private final List<SentenceView> views;
        private final Antecedents antecedents;
        private final Map<String, Relation> found = new LinkedHashMap<>();

        Reading(ArticleEntities entities, List<SentenceView> views) {
            this.entities = entities;
            this.views = views;
            this.antecedents = new Antecedents(views);
        }

        // ---- partnerOf ----

        void partnership(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt cue = facts.matchAt("partner-noun", v.tokens(), i);
            if (cue.isEmpty() || v.entityAt(i).isPresent()) {
                // "Kallang Growth Partners": a word of a name is no cue
                return;
            }
            int end = i + cue.getAsInt();
            if (end < v.size() && v.entityAt(end).isPresent() && i > 0 && v.entityAt(i - 1).isPresent()) {
                // "Acme partner Jane Doe": a title between an organization and its holder
                return;
            }
            // "X, a partner at Lismore", "managing partner Y": a person's post in a firm, no partnership
            if (end < v.size() && Set.of("at", "chez").contains(v.word(end))
                    || i > 0 && Set.of("managing", "general", "founding", "senior", "equity", "associate").contains(v.word(i - 1))) {
                return;
            }
            if (withWhich(s, i, end)) {
                return;
            }
            if (namedJointVenture(s, i, end)) {
                return;
            }
            // "un partenariat entre X et Y"
            if (end < v.size() && BETWEEN.contains(v.word(end))) {
                List<String> named = organizationList(v, end + 1);
                List<String> both = named.isEmpty() ? theTwo(s, i, end + 1) : named;
                for (int a = 0; a < both.size(); a++) {
                    for (int b = a + 1; b < both.size(); b++) {
                        add(Type.PARTNER_OF, both.get(a), both.get(b), v, PARTNERS_NAMED);
                    }
                }
                return;
            }
            if (apposedPartner(s, i) || jointVentureOwners(s, end)) {
                return;
            }
            List<String> others = List.of();
            int listAt = end;
            if (WITH.contains(v.word(end - 1)) || v.word(end - 1).equals("à")) {
                // "s'est associé à X", "teamed up with X": the preposition ends the cue
                others = organizationList(v, end);
            } else if (listAt < v.size() && (WITH.contains(v.word(listAt)) || OF.contains(v.word(listAt)))) {
                others = organizationList(v, listAt + 1);
            } else {
                // "several partners, among them Y and Z"
                int k = listAt < v.size() && v.word(listAt).equals(",") ? listAt + 1 : listAt;
                OptionalInt list = k < v.size() ? facts.matchAt("partner-list", v.tokens(), k) : OptionalInt.empty();
                if (list.isPresent()) {
                    others = organizationList(v, k + list.getAsInt());
                }
            }
            if (others.isEmpty()) {
                if (!pairBefore(s, i)) {
                    sentencePair(s, i);
                }
                return;
            }
            Optional<Placed> named = namedOwner(v, i);
            Optional<String> owner = named.map(Placed::entityId);
            double confidence = PARTNERS_NAMED;
            if (owner.isEmpty()) {
                owner = antecedents.organizationBefore(s, i, others);
                confidence = PARTNER_FROM_CONTEXT;
            }
            for (String other : others) {
                if (owner.isPresent()) {
                    add(Type.PARTNER_OF, owner.get(), other, v, confidence);
                }
            }
        }

        /** "between the two companies", "entre les deux groupes": the two organizations this sentence or the one before names. */
        private List<String> theTwo(int s, int i, int k) {
            SentenceView v = views.get(s);
            boolean two = k + 2 < v.size() && ARTICLES.contains(v.word(k)) && (v.word(k + 1).equals("two") || v.word(k + 1).equals("deux"))
                    && names.matchAt("org-noun", v.tokens(), k + 2).isPresent();
            if (!two) {
                return List.of();
            }
            List<String> here = v.entitiesIn(0, i).stream().filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId)
                    .distinct().toList();
            if (here.isEmpty() && s > 0) {
                here = Antecedents.organizations(views.get(s - 1));
            }
            return here.size() == 2 ? here : List.of();
        }

        /** "à l'américain Y, son partenaire sur ce produit", "Y, its long-time partner": the possessive's owner and Y are partners. */
        private boolean apposedPartner(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt poss = possessiveBefore(v, i);
            if (poss.isEmpty() || poss.getAsInt() < 2 || !v.word(poss.getAsInt() - 1).equals(",")
                    || v.word(poss.getAsInt()).equals("their") || v.word(poss.getAsInt()).startsWith("leur")) {
                return false;
            }
            Optional<Placed> partner = v.entityAt(poss.getAsInt() - 2).filter(p -> p.type() == EntityType.ORGANIZATION);
            if (partner.isEmpty()) {
                return false;
            }
            String y = partner.get().entityId();
            antecedents.organizationBefore(s, v.startOf(partner.get()), List.of(y))
                    .ifPresent(x -> add(Type.PARTNER_OF, x, y, v, PARTNER_FROM_CONTEXT));
            return true;
        }

        /**
         * "la coentreprise détenue à 68 % par GSK et à 32 % par Pfizer", "a joint venture owned by X and Y": the owners named
         * after "par"/"by" in the rest of the clause are partners.
         */
        private boolean jointVentureOwners(int s, int end) {
            SentenceView v = views.get(s);
            if (end >= v.size() || !(v.word(end - 1).equals("coentreprise") || v.word(end - 1).equals("co-entreprise")
                    || v.word(end - 1).equals("venture")) || !HELD.contains(v.word(end))) {
                return false;
            }
            List<String> owners = new ArrayList<>();
            for (int k = end + 1; k < v.size() && !v.word(k).equals(";") && !v.word(k).equals(".") && !RELATIVE.contains(v.word(k)); k++) {
                if (v.word(k).equals("par") || v.word(k).equals("by")) {
                    organizationList(v, k + 1).stream().filter(o -> !owners.contains(o)).forEach(owners::add);
                }
            }
            for (int a = 0; a < owners.size(); a++) {
                for (int b = a + 1; b < owners.size(); b++) {
                    add(Type.PARTNER_OF, owners.get(a), owners.get(b), v, PARTNERS_NAMED);
                }
            }
            return owners.size() >= 2;
        }

        /**
         * "Y, with which the company signed a partnership agreement", "Y, avec laquelle le groupe a signé un partenariat":
         * the partner is the relative's antecedent, the other side the organization the clause names or the article's subject.
         */
        private boolean withWhich(int s, int i, int end) {
            SentenceView v = views.get(s);
            for (int k = i - 1; k >= 1 && i - k <= 6; k--) {
                if (!RELATIVE_AFTER_WITH.contains(v.word(k)) || !(WITH.contains(v.word(k - 1)) || v.word(k - 1).equals("à"))) {
                    if (v.word(k).equals(",") || v.word(k).equals(".")) {
                        return false;
                    }
                    continue;
                }
                int c = k - 2;
                if (c >= 0 && v.word(c).equals(",")) {
                    c--;
                }
                Optional<Placed> partner = c >= 0 ? v.entityAt(c).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
                if (partner.isEmpty()) {
                    return false;
                }
                String other = partner.get().entityId();
                Optional<String> owner = v.entitiesIn(k + 1, i).stream().filter(p -> p.type() == EntityType.ORGANIZATION)
                        .map(Placed::entityId).findFirst()
                        .or(() -> antecedents.mainOrganization().filter(o -> !o.equals(other)));
                owner.ifPresent(o -> add(Type.PARTNER_OF, o, other, v, PARTNER_FROM_CONTEXT));
                return true;
            }
            return false;
        }

        /**
         * "Les deux groupes détiendront la coentreprise, baptisée Y", "the joint venture, to be called Y": a named joint
         * venture belongs to the two organizations last joined by "et"/"and", who are partners.
         */
        private boolean namedJointVenture(int s, int i, int end) {
            SentenceView v = views.get(s);
            if (!v.word(end - 1).equals("coentreprise") && !v.word(end - 1).equals("venture")) {
                return false;
            }
            Optional<Placed> jv = namedAfter(v, end);
            if (jv.isEmpty()) {
                return false;
            }
            List<String> owners = joinedPairBefore(s, i);
            if (owners.size() != 2 || owners.contains(jv.get().entityId())) {
                return false;
            }
            add(Type.PART_OF, jv.get().entityId(), owners.get(0), v, UNIT_FROM_CONTEXT);
            add(Type.PART_OF, jv.get().entityId(), owners.get(1), v, UNIT_FROM_CONTEXT);
            add(Type.PARTNER_OF, owners.get(0), owners.get(1), v, PARTNER_FROM_CONTEXT);
            return true;
        }

        /** The organization a unit is named after its noun: ", to be called Y", ", baptisée Y", " named Y". */
        private Optional<Placed> namedAfter(SentenceView v, int end) {
            int k = end;
            if (k < v.size() && v.word(k).equals(",")) {
                k++;
            }
            int n = 0;
            while (k < v.size() && n < 3 && v.entityAt(k).isEmpty() && !NAMING.contains(v.word(k)) && v.token(k).isWord()
                    && !v.token(k).isCapitalized()) {
                k++;
                n++;
            }
            if (k + 1 >= v.size() || !NAMING.contains(v.word(k))) {
                return Optional.empty();
            }
            return v.entityAt(k + 1).filter(p -> p.type() == EntityType.ORGANIZATION);
        }

        /** The two organizations joined by "et"/"and" in this sentence or the nearest before: "X et le fabricant Y". */
        private List<String> joinedPairBefore(int s, int i) {
            for (int t = s; t >= 0 && s - t <= 2; t--) {
                SentenceView v = views.get(t);
                int limit = t == s ? i : v.size();
                for (int k = 0; k < limit; k++) {
                    Optional<Placed> p = v.entityAt(k);
                    if (p.isEmpty()) {
                        continue;
                    }
                    int e = v.endOf(p.get());
                    if (p.get().type() == EntityType.ORGANIZATION && e < v.size() && (v.word(e).equals("et") || v.word(e).equals("and"))) {
                        List<String> rest = organizationList(v, e + 1);
                        if (!rest.isEmpty()) {
                            return List.of(p.get().entityId(), rest.get(0));
                        }
                    }
                    k = e - 1;
                }
            }
            return List.of();
        }

        /**
         * "X a pris une participation dans Y dans le cadre d'un partenariat": a sentence naming a partnership
         * and exactly two organizations, one its subject, makes them partners.
         */
        private void sentencePair(int s, int i) {
            SentenceView v = views.get(s);
            List<String> orgs = Antecedents.organizations(v);
            Optional<String> subject = Antecedents.subjectOf(v, List.of());
            if (orgs.size() == 2 && subject.isPresent()) {
                String other = orgs.get(0).equals(subject.get()) ? orgs.get(1) : orgs.get(0);
                add(Type.PARTNER_OF, subject.get(), other, v, PARTNER_IN_SENTENCE);
            }
        }

        /** "X and Y are partners", "X et Y sont partenaires": the last two organizations before the cue, joined. */
        private boolean pairBefore(int s, int i) {
            SentenceView v = views.get(s);
            List<Placed> before = v.entitiesIn(Math.max(0, i - 12), i);
            if (before.size() < 2) {
                return false;
            }
            Placed x = before.get(before.size() - 2);
            Placed y = before.get(before.size() - 1);
            int gapStart = v.endOf(x);
            boolean joined = gapStart + 1 == v.startOf(y) && AND.contains(v.word(gapStart)) && !v.word(gapStart).equals(",");
            boolean close = i - v.endOf(y) <= 4 && v.entitiesIn(v.endOf(y), i).isEmpty();
            if (joined && close) {
                add(Type.PARTNER_OF, x.entityId(), y.entityId(), v, PARTNERS_NAMED);
            }
            return joined && close;
        }

        /** "Y, Z and W": organizations joined by commas and "and"/"et", from token k. */
        private List<String> organizationList(SentenceView v, int k) {
            List<String> out = new ArrayList<>();
            int i = k;
            while (i < v.size()) {
                // "la société Vortexa et le groupe Globex", "the Japanese telecom operators A and B and the Pacific carrier C"
                int described = i;
                while (i < v.size() && i - described <= MODIFIER_REACH && (ARTICLES.contains(v.word(i))
                        || v.entityAt(i).isEmpty() && (names.matchAt("org-noun", v.tokens(), i).isPresent()
                        || gazetteer.demonym(v.token(i).text()).isPresent()
                        || v.token(i).isWord() && !v.token(i).isCapitalized() && !AND.contains(v.word(i)) && !isVerbLike(v.word(i))
                        && !RELATIVE_AFTER_WITH.contains(v.word(i)) && !RELATIVE.contains(v.word(i))
                        || v.token(i).isCapitalized() && i + 1 < v.size() && names.matchAt("org-noun", v.tokens(), i + 1).isPresent())
                        || v.entityAt(i).filter(p -> p.type() == EntityType.PLACE).isPresent() && i + 1 < v.size()
                        && names.matchAt("org-noun", v.tokens(), v.endOf(v.entityAt(i).get())).isPresent())) {
                    i = v.entityAt(i).map(v::endOf).orElse(i + 1);
                }
                // "Hamburg-based Nordmarsch Energie": a place's "-based" before the name
                Optional<Placed> seat = i < v.size() ? v.entityAt(i).filter(x -> x.type() == EntityType.PLACE) : Optional.empty();
                if (seat.isPresent() && v.document().text().startsWith("-based", seat.get().span().end())) {
                    int after = v.endOf(seat.get());
                    while (after < v.size() && (v.word(after).equals("-") || v.word(after).equals("based") || v.word(after).equals("-based"))) {
                        after++;
                    }
                    i = after;
                }
                Optional<Placed> p = i < v.size() ? v.entityAt(i) : Optional.empty();
                if (p.isEmpty() || p.get().type() != EntityType.ORGANIZATION) {
                    break;
                }
                if (!out.contains(p.get().entityId())) {
                    out.add(p.get().entityId());
                }
                i = v.endOf(p.get());
                // "Tianxi Metals (70 %) et Kamoto Mines (30 %)": a share in parentheses after the name
                if (i < v.size() && v.word(i).equals("(")) {
                    int close = i + 1;
                    while (close < v.size() && close - i < 8 && !v.word(close).equals(")")) {
                        close++;
                    }
                    if (close < v.size() && v.word(close).equals(")")) {
                        i = close + 1;
                    }
                }
                int joins = 0;
                while (i < v.size() && AND.contains(v.word(i)) && joins < 2) {
                    i++;
                    joins++;
                }
                if (joins == 0) {
                    break;
                }
            }
            return out;
        }

        /** "X's [multibillion-dollar] NOUN": the organization named before the possessive mark. */
        private Optional<Placed> namedOwner(SentenceView v, int i) {
            int k = i - 1;
            for (int n = 0; n < MODIFIER_REACH && k >= 0 && !POSSESSIVE_MARKS.contains(v.word(k)) && v.entityAt(k).isEmpty(); n++) {
                k--;
            }
            if (k >= 1 && POSSESSIVE_MARKS.contains(v.word(k))) {
                return v.entityAt(k - 1).filter(p -> p.type() == EntityType.ORGANIZATION);
            }
            return Optional.empty();
        }

        /**
         * The organization a possessive at token k points to: the subject of its own clause where the clause names one ("où
         * Microsoft exploite son cloud Z"), else the sentence's or the article's.
         */
        private Optional<String> possessor(int s, int k) {
            SentenceView v = views.get(s);
            for (int j = k - 1; j >= 0 && !CLAUSE_START.contains(v.word(j)) && !RELATIVE.contains(v.word(j)); j--) {
                Optional<Placed> p = v.entityAt(j);
                if (p.isPresent()) {
                    int start = v.startOf(p.get());
                    int b = start - 1;
                    // "où la société Acme exploite"
                    for (int n = 0; b >= 0 && n < 3 && (ARTICLES.contains(v.word(b)) || names.matchAt("org-noun", v.tokens(), b).isPresent()); n++) {
                        b--;
                    }
                    boolean governed = b >= 0 && (OF.contains(v.word(b)) || IN.contains(v.word(b))
                            || WITH.contains(v.word(b)) || v.word(b).equals("by") || v.word(b).equals("par"));
                    boolean opens = b < 0 || CLAUSE_START.contains(v.word(b)) || RELATIVE.contains(v.word(b));
                    if (p.get().type() == EntityType.ORGANIZATION && opens && !governed && !possessed(v, p.get())) {
                        return Optional.of(p.get().entityId());
                    }
                    j = start;
                }
            }
            return antecedents.organizationBefore(s, k);
        }

        /** Whether a possessive determiner stands a few plain words before token i: "its Japanese arm". */
        private OptionalInt possessiveBefore(SentenceView v, int i) {
            for (int k = i - 1, n = 0; k >= 0 && n <= MODIFIER_REACH; k--, n++) {
                if (facts.is("possessive", v.word(k))) {
                    return OptionalInt.of(k);
                }
                Optional<Placed> p = v.entityAt(k);
                if (p.isPresent() && k == i - 1 && p.get().type() != EntityType.PERSON && v.startOf(p.get()) > 0
                        && facts.is("possessive", v.word(v.startOf(p.get()) - 1))) {
                    // "its PlayStation unit": a brand before the noun only qualifies it
                    return OptionalInt.of(v.startOf(p.get()) - 1);
                }
                if (p.isPresent() || !v.token(k).isWord()) {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.empty();
        }

        // ---- partOf ----

        void unit(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt parentCue = names.matchAt("parent-noun", v.tokens(), i);
            OptionalInt unitCue = names.matchAt("unit-noun", v.tokens(), i);
            boolean parent = parentCue.isPresent();
            if (!parent && unitCue.isEmpty()) {
                return;
            }
            int end = i + (parent ? parentCue.getAsInt() : unitCue.getAsInt());
            // the owner named or pointed to before the noun, the unit (or parent) named after it
            Optional<String> place = Optional.empty();
            int k = end;
            if (k + 1 < v.size() && IN.contains(v.word(k)) && v.entityAt(k + 1).filter(p -> p.type() == EntityType.PLACE).isPresent()) {
                Placed where = v.entityAt(k + 1).get();
                place = Optional.of(where.entityId());
                k = v.endOf(where);
            }
            // "sa filiale d'assurance X", "sa filiale de distribution X": the noun's complement before the name
            if (!parent && k + 1 < v.size() && Set.of("d'", "d’", "de").contains(v.word(k)) && v.entityAt(k + 1).isEmpty()
                    && v.token(k + 1).isWord() && !v.token(k + 1).isCapitalized() && k + 2 < v.size()
                    && v.entityAt(k + 2).filter(p -> p.type() == EntityType.ORGANIZATION).isPresent()) {
                k += 2;
            }
            if (k < v.size() && v.word(k).equals(",")) {
                k++;
            }
            Optional<Placed> after = k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
            if (after.isPresent()) {
                Optional<Placed> named = namedOwner(v, i);
                Optional<String> owner = named.map(Placed::entityId);
                double confidence = UNIT_NAMED;
                if (owner.isEmpty() && possessiveBefore(v, i).isPresent()) {
                    int poss = possessiveBefore(v, i).getAsInt();
                    // "Creed, qui a rejoint sa branche Y": what joins the unit is in it, and the possessive is someone else's
                    Optional<String> joiner = joiner(s, poss).filter(x -> !x.equals(after.get().entityId()));
                    List<String> excluded = new ArrayList<>(List.of(after.get().entityId()));
                    joiner.ifPresent(excluded::add);
                    joiner.ifPresent(x -> add(Type.PART_OF, x, after.get().entityId(), v, UNIT_FROM_CONTEXT));
                    owner = antecedents.organizationBefore(s, poss, excluded);
                    confidence = UNIT_FROM_CONTEXT;
                }
                if (owner.isPresent()) {
                    String member = after.get().entityId();
                    if (parent) {
                        add(Type.PART_OF, owner.get(), member, v, confidence);
                    } else {
                        add(Type.PART_OF, member, owner.get(), v, confidence);
                        if (place.isPresent()) {
                            add(Type.LOCATED_IN, member, place.get(), v, confidence);
                        }
                    }
                    return;
                }
            }
            if (!parent && namedUnit(s, i, end)) {
                return;
            }
            if (!apposedUnit(s, i, end, parent) && !parent) {
                copularUnit(s, i, end);
            }
        }

        /**
         * "X owns Y", "KIRKBI, which owns three quarters of Y", "la holding familiale qui contrôle Y": control of another
         * organization makes it a part; a share short of control ("owns 24.5% of Y", "a stake in Y") is a holding, not a part.
         */
        void owner(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt cue = relationCues.matchAt("own-verb", v.tokens(), i);
            if (cue.isEmpty() || i == 0 || v.entityAt(i).isPresent() || negated(v, i)) {
                return;
            }
            Optional<String> holder = v.entityAt(i - 1).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            double confidence = UNIT_NAMED;
            if (holder.isEmpty() && (v.word(i - 1).equals("which") || v.word(i - 1).equals("qui"))) {
                holder = antecedents.nearestBefore(s, i - 1, List.of());
                confidence = UNIT_FROM_CONTEXT;
            }
            if (holder.isEmpty()) {
                return;
            }
            int k = i + cue.getAsInt();
            // "qui possède également X, Y et Z": past an adverb
            while (k < v.size() && OWNING_ADVERBS.contains(v.word(k))) {
                k++;
            }
            OptionalInt share = k < v.size() ? relationCues.matchAt("share-of", v.tokens(), k) : OptionalInt.empty();
            if (share.isPresent()) {
                k += share.getAsInt();
            }
            Optional<Placed> owned = organizationDescribedAt(v, k).filter(o -> !possessed(v, o));
            String h = holder.get();
            double c = confidence;
            // "which owns X and Y", "qui possède X, Y et Z": each organization of the list
            owned.ifPresent(o -> organizationList(v, v.startOf(o)).stream().filter(m -> !m.equals(h))
                    .forEach(m -> add(Type.PART_OF, m, h, v, c)));
        }

        /** "Y, owned by X", "Y, which is controlled by X", "Y, une marque détenue par X": the organization before owned by the one after. */
        void ownedBy(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt cue = relationCues.matchAt("owned-by", v.tokens(), i);
            if (cue.isEmpty() || i == 0 || relationCues.is("not-whole", v.word(i - 1)) || negated(v, i)) {
                return;
            }
            Optional<Placed> owner = organizationDescribedAt(v, i + cue.getAsInt()).filter(o -> !possessed(v, o));
            if (owner.isEmpty()) {
                return;
            }
            // "a joint venture owned by X and Y": a part of each
            List<String> owners = organizationList(v, v.startOf(owner.get()));
            // "Medra Group is wholly owned by X": past the copula to the subject
            int subject = i - 1;
            while (subject > 0 && (COPULAS.contains(v.word(subject)) || COPULA_LEAD.contains(v.word(subject)) && !v.word(subject).equals("."))) {
                subject--;
            }
            int memberEnd = subject + 1;
            Optional<String> member = v.entityAt(subject).filter(p -> p.type() == EntityType.ORGANIZATION && v.endOf(p) == memberEnd)
                    .map(Placed::entityId)
                    .or(() -> basedOrganization(v, i).flatMap(a -> a));
            member.ifPresent(m -> owners.forEach(o -> add(Type.PART_OF, m, o, v, UNIT_NAMED)));
        }

        /** "X, the holding company behind Y", "X, the owner of Y", "X, propriétaire de Y": the apposed organization holds Y. */
        void holder(int s, int i) {
            SentenceView v = views.get(s);
            if (v.entityAt(i).isPresent()) {
                return;
            }
            OptionalInt holding = relationCues.matchAt("holding-noun", v.tokens(), i);
            OptionalInt owner = relationCues.matchAt("owner-noun", v.tokens(), i);
            int end;
            if (holding.isPresent() && i + holding.getAsInt() < v.size() && BEHIND.contains(v.word(i + holding.getAsInt()))) {
                end = i + holding.getAsInt() + 1;
            } else if (owner.isPresent() && i + owner.getAsInt() < v.size() && OF.contains(v.word(i + owner.getAsInt()))) {
                end = i + owner.getAsInt() + 1;
            } else {
                return;
            }
            Optional<Placed> held = organizationDescribedAt(v, end).filter(o -> !possessed(v, o));
            Optional<String> holder = apposedOrganization(v, i);
            if (held.isPresent() && holder.isPresent()) {
                add(Type.PART_OF, held.get().entityId(), holder.get(), v, UNIT_NAMED);
            }
        }

        /** The organization named at token k past an article and a few describing words: "the Danish group X", "l'américain X". */
        private Optional<Placed> organizationDescribedAt(SentenceView v, int k) {
            for (int n = 0; k < v.size() && n < 3 && v.entityAt(k).isEmpty() && (ARTICLES.contains(v.word(k))
                    || names.matchAt("org-noun", v.tokens(), k).isPresent() || gazetteer.demonym(v.token(k).text()).isPresent()); n++) {
                k++;
            }
            int at = k;
            return k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.ORGANIZATION && v.startOf(p) == at) : Optional.empty();
        }

        /** "X owns Y's stake": a name that only qualifies what follows it. */
        private boolean possessed(SentenceView v, Placed p) {
            int e = v.endOf(p);
            return e < v.size() && POSSESSIVE_MARKS.contains(v.word(e));
        }

        /** "no longer owns", "ne possède plus", "is not owned by": a denied verb at token i. */
        private boolean negated(SentenceView v, int i) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                String w = v.word(k);
                if (w.equals("not") || w.equals("no") || w.equals("ne") || w.equals("n'") || w.equals("n’") || w.equals("never")
                        || w.equals("jamais")) {
                    return true;
                }
            }
            return false;
        }

        /** "X, qui a rejoint [sa branche]", "X, which joined [its unit]": the organization that joins, the join verb ending at token k. */
        private Optional<String> joiner(int s, int k) {
            SentenceView v = views.get(s);
            for (int start = Math.max(0, k - 3); start < k; start++) {
                OptionalInt join = relationCues.matchAt("join-verb", v.tokens(), start);
                if (join.isEmpty() || start + join.getAsInt() != k || start == 0) {
                    continue;
                }
                String w = v.word(start - 1);
                if (RELATIVE.contains(w) || w.equals(",")) {
                    return antecedents.nearestBefore(s, start - 1, List.of());
                }
                return v.entityAt(start - 1).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
            return Optional.empty();
        }

        /** "The Kraków lab, to be called Y", "sa filiale, baptisée Y": the unit named after its noun, and the place before it. */
        private boolean namedUnit(int s, int i, int end) {
            SentenceView v = views.get(s);
            Optional<Placed> member = namedAfter(v, end);
            if (member.isEmpty()) {
                return false;
            }
            String unit = member.get().entityId();
            Optional<String> owner = namedOwner(v, i).map(Placed::entityId);
            double confidence = UNIT_NAMED;
            if (owner.isEmpty()) {
                owner = antecedents.organizationBefore(s, i, List.of(unit));
                confidence = UNIT_FROM_CONTEXT;
            }
            if (owner.isEmpty()) {
                return false;
            }
            add(Type.PART_OF, unit, owner.get(), v, confidence);
            Optional<Placed> place = i > 0 ? v.entityAt(i - 1).filter(p -> p.type() == EntityType.PLACE) : Optional.empty();
            place.ifPresent(p -> add(Type.LOCATED_IN, unit, p.entityId(), v, SEAT_FROM_CONTEXT));
            return true;
        }

        /**
         * "will make Y a wholly owned subsidiary of X", "Y deviendra une filiale du groupe X": the unit is the name before the
         * indefinite noun, or the subject of "become"; the owner is named after "of", or is what "du groupe montréalais" refers to.
         */
        private void copularUnit(int s, int i, int end) {
            SentenceView v = views.get(s);
            int k = i - 1;
            for (int n = 0; k >= 0 && n <= MODIFIER_REACH && v.entityAt(k).isEmpty() && v.token(k).isWord() && !v.token(k).isCapitalized()
                    && !BECOME.contains(v.word(k)) && !verbAt(v, k); n++) {
                k--;
            }
            if (k < 0 || k + 1 >= i || !Set.of("a", "an", "un", "une").contains(v.word(k + 1))) {
                return;
            }
            Optional<String> member;
            int verb = k;
            if (BECOME.contains(v.word(k))) {
                member = Antecedents.subjectOf(v, List.of()).filter(m -> v.entitiesIn(0, verb).stream().anyMatch(p -> p.entityId().equals(m)));
            } else if (COPULAS.contains(v.word(k))) {
                // "Arvane is a subsidiary of Y", "Arvane has been a unit of Y since 2019", "Arvane est une filiale de Y"
                int j = k - 1;
                while (j >= 0 && COPULA_LEAD.contains(v.word(j))) {
                    j--;
                }
                int last = j;
                member = j >= 0 ? v.entityAt(j).filter(p -> p.type() == EntityType.ORGANIZATION && v.endOf(p) == last + 1)
                        .map(Placed::entityId) : Optional.empty();
            } else {
                member = v.entityAt(k).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
            // "une filiale à part entière de X": the French "wholly owned" comes after the noun
            if (end + 3 < v.size() && v.word(end).equals("à") && v.word(end + 1).equals("part") && v.word(end + 2).startsWith("enti")) {
                end += 3;
            }
            if (member.isEmpty() || end >= v.size() || !OF.contains(v.word(end))) {
                return;
            }
            Optional<String> owner = Optional.empty();
            boolean described = false;
            for (int j = end + 1; j < Math.min(v.size(), end + 2 + MODIFIER_REACH); j++) {
                Optional<Placed> p = v.entityAt(j);
                if (p.isPresent()) {
                    owner = p.filter(x -> x.type() == EntityType.ORGANIZATION).map(Placed::entityId);
                    break;
                }
                if (!v.token(j).isWord() || v.token(j).isCapitalized()) {
                    break;
                }
                described |= names.matchAt("org-noun", v.tokens(), j).isPresent();
            }
            if (owner.isEmpty() && described) {
                owner = antecedents.organizationBefore(s, i, List.of(member.get()));
            }
            String unit = member.get();
            owner.ifPresent(o -> add(Type.PART_OF, unit, o, v, UNIT_FROM_CONTEXT));
        }

        /** "Y, X's cloud computing unit", "Y, the X unit", "Y, le laboratoire d'IA de X", "Y, la maison mère de X". */
        private boolean apposedUnit(int s, int i, int end, boolean parent) {
            SentenceView v = views.get(s);
            int c = i - 1;
            Optional<String> owner = Optional.empty();
            boolean possessive = false;
            boolean pronoun = false;
            for (int n = 0; c >= 0 && n <= MODIFIER_REACH + 3 && !v.word(c).equals(","); n++, c--) {
                if (ORIGIN.contains(v.word(c))) {
                    return true;
                }
                possessive |= facts.is("possessive", v.word(c)) && !v.word(c).equals("their") && !v.word(c).startsWith("leur");
                pronoun |= c == i - 1 && end < v.size() && relationCues.is("owner-pronoun", v.word(end));
                Optional<Placed> p = v.entityAt(c);
                if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION) {
                    owner = Optional.of(p.get().entityId());
                    c = v.startOf(p.get());
                } else if (p.isPresent() || (v.token(c).isWord() && !v.token(c).isCapitalized() && verbAt(v, c))) {
                    return false;
                }
            }
            if (c < 1 || !v.word(c).equals(",")) {
                return false;
            }
            Optional<Placed> member = v.entityAt(c - 1).filter(p -> p.type() == EntityType.ORGANIZATION);
            if (member.isEmpty()) {
                return false;
            }
            if (owner.isEmpty()) {
                // "le laboratoire d'IA de X": the last "de X" within a few words after the noun
                for (int k = end; k < Math.min(v.size(), end + MODIFIER_REACH + 2); k++) {
                    Optional<Placed> p = v.entityAt(k);
                    if (p.isPresent() && p.get().type() == EntityType.PLACE && v.word(v.endOf(p.get()) - 1).endsWith("-based")) {
                        // "a unit of the Seoul-based X"
                        k = v.endOf(p.get()) - 1;
                        continue;
                    }
                    if (p.isPresent() && p.get().type() == EntityType.PLACE && v.endOf(p.get()) + 1 < v.size()
                            && POSSESSIVE_MARKS.contains(v.word(v.endOf(p.get())))) {
                        // "the investment arm of Abu Dhabi's X"
                        Optional<Placed> held = v.entityAt(v.endOf(p.get()) + 1).filter(x -> x.type() == EntityType.ORGANIZATION);
                        if (held.isPresent() && governedByOf(v, v.startOf(p.get()))) {
                            owner = Optional.of(held.get().entityId());
                            break;
                        }
                        k = v.endOf(p.get());
                        continue;
                    }
                    if (p.isPresent()) {
                        if (p.get().type() == EntityType.ORGANIZATION && governedByOf(v, k)) {
                            owner = Optional.of(p.get().entityId());
                        }
                        break;
                    }
                    if (v.word(k).equals(",") || v.word(k).equals(".")) {
                        break;
                    }
                }
            }
            double confidence = UNIT_NAMED;
            int at = v.startOf(member.get());
            List<String> excluded = List.of(member.get().entityId());
            if (owner.isEmpty() && possessive) {
                // "de OneWeb, sa filiale britannique": the owner is named just before the unit
                owner = antecedents.nearestBefore(s, at, excluded);
                confidence = UNIT_FROM_CONTEXT;
            } else if (owner.isEmpty() && pronoun) {
                // "to build up Y, the beauty division it set up": the pronoun is the sentence's subject
                owner = antecedents.organizationBefore(s, at, excluded);
                confidence = UNIT_FROM_CONTEXT;
            }
            if (owner.isEmpty()) {
                return false;
            }
            if (parent) {
                add(Type.PART_OF, owner.get(), member.get().entityId(), v, confidence);
            } else {
                add(Type.PART_OF, member.get().entityId(), owner.get(), v, confidence);
            }
            return true;
        }

        /** "de X", "of the X", "du conglomérat X", "of the Seoul-based X": "of" and at most an article, a place and a common noun before token k. */
        private boolean governedByOf(SentenceView v, int k) {
            int j = k - 1;
            // "du groupe lyonnais X", "du groupe familial X": an adjective after the common noun
            if (j >= 1 && v.entityAt(j).isEmpty() && v.token(j).isWord() && !v.token(j).isCapitalized() && !OF.contains(v.word(j))
                    && names.matchAt("org-noun", v.tokens(), j - 1).isPresent() && v.entityAt(j - 1).isEmpty()) {
                j--;
            }
            if (j >= 0 && names.matchAt("org-noun", v.tokens(), j).isPresent() && v.entityAt(j).isEmpty()) {
                j--;
            }
            if (j >= 0 && v.entityAt(j).filter(p -> p.type() == EntityType.PLACE).isPresent()) {
                j = v.startOf(v.entityAt(j).get()) - 1;
            }
            if (j >= 0 && ARTICLES.contains(v.word(j))) {
                j--;
            }
            return j >= 0 && OF.contains(v.word(j));
        }



        // ---- locatedIn ----

        void seat(int s, int i) {
            SentenceView v = views.get(s);
            String w = v.word(i);
            // "Seattle-based Acme", "the Seattle-based company"
            if (w.endsWith("-based") && v.entityAt(i).filter(p -> p.type() == EntityType.PLACE).isPresent()) {
                Placed based = v.entityAt(i).get();
                int start = v.startOf(based);
                // "the Irvine, California-based company": the town is the seat, the state only places the town
                String place = start >= 2 && v.word(start - 1).equals(",")
                        ? v.entityAt(start - 2).filter(p -> p.type() == EntityType.PLACE).map(Placed::entityId).orElse(based.entityId())
                        : based.entityId();
                boolean noun = false;
                for (int k = i + 1; k < Math.min(v.size(), i + 2 + MODIFIER_REACH); k++) {
                    Optional<Placed> p = v.entityAt(k);
                    if (p.isPresent()) {
                        if (p.get().type() == EntityType.ORGANIZATION) {
                            add(Type.LOCATED_IN, p.get().entityId(), place, v, SEAT_NAMED);
                            return;
                        }
                        break;
                    }
                    if (!v.token(k).isWord() || noun && names.matchAt("org-noun", v.tokens(), k).isEmpty()) {
                        // "the Irvine-based company makes the Z": the noun was the head, what follows is another clause
                        break;
                    }
                    noun |= names.matchAt("org-noun", v.tokens(), k).isPresent();
                }
                int listed = i + 1;
                while (listed < v.size() && v.token(listed).isWord() && v.entityAt(listed).isEmpty()) {
                    listed++;
                }
                if (noun && listed + 1 < v.size() && v.word(listed).equals(",") && !organizationList(v, listed + 1).isEmpty()) {
                    // "two Konya-based dairy producers, Meram Süt and Çumra Gıda": the names apposed after the plural noun
                    for (String o : organizationList(v, listed + 1)) {
                        add(Type.LOCATED_IN, o, place, v, SEAT_NAMED);
                    }
                    return;
                }
                if (noun) {
                    // "Acme, a Seattle-based company", "the Seattle-based company said"
                    Optional<String> apposed = i >= 2 && v.word(i - 1).equals(",") || i >= 3 && v.word(i - 2).equals(",")
                            ? antecedents.nearestBefore(s, i, List.of()) : Optional.empty();
                    double confidence = apposed.isPresent() ? SEAT_NAMED : SEAT_FROM_CONTEXT;
                    apposed.or(() -> antecedents.organizationBefore(s, i)).ifPresent(o -> add(Type.LOCATED_IN, o, place, v, confidence));
                }
                return;
            }
            // "X, basée à Lyon", "headquartered in Seattle"
            OptionalInt based = facts.matchAt("based-cue", v.tokens(), i);
            if (based.isPresent()) {
                Optional<Placed> place = placeNamedAt(v, i + based.getAsInt());
                if (place.isEmpty()) {
                    return;
                }
                Optional<Optional<String>> apposition = basedOrganization(v, i);
                Optional<String> apposed = apposition.flatMap(a -> a);
                // "Brantley Works, a pump maker based in Valencia": what is based there is the name apposed, even unknown
                Optional<String> org = apposition.isPresent() ? apposed : antecedents.organizationBefore(s, i);
                org.ifPresent(o -> add(Type.LOCATED_IN, o, place.get().entityId(), v, apposed.isPresent() ? SEAT_NAMED : SEAT_FROM_CONTEXT));
                return;
            }
            // "the Nairobi company", "the Singapore group": the place before a definite common noun; the organization is the
            // one named after it, or the nearest before in the sentence, or the one the article is about
            if (w.equals("the") && i + 1 < v.size()) {
                Optional<Placed> place = v.entityAt(i + 1).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == i + 1)
                        .filter(p -> entities.entity(p.entityId()).map(e -> e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.COUNTRY)
                                .orElse(false));
                int after = place.map(v::endOf).orElse(i + 1);
                OptionalInt common = place.isPresent() && after < v.size() ? names.matchAt("org-noun", v.tokens(), after) : OptionalInt.empty();
                // "the Boston lab" is a unit there, not its owner's seat
                if (common.isPresent() && v.entityAt(after).isEmpty() && names.matchAt("unit-noun", v.tokens(), after).isEmpty()) {
                    int k = after + common.getAsInt();
                    Optional<String> named = k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId)
                            : Optional.empty();
                    Optional<String> org = named.or(() -> nearestInSentence(v, i)).or(antecedents::mainOrganization);
                    org.ifPresent(o -> add(Type.LOCATED_IN, o, place.get().entityId(), v, SEAT_FROM_CONTEXT));
                    return;
                }
            }
            // "le groupe de Seattle": a definite common noun and its city stand for the organization
            OptionalInt noun = names.matchAt("org-noun", v.tokens(), i);
            if (noun.isPresent() && i > 0 && DEFINITE.contains(v.word(i - 1))) {
                int k = i + noun.getAsInt();
                if (k + 1 < v.size() && (v.word(k).equals("de") || v.word(k).equals("d'") || v.word(k).equals("d’"))) {
                    Optional<Placed> place = v.entityAt(k + 1).filter(p -> p.type() == EntityType.PLACE);
                    if (place.isPresent() && v.startOf(place.get()) == k + 1) {
                        int after = v.endOf(place.get());
                        Optional<Placed> named = after < v.size() ? v.entityAt(after).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
                        Optional<String> org = named.map(Placed::entityId).or(() -> antecedents.organizationBefore(s, i - 1));
                        org.ifPresent(o -> add(Type.LOCATED_IN, o, place.get().entityId(), v, SEAT_FROM_CONTEXT));
                    }
                }
            }
        }

        /**
         * "its headquarters in Seattle", "the company's home in Seattle", "X's Seattle headquarters", "le siège de X à Lyon",
         * "son siège social à Lyon": a seat noun, whose owner is named or pointed to before it, and its place.
         */
        void seatNoun(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt cue = relationCues.matchAt("seat-noun", v.tokens(), i);
            if (cue.isEmpty() || v.entityAt(i).isPresent()) {
                return;
            }
            int end = i + cue.getAsInt();
            int before = i - 1;
            Optional<Placed> place = Optional.empty();
            if (before >= 0 && v.entityAt(before).filter(p -> p.type() == EntityType.PLACE).isPresent()) {
                // "X's Seattle headquarters"
                place = v.entityAt(before);
                before = v.startOf(place.get()) - 1;
            }
            Optional<String> named = Optional.empty();
            int k = end;
            if (k + 1 < v.size() && OF.contains(v.word(k)) && place.isEmpty() && before >= 0 && DEFINITE.contains(v.word(before))) {
                // "le siège de X à Lyon"
                int at = k + 1;
                named = v.entityAt(at).filter(p -> p.type() == EntityType.ORGANIZATION && v.startOf(p) == at).map(Placed::entityId);
                k = named.isPresent() ? v.endOf(v.entityAt(at).get()) : k;
            }
            if (place.isEmpty()) {
                if (k + 1 >= v.size() || !(IN.contains(v.word(k)) || v.word(k).equals("at"))) {
                    return;
                }
                place = placeNamedAt(v, k + 1);
            }
            if (place.isEmpty() || before < 0) {
                return;
            }
            String where = place.get().entityId();
            if (named.isPresent()) {
                add(Type.LOCATED_IN, named.get(), where, v, SEAT_NAMED);
                return;
            }
            if (POSSESSIVE_MARKS.contains(v.word(before)) && before >= 1) {
                Optional<Placed> owner = v.entityAt(before - 1).filter(p -> p.type() == EntityType.ORGANIZATION);
                if (owner.isPresent()) {
                    add(Type.LOCATED_IN, owner.get().entityId(), where, v, SEAT_NAMED);
                    return;
                }
                if (before >= 2 && names.matchAt("org-noun", v.tokens(), before - 1).isPresent() && v.word(before - 2).equals("the")) {
                    // "the company's home in Seattle"
                    antecedents.organizationBefore(s, before - 2).ifPresent(o -> add(Type.LOCATED_IN, o, where, v, SEAT_FROM_CONTEXT));
                }
                return;
            }
            if (facts.is("possessive", v.word(before)) && !v.word(before).equals("their") && !v.word(before).equals("leur")) {
                int at = before;
                antecedents.organizationBefore(s, at).ifPresent(o -> add(Type.LOCATED_IN, o, where, v, SEAT_FROM_CONTEXT));
            }
        }

        /**
         * "Rustam Industries of Abu Dhabi", "Reliance Industries of India": an organization "of" a place, the phrase closed
         * there, is seated in it; and a list's item "- Biomédis, à Saran (Loiret) :" or a lead "Calibrex, à Châteauroux, a"
         * places the company that opens it.
         */
        void organizationOfPlace(int s, int i) {
            SentenceView v = views.get(s);
            Optional<Placed> org = v.entityAt(i).filter(p -> p.type() == EntityType.ORGANIZATION && v.startOf(p) == i);
            if (org.isEmpty()) {
                return;
            }
            int e = v.endOf(org.get());
            boolean of = e + 1 < v.size() && v.word(e).equals("of");
            boolean at = e + 2 < v.size() && v.word(e).equals(",") && v.word(e + 1).equals("à") && i <= RoleVerbReader.firstWord(v);
            int k = of ? e + 1 : at ? e + 2 : -1;
            if (k < 0) {
                return;
            }
            Optional<Placed> place = v.entityAt(k).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == k);
            if (place.isEmpty()) {
                return;
            }
            int after = v.endOf(place.get());
            boolean closed = after >= v.size() || Set.of(",", ".", ";", ":", "(", ")", "and", "et").contains(v.word(after));
            if (closed && !possessed(v, place.get())) {
                add(Type.LOCATED_IN, org.get().entityId(), place.get().entityId(), v, SEAT_NAMED);
            }
        }

        /** "Qatar's Mayhoola", "Abu Dhabi's G42": a country, region or city that owns an organization's name is its seat. */
        void placeOwner(int s, int i) {
            SentenceView v = views.get(s);
            Optional<Placed> place = v.entityAt(i).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == i);
            if (place.isEmpty()) {
                return;
            }
            int k = v.endOf(place.get());
            if (k + 1 >= v.size() || !POSSESSIVE_MARKS.contains(v.word(k))) {
                return;
            }
            // "Vietnam's northern Bac Ninh province", "Izmir's Aliağa district": a place the larger one owns lies in it
            int n = k + 1;
            while (n < v.size() && n <= k + 2 && v.entityAt(n).isEmpty() && v.token(n).isWord() && !v.token(n).isCapitalized()) {
                n++;
            }
            int at = n;
            Optional<Placed> inner = v.entityAt(at).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == at);
            if (inner.isPresent()) {
                Entity small = entities.entity(inner.get().entityId()).orElseThrow();
                Entity large = entities.entity(place.get().entityId()).orElseThrow();
                if (small.kind() != PlaceKind.COUNTRY && !small.id().equals(large.id()) && consistent(small, large)) {
                    add(Type.LOCATED_IN, small.id(), large.id(), v, PLACE_IN_PLACE);
                }
                return;
            }
            Optional<Placed> org = v.entityAt(k + 1).filter(p -> p.type() == EntityType.ORGANIZATION && v.startOf(p) == k + 1);
            if (org.isEmpty()) {
                return;
            }
            int e = v.endOf(org.get());
            if (e + 1 < v.size() && AND.contains(v.word(e)) && !v.word(e).equals(",") && v.token(e + 1).isCapitalized()) {
                // "Britain's Competition and Markets Authority": a name cut at its "and" is no organization to place
                return;
            }
            add(Type.LOCATED_IN, org.get().entityId(), place.get().entityId(), v, SEAT_NAMED);
        }

        /** The place named at token k, past an article and a noun that says what it is: "the Danish town of Billund". */
        private Optional<Placed> placeNamedAt(SentenceView v, int k) {
            while (k < v.size() && ARTICLES.contains(v.word(k))) {
                k++;
            }
            int j = k;
            for (int n = 0; j < v.size() && n < 3 && v.entityAt(j).isEmpty() && v.token(j).isWord()
                    && (!v.token(j).isCapitalized() || gazetteer.demonym(v.token(j).text()).isPresent())
                    && !relationCues.is("place-head", v.word(j)); n++) {
                j++;
            }
            if (j + 1 < v.size() && relationCues.is("place-head", v.word(j)) && OF.contains(v.word(j + 1))) {
                k = j + 2;
            }
            int at = k;
            return k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == at) : Optional.empty();
        }

        /**
         * The organization a "based in" cue at token i qualifies: "X, based in", "X, an AI company based in", "X, which owns Y
         * and is based in".
         */
        private Optional<Optional<String>> basedOrganization(SentenceView v, int i) {
            int k = i - 1;
            boolean article = false;
            // "X, un fabricant de stations de dessalement basé à": plain words, "de" and "of" among them, back to the comma
            for (int n = 0; k >= 0 && n <= MODIFIER_REACH + 6 && v.entityAt(k).isEmpty() && !v.word(k).equals(","); n++, k--) {
                String w = v.word(k);
                // "un fondeur de pièces en titane basé à": "en" before a common noun says what of, not where
                boolean where = IN.contains(w) && (k + 1 >= v.size() || v.entityAt(k + 1).isPresent() || v.token(k + 1).isCapitalized()
                        || ARTICLES.contains(v.word(k + 1)));
                boolean described = ARTICLES.contains(w) || v.token(k).isWord() && (!v.token(k).isCapitalized()
                        || gazetteer.demonym(v.token(k).text()).isPresent()) && !verbAt(v, k) && !RELATIVE.contains(w)
                        && !where && (!OF.contains(w) || n > 0);
                if (!described) {
                    break;
                }
                article = ARTICLES.contains(w);
            }
            if (k >= 1 && v.word(k).equals(",")) {
                Optional<String> named = v.entityAt(k - 1).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
                if (named.isEmpty() && k == i - 1) {
                    // "X, la filiale française du groupe, basée à Lille": an apposition set off before the cue
                    named = apposedBefore(v, k);
                }
                return named.isPresent() || article ? Optional.of(named) : Optional.empty();
            }
            // "X, which owns three quarters of Y and is based in": the relative's antecedent, within the clause
            for (int j = i - 1; j >= 2 && !v.word(j).equals(",") && !v.word(j).equals(";"); j--) {
                if (RELATIVE.contains(v.word(j)) && v.word(j - 1).equals(",")) {
                    return Optional.of(v.entityAt(j - 2).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId));
                }
            }
            return Optional.empty();
        }

        /** The organization before an apposition of plain words that ends at the comma at token {@code comma}: "X, la filiale du groupe,". */
        private Optional<String> apposedBefore(SentenceView v, int comma) {
            for (int k = comma - 1; k >= 1 && k >= comma - 8; k--) {
                if (v.entityAt(k).isPresent() || !v.token(k).isWord() && !v.word(k).equals(",")) {
                    return Optional.empty();
                }
                if (v.word(k).equals(",")) {
                    return k == comma - 1 ? Optional.empty()
                            : v.entityAt(k - 1).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
                }
            }
            return Optional.empty();
        }

        /** The organization named nearest before token i in the same sentence. */
        private Optional<String> nearestInSentence(SentenceView v, int i) {
            for (int k = i - 1; k >= 0; k--) {
                Optional<Placed> p = v.entityAt(k).filter(x -> x.type() == EntityType.ORGANIZATION);
                if (p.isPresent()) {
                    return p.map(Placed::entityId);
                }
            }
            return Optional.empty();
        }

        /** "Austin, Texas", "Colmar (Haut-Rhin)", "Petit-Landau, près de Mulhouse (Haut-Rhin)". */
        void placePair(int s, int i) {
            SentenceView v = views.get(s);
            Optional<Placed> a = v.entityAt(i).filter(p -> p.type() == EntityType.PLACE);
            if (a.isEmpty() || v.startOf(a.get()) != i) {
                return;
            }
            int k = v.endOf(a.get());
            if (k + 1 >= v.size()) {
                return;
            }
            // "Ziguinchor, au Sénégal", "Lyon, in France": a preposition may open the larger place
            boolean preposition = v.word(k).equals(",") && k + 2 < v.size() && IN.contains(v.word(k + 1));
            // "à Hennebont, dans le Morbihan": "dans" and an article open a département or a region
            boolean dans = v.word(k).equals(",") && k + 3 < v.size() && v.word(k + 1).equals("dans") && ARTICLES.contains(v.word(k + 2));
            preposition |= dans;
            int at = dans ? k + 3 : preposition ? k + 2 : k + 1;
            Optional<Placed> b = v.entityAt(at).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == at);
            Entity small = entities.entity(a.get().entityId()).orElseThrow();
            if (b.isEmpty()) {
                if (v.word(k).equals(",")) {
                    apposedPlace(v, small, k);
                }
                return;
            }
            Entity large = entities.entity(b.get().entityId()).orElseThrow();
            int close = v.endOf(b.get());
            if (v.word(k).equals("(") && close < v.size() && v.word(close).equals(")")) {
                if (small.kind() != PlaceKind.COUNTRY && consistent(small, large)) {
                    add(Type.LOCATED_IN, small.id(), large.id(), v, PLACE_IN_PLACE);
                    nearBefore(s, i).ifPresent(town -> add(Type.LOCATED_IN, town, large.id(), v, PLACE_IN_PLACE));
                }
                return;
            }
            if (!v.word(k).equals(",")) {
                return;
            }
            boolean smallOk = small.kind() == PlaceKind.CITY || small.kind() == PlaceKind.OTHER;
            // "à X, en Moselle", "à X, dans le Morbihan": French opens a region or a département so, a town with "à"
            boolean regionWord = preposition && (dans || v.word(k + 1).equals("en")) && large.kind() == PlaceKind.OTHER;
            boolean largeOk = large.kind() == PlaceKind.REGION || large.kind() == PlaceKind.COUNTRY || regionWord;
            if (preposition && small.kind() != PlaceKind.CITY && small.kind() != PlaceKind.OTHER) {
                return;
            }
            // "in Seattle, Japan and Korea" is a list, not a town and its country
            boolean list = close + 1 < v.size() && (v.word(close).equals("and") || v.word(close).equals("et"))
                    && v.entityAt(close + 1).filter(p -> p.type() == EntityType.PLACE).isPresent();
            if (smallOk && largeOk && !list && consistent(small, large)) {
                add(Type.LOCATED_IN, small.id(), large.id(), v, PLACE_IN_PLACE);
            }
        }

        /**
         * "Heide, a small town in the northern German state of Schleswig-Holstein", "Bobo-Dioulasso, deuxième ville du Burkina
         * Faso", "Skellefteå, dans le nord de la Suède", "Normandy, north-western France": an apposition after the comma at token
         * {@code comma} that names what the place is (a town, a region) or where in the larger place it lies.
         */
        private void apposedPlace(SentenceView v, Entity small, int comma) {
            if (small.kind() == PlaceKind.COUNTRY) {
                return;
            }
            boolean head = false;
            boolean direction = false;
            int k = comma + 1;
            for (int n = 0; k < v.size() && v.entityAt(k).isEmpty(); n++, k++) {
                String w = v.word(k);
                boolean demonym = v.token(k).isCapitalized() && gazetteer.demonym(v.token(k).text()).isPresent();
                if (n >= APPOSITION_REACH || !v.token(k).isWord() || v.token(k).isCapitalized() && !demonym
                        || verbAt(v, k) || RELATIVE.contains(w)) {
                    return;
                }
                head |= relationCues.is("place-head", w);
                direction |= relationCues.is("direction", w) || w.equals("est") && k > 0 && DEFINITE.contains(v.word(k - 1));
            }
            int at = k;
            Optional<Placed> b = k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.PLACE && v.startOf(p) == at) : Optional.empty();
            if (b.isEmpty() || !head && !direction) {
                return;
            }
            // the word that opens the larger place: "in", "du", "de la", or a compass word ("north-western France")
            int j = k - 1;
            while (j > comma && ARTICLES.contains(v.word(j))) {
                j--;
            }
            String opener = v.word(j);
            boolean opens = relationCues.is("place-of", opener) || relationCues.is("direction", opener)
                    || gazetteer.demonym(v.token(j).text()).isPresent() && !head;
            int close = v.endOf(b.get());
            boolean list = close + 1 < v.size() && (v.word(close).equals("and") || v.word(close).equals("et"))
                    && v.entityAt(close + 1).filter(p -> p.type() == EntityType.PLACE).isPresent();
            Entity large = entities.entity(b.get().entityId()).orElseThrow();
            if (opens && !list && !(large.kind() == PlaceKind.CITY && small.kind() == PlaceKind.REGION) && consistent(small, large)) {
                add(Type.LOCATED_IN, small.id(), large.id(), v, PLACE_BY_APPOSITION);
            }
        }

        /** "Petit-Landau, près de Mulhouse": the town placed near the one at token i. */
        private Optional<String> nearBefore(int s, int i) {
            SentenceView v = views.get(s);
            int k = i - 1;
            if (k >= 0 && OF.contains(v.word(k))) {
                k--;
            }
            if (k < 0 || !NEAR.contains(v.word(k))) {
                return Optional.empty();
            }
            k--;
            if (k >= 1 && v.word(k).equals(",")) {
                return v.entityAt(k - 1).filter(p -> p.type() == EntityType.PLACE).map(Placed::entityId);
            }
            return Optional.empty();
        }

        /** General knowledge must not contradict the pair: a known town in another country is a list. */
        private boolean consistent(Entity small, Entity large) {
            if (small.wikidata().isEmpty() || large.wikidata().isEmpty() || large.kind() != PlaceKind.COUNTRY) {
                return true;
            }
            Optional<GazetteerEntry> known = gazetteer.byWikidata(small.wikidata().get());
            return known.flatMap(GazetteerEntry::country).map(c -> c.equals(large.wikidata().get())).orElse(true);
        }

        // ---- creatorOf ----

        void maker(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt product = names.matchAt("product-noun", v.tokens(), i);
            if (product.isPresent()) {
                productNoun(s, i, i + product.getAsInt());
                return;
            }
            OptionalInt maker = facts.matchAt("maker-noun", v.tokens(), i);
            if (maker.isPresent()) {
                int k = i + maker.getAsInt();
                if (k < v.size() && OF.contains(v.word(k))) {
                    productAfter(v, k + 1).ifPresent(z -> {
                        boolean apposed = apposedOrganization(v, i).isPresent();
                        Optional<String> owner = apposedOrganization(v, i).or(() -> antecedents.organizationBefore(s, i));
                        owner.ifPresent(o -> add(Type.CREATOR_OF, o, z, v, apposed ? MAKER_NAMED : MAKER_FROM_CONTEXT));
                    });
                }
                return;
            }
            OptionalInt creates = facts.matchAt("create-verb", v.tokens(), i);
            if (creates.isPresent() && i > 0 && RELATIVE.contains(v.word(i - 1))) {
                productAfter(v, i + creates.getAsInt()).ifPresent(z ->
                        antecedents.nearestBefore(s, i - 1, List.of()).ifPresent(o -> add(Type.CREATOR_OF, o, z, v, MAKER_FROM_CONTEXT)));
                return;
            }
            if (creates.isPresent() && i > 0 && !RELATIVE.contains(v.word(i - 1))) {
                // "X, issue d'un laboratoire, a mis au point l'électrolyseur Z": the sentence's subject made it
                int at = i;
                Antecedents.subjectOf(v, List.of()).filter(o -> v.entitiesIn(0, at).stream().anyMatch(p -> p.entityId().equals(o)))
                        .ifPresent(o -> productsAfter(v, at + creates.getAsInt()).forEach(z -> add(Type.CREATOR_OF, o, z, v, MAKER_FROM_CONTEXT)));
                return;
            }
            if (BEHIND.contains(v.word(i))) {
                productAfter(v, i + 1).ifPresent(z ->
                        antecedents.nearestBefore(s, i, List.of()).ifPresent(o -> add(Type.CREATOR_OF, o, z, v, MAKER_FROM_CONTEXT)));
            }
        }

        /** "its chatbot Z", "X's chatbot Z", "X's Z chips", "Z, le robot d'X", "Z, X's cloud computing platform". */
        private void productNoun(int s, int i, int end) {
            SentenceView v = views.get(s);
            Optional<String> named = Optional.empty();
            int k = end;
            if (k < v.size() && v.word(k).equals(",")) {
                k++;
            }
            if (k > end && k < v.size() && ARTICLES.contains(v.word(k))) {
                // "son produit phare, la batterie Z", "its flagship product, the Z"
                k++;
                for (int n = 0; k < v.size() && n < 2 && v.entityAt(k).isEmpty() && v.token(k).isWord() && !v.token(k).isCapitalized(); n++) {
                    k++;
                }
            }
            Optional<Placed> after = k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.PRODUCT) : Optional.empty();
            Optional<Placed> before = i > 0 ? v.entityAt(i - 1).filter(p -> p.type() == EntityType.PRODUCT) : Optional.empty();
            Optional<Placed> z = after.or(() -> before);
            if (z.isEmpty()) {
                apposedProduct(s, i, end);
                return;
            }
            int from = before.isPresent() && after.isEmpty() ? v.startOf(before.get()) : i;
            Optional<Placed> owner = namedOwner(v, from);
            int e = after.isPresent() ? v.endOf(after.get()) : end;
            if (owner.isEmpty() && e + 1 < v.size() && (OF.contains(v.word(e)) || v.word(e).equals("from"))) {
                // "la citadine Z de Renault", "the Z chatbot from Acme"
                owner = organizationDescribedAt(v, e + 1).filter(o -> !possessed(v, o));
            }
            if (owner.isPresent()) {
                add(Type.CREATOR_OF, owner.get().entityId(), z.get().entityId(), v, MAKER_NAMED);
                return;
            }
            OptionalInt poss = possessiveBefore(v, from);
            if (poss.isPresent()) {
                possessor(s, poss.getAsInt()).ifPresent(o -> add(Type.CREATOR_OF, o, z.get().entityId(), v, MAKER_FROM_CONTEXT));
            }
        }

        /** "Z, le robot d'X", "Z, X's cloud computing platform": the noun in apposition to a product. */
        private void apposedProduct(int s, int i, int end) {
            SentenceView v = views.get(s);
            int c = i - 1;
            Optional<String> owner = Optional.empty();
            for (int n = 0; c >= 0 && n <= MODIFIER_REACH + 3 && !v.word(c).equals(","); n++, c--) {
                Optional<Placed> p = v.entityAt(c);
                if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION && c + 1 < v.size()) {
                    int e = v.endOf(p.get());
                    if (e < v.size() && POSSESSIVE_MARKS.contains(v.word(e))) {
                        owner = Optional.of(p.get().entityId());
                    }
                    c = v.startOf(p.get());
                } else if (p.isPresent()) {
                    return;
                }
            }
            if (c < 1 || !v.word(c).equals(",")) {
                return;
            }
            Optional<Placed> product = v.entityAt(c - 1).filter(p -> p.type() == EntityType.PRODUCT);
            if (product.isEmpty()) {
                return;
            }
            if (owner.isEmpty()) {
                for (int k = end; k < Math.min(v.size(), end + MODIFIER_REACH + 2); k++) {
                    Optional<Placed> p = v.entityAt(k);
                    if (p.isPresent()) {
                        if (p.get().type() == EntityType.ORGANIZATION && OF.contains(v.word(k - 1))) {
                            owner = Optional.of(p.get().entityId());
                        }
                        break;
                    }
                    if (v.word(k).equals(",") || v.word(k).equals(".")) {
                        break;
                    }
                }
            }
            owner.ifPresent(o -> add(Type.CREATOR_OF, o, product.get().entityId(), v, MAKER_NAMED));
        }

        /** The product named at token k, after an article: "the Z chatbot", "Z". */
        private Optional<String> productAfter(SentenceView v, int k) {
            while (k < v.size() && ARTICLES.contains(v.word(k))) {
                k++;
            }
            // "the experimental hepatitis drug Z"
            for (int n = 0; k < v.size() && n < MODIFIER_REACH && v.entityAt(k).isEmpty() && v.token(k).isWord()
                    && !v.token(k).isCapitalized() && !isVerbLike(v.word(k)) && !AND.contains(v.word(k)); n++) {
                k++;
            }
            return k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.PRODUCT).map(Placed::entityId) : Optional.empty();
        }

        /**
         * "makes Z1, one of the most popular games, and Z2": the product named at token k and the ones the clause adds with
         * "and"; another clause (a verb, a relative pronoun, another organization) ends the list.
         */
        private List<String> productsAfter(SentenceView v, int k) {
            List<String> out = new ArrayList<>();
            productAfter(v, k).ifPresent(out::add);
            int from = k;
            while (from < v.size() && (ARTICLES.contains(v.word(from)) || v.entityAt(from).isPresent() && from == k)) {
                from = v.entityAt(from).map(v::endOf).orElse(from + 1);
            }
            for (int j = from; j < v.size(); j++) {
                String w = v.word(j);
                Optional<Placed> p = v.entityAt(j);
                if (w.equals(";") || RELATIVE.contains(w) || verbAt(v, j) || p.filter(x -> x.type() != EntityType.PRODUCT).isPresent()) {
                    break;
                }
                if (p.isPresent()) {
                    int b = j - 1;
                    // "and the software Z"
                    for (int n = 0; b > 0 && n < 3 && (ARTICLES.contains(v.word(b)) || names.matchAt("product-noun", v.tokens(), b).isPresent()); n++) {
                        b--;
                    }
                    if (AND.contains(v.word(b)) && !v.word(b).equals(",") && !out.contains(p.get().entityId())) {
                        out.add(p.get().entityId());
                    }
                    j = v.endOf(p.get()) - 1;
                }
            }
            return out;
        }

        /** "X, the maker": the organization just before the apposition that holds token i. */
        private Optional<String> apposedOrganization(SentenceView v, int i) {
            int k = i - 1;
            while (k >= 0 && (ARTICLES.contains(v.word(k)) || v.token(k).isWord() && v.entityAt(k).isEmpty() && !v.token(k).isCapitalized()
                    && i - k <= MODIFIER_REACH)) {
                k--;
            }
            while (k >= 0 && v.entityAt(k).filter(p -> p.type() == EntityType.PLACE).isPresent()) {
                // "X, the San Francisco-based maker of Z"
                k = v.startOf(v.entityAt(k).get()) - 1;
            }
            if (k >= 1 && v.word(k).equals(",")) {
                return v.entityAt(k - 1).filter(p -> p.type() == EntityType.ORGANIZATION).map(Placed::entityId);
            }
            return Optional.empty();
        }

        /** "X's Z", "X's in-house Z1 and Z2 chips", "son cloud Z", "Z, its service for": a possessive on a product's name. */
        void possessiveProduct(int s, int i) {
            SentenceView v = views.get(s);
            Optional<Placed> z = v.entityAt(i).filter(p -> p.type() == EntityType.PRODUCT && v.startOf(p) == i);
            if (z.isEmpty()) {
                return;
            }
            String product = z.get().entityId();
            int k = i - 1;
            // back over plain words and the products listed before: "in-house Z1 and"
            for (int n = 0; k >= 0 && n <= MODIFIER_REACH + 2; n++) {
                Optional<Placed> p = v.entityAt(k);
                boolean listed = p.filter(x -> x.type() == EntityType.PRODUCT).isPresent();
                boolean plain = p.isEmpty() && (AND.contains(v.word(k)) || v.token(k).isWord() && !v.token(k).isCapitalized()
                        && !facts.is("possessive", v.word(k)) && !isVerbLike(v.word(k)) && !ARTICLES.contains(v.word(k)));
                if (!listed && !plain) {
                    break;
                }
                k = listed ? v.startOf(p.get()) - 1 : k - 1;
            }
            if (k >= 1 && POSSESSIVE_MARKS.contains(v.word(k))) {
                v.entityAt(k - 1).filter(p -> p.type() == EntityType.ORGANIZATION)
                        .ifPresent(o -> add(Type.CREATOR_OF, o.entityId(), product, v, MAKER_NAMED));
                return;
            }
            if (k >= 0 && facts.is("possessive", v.word(k)) && !v.word(k).equals("leur") && !v.word(k).equals("their")) {
                possessor(s, k).ifPresent(o -> add(Type.CREATOR_OF, o, product, v, MAKER_FROM_CONTEXT));
                return;
            }
            // "Z, its service for ...", "Z, son assistant"
            int e = v.endOf(z.get());
            if (e + 2 < v.size() && v.word(e).equals(",") && facts.is("possessive", v.word(e + 1))
                    && names.matchAt("product-noun", v.tokens(), skipPlainWords(v, e + 2)).isPresent()) {
                antecedents.organizationBefore(s, e + 1).ifPresent(o -> add(Type.CREATOR_OF, o, product, v, MAKER_FROM_CONTEXT));
            }
        }

        private int skipPlainWords(SentenceView v, int k) {
            int n = 0;
            while (k < v.size() && n < MODIFIER_REACH && v.entityAt(k).isEmpty() && names.matchAt("product-noun", v.tokens(), k).isEmpty()
                    && v.token(k).isWord() && !v.token(k).isCapitalized()) {
                k++;
                n++;
            }
            return k;
        }

        /** "The two cables, named Z1 and Z2, will be built by the Japanese group X", "conçu par X": the products before, made by X. */
        void madeBy(int s, int i) {
            SentenceView v = views.get(s);
            OptionalInt cue = facts.matchAt("made-by", v.tokens(), i);
            if (cue.isEmpty()) {
                return;
            }
            int k = i + cue.getAsInt();
            for (int n = 0; k < v.size() && n <= MODIFIER_REACH && v.entityAt(k).isEmpty() && v.token(k).isWord(); n++) {
                k++;
            }
            Optional<Placed> maker = k < v.size() ? v.entityAt(k).filter(p -> p.type() == EntityType.ORGANIZATION) : Optional.empty();
            if (maker.isEmpty()) {
                return;
            }
            for (Placed p : v.entitiesIn(0, i)) {
                if (p.type() == EntityType.PRODUCT) {
                    add(Type.CREATOR_OF, maker.get().entityId(), p.entityId(), v, MAKER_NAMED);
                }
            }
        }

        /**
         * "Acme Japan", "Acme Corporation Brasil" beside "Acme" or "Acme Corporation": an organization named as
         * another of the article and a known place is its unit there.
         */
        void namedUnits() {
            List<Entity> orgs = entities.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
            for (Entity unit : orgs) {
                Optional<SentenceView> seen = firstSentence(unit);
                if (seen.isEmpty()) {
                    continue;
                }
                // a parent's preferred name before its other names, the longest first: "Acme Corporation" before "Acme"
                Optional<UnitName> best = Optional.empty();
                for (Entity parent : orgs) {
                    List<String> names = names(parent);
                    for (int n = 0; n < names.size() && !parent.id().equals(unit.id()); n++) {
                        Optional<GazetteerEntry> place = placeAfter(unit.label(), names.get(n));
                        UnitName found = new UnitName(parent.id(), place.orElse(null), n == 0, names.get(n).length());
                        if (place.isPresent() && (best.isEmpty() || found.better(best.get()))) {
                            best = Optional.of(found);
                        }
                    }
                }
                best.ifPresent(b -> {
                    // the name says whose unit it is: a parent only guessed from a possessive gives way
                    found.values().removeIf(r -> r.type() == Type.PART_OF && r.subject().equals(unit.id()) && !r.object().equals(b.parent())
                            && r.confidence() < UNIT_BY_NAME);
                    add(Type.PART_OF, unit.id(), b.parent(), seen.get(), UNIT_BY_NAME);
                    placeEntity(b.place()).ifPresent(where -> add(Type.LOCATED_IN, unit.id(), where, seen.get(), UNIT_BY_NAME));
                });
            }
        }

        /**
         * The known place that ends a unit's name after its parent's name, company suffixes aside: "Acme [Corporation]
         * Japan", "Jinwei Precision [Co] → Jinwei Precision Texas LLC", "Nervia → Nervia Tubes Charleroi" (up to two
         * words of trade before the place).
         */
        private Optional<GazetteerEntry> placeAfter(String unit, String parent) {
            List<String> stem = new ArrayList<>(List.of(parent.strip().split("\\s+")));
            while (stem.size() > 1 && names.is("org-suffix", stem.get(stem.size() - 1))) {
                stem.remove(stem.size() - 1);
            }
            String prefix = String.join(" ", stem) + " ";
            if (!unit.startsWith(prefix)) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>(List.of(unit.substring(prefix.length()).strip().split("\\s+")));
            while (words.size() > 1 && names.is("org-suffix", words.get(0))) {
                words.remove(0);
            }
            while (words.size() > 1 && names.is("org-suffix", words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            for (int from = 0; from < words.size() && from <= 2; from++) {
                Optional<GazetteerEntry> place = gazetteer.lookup(String.join(" ", words.subList(from, words.size()))).stream()
                        .filter(g -> g.type() == EntityType.PLACE).findFirst();
                if (place.isPresent()) {
                    return place;
                }
            }
            return Optional.empty();
        }

        private List<String> names(Entity e) {
            List<String> out = new ArrayList<>();
            out.add(e.label());
            out.addAll(e.altLabels());
            return out;
        }

        /** The article's entity for a known place: the same Wikidata id, else one of its names. */
        private Optional<String> placeEntity(GazetteerEntry place) {
            return entities.entities().stream().filter(e -> e.type() == EntityType.PLACE)
                    .filter(e -> place.hasWikidata() && e.wikidata().equals(Optional.of(place.wikidata()))
                            || place.names().contains(e.label()))
                    .map(Entity::id).findFirst();
        }

        /** The first sentence whose prose (the header left out) mentions an entity. */
        private Optional<SentenceView> firstSentence(Entity e) {
            for (SentenceView v : views) {
                if (v.entitiesIn(0, v.size()).stream().anyMatch(p -> p.entityId().equals(e.id()))) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }

        // ---- shared ----

        /** Keeps a relation if its entities have the types its property allows, once per (type, subject, object). */
        private void add(Type type, String subject, String object, SentenceView v, double confidence) {
            if (subject.equals(object)) {
                return;
            }
            Optional<EntityType> st = entities.entity(subject).map(Entity::type);
            Optional<EntityType> ot = entities.entity(object).map(Entity::type);
            if (st.isEmpty() || ot.isEmpty() || !allowed(type, st.get(), ot.get())) {
                return;
            }
            Span evidence = v.span();
            found.merge(type + "\t" + subject + "\t" + object, new Relation(type, subject, object, evidence, confidence),
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
    }

    /** A parent whose name starts a unit's name, and the place that ends it. */
    private record UnitName(String parent, GazetteerEntry place, boolean preferredName, int length) {

        boolean better(UnitName other) {
            return preferredName != other.preferredName ? preferredName : length > other.length;
        }
    }

    private static boolean allowed(Type type, EntityType subject, EntityType object) {
        return switch (type) {
            case PARTNER_OF, PART_OF -> subject == EntityType.ORGANIZATION && object == EntityType.ORGANIZATION;
            case LOCATED_IN -> (subject == EntityType.ORGANIZATION || subject == EntityType.PLACE) && object == EntityType.PLACE;
            case CREATOR_OF -> subject == EntityType.ORGANIZATION && object == EntityType.PRODUCT;
        };
    }

    /** A clause verb at token k; English "a" is an article, French "a" a verb. */
    private static boolean verbAt(SentenceView v, int k) {
        return isVerbLike(v.word(k)) && !(v.word(k).equals("a") && v.document().language() == Language.EN);
    }

    /** Words that end an apposition: a verb between the name and the noun means another clause. */
    private static boolean isVerbLike(String w) {
        return CLAUSE_VERBS.contains(w);
    }
}
