package org.newsgraph.extract.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.link.ArticleEntities.Placed;

/**
 * Which organization a possessive ("son président", "its subsidiary") or a common noun ("the
 * company") refers to: the subject organization of its sentence, else that of the sentences just
 * before, else, for a sentence that opens on "the company" and names none, the organization the
 * article is mostly about. A subject is an organization named outside parentheses, not governed by
 * a preposition ("former researchers of X", "(AFP)") and not a modifier ("X's founders", "X
 * employees"): those name an organization the sentence is not about.
 *
 * <pre>{@code Optional<String> owner = new Antecedents(sentences).organizationBefore(s, i);}</pre>
 */
final class Antecedents {

    /** How many sentences back a reference may reach: further back, the owner is a guess. */
    private static final int REACH = 2;
    private static final Set<String> GOVERNING = Set.of("of", "de", "d'", "d’", "du", "des", "by", "par", "in", "en", "à", "au",
            "aux", "with", "avec", "from", "for", "pour", "at", "chez", "to", "on", "sur", "than", "que", "qu'", "qu’", "between", "entre");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "l’", "les", "the", "a", "an", "un", "une");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");

    private final List<SentenceView> sentences;
    private final Optional<String> main;

    Antecedents(List<SentenceView> sentences) {
        this.sentences = List.copyOf(sentences);
        this.main = mainOrganization(this.sentences);
    }

    /** The organization that a reference at token {@code i} of sentence {@code s} points back to. */
    Optional<String> organizationBefore(int s, int i) {
        return organizationBefore(s, i, List.of());
    }

    /** As above, skipping some entities (the ones the fact already names). */
    Optional<String> organizationBefore(int s, int i, List<String> excluded) {
        SentenceView here = sentences.get(s);
        Optional<String> own = subjectBefore(here, i, excluded);
        if (own.isPresent()) {
            return own;
        }
        if (opensOnCommonNoun(here) && organizations(here).isEmpty()) {
            return main.filter(o -> !excluded.contains(o));
        }
        for (int back = 1; back <= REACH && s - back >= 0; back++) {
            Optional<String> subject = subjectOf(sentences.get(s - back), excluded);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /**
     * The organization named last, up to sentence {@code s}, whose name holds a head noun: "the authority" is the
     * "Competition Authority", "la commission" the "Commission de régulation", never the company before them.
     */
    Optional<String> organizationCalled(int s, String noun) {
        String head = LexiconLib.fold(noun);
        for (int back = s; back >= 0; back--) {
            SentenceView v = sentences.get(back);
            List<Placed> named = v.entitiesIn(0, v.size());
            for (int k = named.size() - 1; k >= 0; k--) {
                Placed p = named.get(k);
                String name = LexiconLib.fold(v.document().text().substring(p.span().start(), p.span().end()));
                if (p.type() == EntityType.ORGANIZATION && java.util.Arrays.asList(name.split("[^\\p{L}]+")).contains(head)) {
                    return Optional.of(p.entityId());
                }
            }
        }
        return Optional.empty();
    }

    /** The organization named nearest before token {@code i}: what an apposition or a relative clause ("X, qui a créé Z") is about. */
    Optional<String> nearestBefore(int s, int i, List<String> excluded) {
        SentenceView here = sentences.get(s);
        for (int k = Math.min(i, here.size()) - 1; k >= 0; k--) {
            Optional<Placed> p = here.entityAt(k);
            if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION && !excluded.contains(p.get().entityId())) {
                return Optional.of(p.get().entityId());
            }
        }
        return organizationBefore(s, i, excluded);
    }

    /** The organization the article names most often, the first named on a tie. */
    Optional<String> mainOrganization() {
        return main;
    }

    /**
     * The subject before token i; or, after a comma that closes an opening phrase ("Selon son
     * président X, Acme ..."), the organization that starts the main clause.
     */
    private static Optional<String> subjectBefore(SentenceView v, int i, List<String> excluded) {
        Optional<Placed> subject = subjectPlaced(v, excluded, true);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int at = v.startOf(subject.get());
        if (at < i) {
            return subject.map(Placed::entityId);
        }
        int k = at - 1;
        while (k >= 0 && (ARTICLES.contains(v.word(k)) || CueLexicon.names().is("org-noun", v.word(k)))) {
            k--;
        }
        return k >= 0 && k >= i && v.word(k).equals(",") ? subject.map(Placed::entityId) : Optional.empty();
    }

    /** The subject organization of a sentence. */
    static Optional<String> subjectOf(SentenceView v, List<String> excluded) {
        return subjectPlaced(v, excluded, false).map(Placed::entityId);
    }

    /**
     * The first organization that heads a clause. With {@code outsideQuotes}, a name inside a quotation of the
     * sentence is passed over ("« Avec Globex, nous... », résume le PDG du groupe": the group is not Globex); a
     * sentence before it that is all quotation still names its subject ("« Acme est unique. » Elle...").
     */
    private static Optional<Placed> subjectPlaced(SentenceView v, List<String> excluded, boolean outsideQuotes) {
        int depth = 0;
        boolean quoted = false;
        for (int k = 0; k < v.size(); k++) {
            String w = v.word(k);
            // a name in parentheses heads no clause
            if (w.equals("(") || outsideQuotes && (w.equals("«") || w.equals("“"))) {
                depth++;
                continue;
            }
            if (w.equals(")") || outsideQuotes && (w.equals("»") || w.equals("”"))) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (outsideQuotes && w.equals("\"")) {
                quoted = !quoted;
                continue;
            }
            Optional<Placed> p = v.entityAt(k);
            if (p.isEmpty()) {
                continue;
            }
            k = v.endOf(p.get()) - 1;
            if (depth > 0 || quoted || p.get().type() != EntityType.ORGANIZATION || excluded.contains(p.get().entityId())) {
                continue;
            }
            if (!governed(v, v.startOf(p.get())) && !modifier(v, v.endOf(p.get()))) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** "of X", "by the group X", "d'Acme": a preposition before the name, past articles and common nouns. */
    private static boolean governed(SentenceView v, int start) {
        int k = start - 1;
        while (k >= 0 && (ARTICLES.contains(v.word(k)) || CueLexicon.names().is("org-noun", v.word(k)))) {
            k--;
        }
        return k >= 0 && GOVERNING.contains(v.word(k));
    }

    /** "X's founders", "X employees": the name qualifies another noun. */
    private static boolean modifier(SentenceView v, int end) {
        if (end >= v.size()) {
            return false;
        }
        return POSSESSIVE_MARKS.contains(v.word(end)) || CueLexicon.facts().is("member-noun", v.word(end));
    }

    /** "La start-up a levé...", "The company said...": the sentence starts on a definite common noun for an organization. */
    private static boolean opensOnCommonNoun(SentenceView v) {
        int k = 0;
        if (k < v.size() && ARTICLES.contains(v.word(k)) && !v.word(k).equals("a") && !v.word(k).equals("an")
                && !v.word(k).equals("un") && !v.word(k).equals("une")) {
            k++;
        } else {
            return false;
        }
        return CueLexicon.names().matchAt("org-noun", v.tokens(), k).isPresent() && v.entityAt(k).isEmpty();
    }

    /** The distinct organizations a sentence names. */
    static List<String> organizations(SentenceView v) {
        return v.entitiesIn(0, v.size()).stream().filter(p -> p.type() == EntityType.ORGANIZATION)
                .map(Placed::entityId).distinct().toList();
    }

    /** The one organization a sentence names, if it names exactly one. */
    /**
     * The organizations a sentence names outside the quotation it reports: in "« Acme nous ouvre le marché », a
     * expliqué le directeur général, X" the frame names none.
     */
    static List<String> organizationsOutsideQuotes(SentenceView v) {
        List<String> out = new java.util.ArrayList<>();
        boolean quoted = false;
        int depth = 0;
        for (int k = 0; k < v.size(); k++) {
            String w = v.word(k);
            if (w.equals("«") || w.equals("“")) {
                depth++;
            } else if (w.equals("»") || w.equals("”")) {
                depth = Math.max(0, depth - 1);
            } else if (w.equals("\"")) {
                quoted = !quoted;
            } else if (depth == 0 && !quoted) {
                Optional<Placed> p = v.entityAt(k);
                if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION) {
                    out.add(p.get().entityId());
                }
            }
        }
        return out.stream().distinct().toList();
    }

    static Optional<String> soleOrganization(SentenceView v) {
        List<String> orgs = organizations(v);
        return orgs.size() == 1 ? Optional.of(orgs.get(0)) : Optional.empty();
    }

    /** The organization an article's body names most often, the first named on a tie. */
    static Optional<String> mainOrganization(List<SentenceView> views) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        int order = 0;
        for (SentenceView v : views) {
            for (Placed p : v.entitiesIn(0, v.size())) {
                if (p.type() == EntityType.ORGANIZATION) {
                    counts.merge(p.entityId(), 1, Integer::sum);
                    first.putIfAbsent(p.entityId(), order++);
                }
            }
        }
        return counts.keySet().stream()
                .min((a, b) -> counts.get(a).equals(counts.get(b)) ? first.get(a) - first.get(b) : counts.get(b) - counts.get(a));
    }
}
