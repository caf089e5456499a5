package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.CueLexicon;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.name.NameMention;
import org.newsgraph.extract.name.ShortForms;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

/**
 * Groups an article's name mentions into entities: one node per real-world entity. Mentions meet
 * when they share a Wikidata id or a normalized name, when an acronym is defined in parentheses
 * or spells a name's initials, and when a surname stands alone after the full name. Names that
 * merely share a word stay apart ("Acme" and "Acme Research"). Each entity's other occurrences
 * (a surname opening a sentence, say) are then found in the text.
 *
 * <pre>{@code ArticleEntities found = new EntityResolver(Gazetteer.bundled()).resolve(doc, mentions);}</pre>
 */
public final class EntityResolver {

    private final Gazetteer gazetteer;
    private final CueLexicon cues = CueLexicon.names();

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    // words before a name that make it a place where it stands; "at" and "de" also come before employers
    private static final Set<String> LOCATING = Set.of("in", "near", "outside", "à", "vers");
    private static final Set<String> LOCATING_BEFORE_DE = Set.of("près", "proche", "autour", "environs", "nord", "sud", "ouest");
    /** Up to three capitalized words right after a name: "Tarvel Chief Executive". */
    private static final Pattern CAPITALIZED_WORDS_AFTER = Pattern.compile("^ ((\\p{Lu}\\p{L}*)( \\p{Lu}\\p{L}*){0,2})");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(le |la |les |l'|the )");

    public ArticleEntities resolve(Document doc, List<NameMention> found) {
        List<NameMention> mentions = townsAsTheTextNamesThem(doc, dropOverlaps(found));
        Map<String, List<NameMention>> groups = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            groups.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
        }
        mergeAcronyms(doc, groups);
        mergeSurnames(doc, groups);
        mergeShortForms(doc, groups);
        List<Group> built = new ArrayList<>();
        for (List<NameMention> g : groups.values()) {
            built.add(Group.of(g));
        }
        addRepeatedMentions(doc, built);
        return build(doc, built);
    }

    /**
     * A town is known for recognition only, so the article may say the name is something else: "le groupe Saham" makes
     * every "Saham" the group, and "Northbrook" after "Northbrook Partners" is the firm cut short, unless some mention
     * of it stands where a place does ("in Northbrook", "à Brest" beside "Brest Métropole").
     */
    private List<NameMention> townsAsTheTextNamesThem(Document doc, List<NameMention> mentions) {
        Map<String, EntityType> cued = new HashMap<>();
        List<List<String>> organizations = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Map<String, GazetteerEntry> towns = new HashMap<>();
        List<String> longer = new ArrayList<>();
        for (NameMention m : mentions) {
            boolean town = m.known().filter(gazetteer::isTown).isPresent();
            if (m.known().isEmpty() && m.type() != EntityType.PLACE && m.evidence().compareTo(Evidence.CUE) <= 0) {
                cued.putIfAbsent(normalize(m.surface()), m.type());
            }
            if (m.type() == EntityType.ORGANIZATION && !town) {
                organizations.add(List.of(m.surface().split("\\s+")));
            }
            if (town && located(doc, m.span().start())) {
                placed.add(normalize(m.surface()));
            }
            if (town) {
                towns.putIfAbsent(normalize(m.surface()), m.known().get());
            } else if (m.surface().contains(" ")) {
                longer.add(m.surface());
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            String name = normalize(m.surface());
            List<String> words = List.of(m.surface().split("\\s+"));
            boolean town = m.known().filter(gazetteer::isTown).isPresent();
            if (town && longer.stream().anyMatch(l -> l.startsWith(m.surface() + " ") && doc.text().startsWith(l, m.span().start()))) {
                // "Borssele" where the text goes on as the wind farm "Borssele 1 & 2" named elsewhere: that name is found again
                continue;
            }
            if (m.known().isEmpty() && placed.contains(name) && m.type() != EntityType.PLACE) {
                // the town's name typed otherwise where it stands without its preposition: "in Brest ... Brest, the port"
                GazetteerEntry entry = towns.get(name);
                out.add(new NameMention(m.span(), m.surface(), entry.type(), entry.kind(), Optional.of(entry), Evidence.KNOWN));
            } else if (!town || placed.contains(name)) {
                out.add(m);
            } else if (cued.containsKey(name)) {
                out.add(new NameMention(m.span(), m.surface(), cued.get(name), PlaceKind.OTHER, Optional.empty(), Evidence.CUE));
            } else if (organizations.stream().anyMatch(o -> namesAfter(o, words))) {
                out.add(new NameMention(m.span(), m.surface(), EntityType.ORGANIZATION, PlaceKind.OTHER, Optional.empty(), Evidence.WEAK));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "Northbrook Partners" after "Northbrook", "Peter Harlow and Co." after "Harlow": a name that opens a longer one. */
    private boolean namesAfter(List<String> longer, List<String> words) {
        int at = Collections.indexOfSubList(longer, words);
        return longer.size() > words.size() && (at == 0
                || at == 1 && (cues.is("legal-prefix", longer.get(0)) || gazetteer.isFirstName(longer.get(0))));
    }

    /** Whether a locating preposition stands right before: "in", "à", "near", "près de", "aux environs de". */
    private static boolean located(Document doc, int at) {
        String before = doc.text().substring(Math.max(0, at - 30), at).strip().toLowerCase(Locale.ROOT);
        String[] words = before.split("[\\s\u00A0]+");
        int n = words.length;
        return n >= 1 && LOCATING.contains(words[n - 1])
                || n >= 2 && Set.of("de", "d'", "d’").contains(words[n - 1]) && LOCATING_BEFORE_DE.contains(words[n - 2]);
    }

    private static String key(NameMention m) {
        if (m.known().isPresent()) {
            GazetteerEntry e = m.known().get();
            return e.wikidata().isEmpty() ? "gz:" + LexiconLib.fold(e.labelEn()) : "wd:" + e.wikidata();
        }
        return "name:" + normalize(m.surface());
    }

    /** Folded, without a leading article or a trailing possessive. */
    public static String normalize(String surface) {
        String s = LexiconLib.fold(surface).replaceAll("'s$", "");
        return LEADING_ARTICLE.matcher(s).replaceFirst("").strip();
    }

    private static List<NameMention> dropOverlaps(List<NameMention> found) {
        List<NameMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((NameMention m) -> m.evidence().ordinal())
                .thenComparing(m -> -m.span().length()).thenComparing(NameMention::span));
        List<NameMention> kept = new ArrayList<>();
        for (NameMention m : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing(NameMention::span));
        return kept;
    }

    /** "Acme Cloud Services (ACS)", or an acronym that spells a longer name's initials. */
    private static void mergeAcronyms(Document doc, Map<String, List<NameMention>> groups) {
        Map<String, String> into = new HashMap<>();
        for (Map.Entry<String, List<NameMention>> g : groups.entrySet()) {
            NameMention m = g.getValue().get(0);
            boolean acronym = isAcronym(m.surface());
            if (!acronym && !ShortForms.isShortForm(m.surface()) || g.getKey().startsWith("wd:")) {
                continue;
            }
            for (Map.Entry<String, List<NameMention>> other : groups.entrySet()) {
                if (other == g) {
                    continue;
                }
                for (NameMention full : other.getValue()) {
                    if (full.surface().split("\\s+").length < 2 || full.type() == EntityType.PERSON) {
                        continue;
                    }
                    if (definedRightAfter(doc, full, g.getValue()) || acronym && initials(full.surface()).equals(m.surface().replace(".", ""))) {
                        into.put(g.getKey(), other.getKey());
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : into.entrySet()) {
            List<NameMention> moved = groups.remove(e.getKey());
            String target = e.getValue();
            while (into.containsKey(target) && !groups.containsKey(target)) {
                target = into.get(target);
            }
            if (moved != null && groups.containsKey(target)) {
                // an acronym is typed only by its capitals: it takes its full name's type ("Kerval Profond (KP)", a field)
                NameMention full = groups.get(target).get(0);
                for (NameMention m : moved) {
                    groups.get(target).add(m.known().isPresent() || full.known().isPresent() ? m
                            : m.withType(full.type(), full.kind(), m.evidence()));
                }
            } else if (moved != null) {
                groups.put(e.getKey(), moved);
            }
        }
    }

    private static boolean definedRightAfter(Document doc, NameMention full, List<NameMention> acronyms) {
        for (NameMention a : acronyms) {
            int gap = a.span().start() - full.span().end();
            if (gap >= 1 && gap <= 3 && doc.text().substring(full.span().end(), a.span().start()).strip().equals("(")
                    && (spells(a.surface(), full.surface()) || ShortForms.defines(full.surface(), a.surface()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an acronym's letters stand, in order, among a name's capitals, the first first; or,
     * for names that French writes in lower case, among the initials of its words:
     * "Banque ouest-africaine de développement" spells BOAD.
     */
    static boolean spells(String acronym, String name) {
        return spellsWith(acronym, name.replaceAll("[^\\p{Lu}]", ""))
                || spellsWith(LexiconLib.fold(acronym).toUpperCase(Locale.ROOT), LexiconLib.fold(initialsOfWords(name)).toUpperCase(Locale.ROOT));
    }

    private static String initialsOfWords(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-’']+")) {
            if (!w.isEmpty() && !Set.of("de", "des", "du", "d", "la", "le", "les", "l", "of", "the", "and", "et", "pour", "for", "à")
                    .contains(w.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static boolean spellsWith(String acronym, String caps) {
        String letters = acronym.replace(".", "").replaceAll("\\d", "");
        if (letters.isEmpty() || caps.isEmpty() || letters.charAt(0) != caps.charAt(0)) {
            return false;
        }
        int i = 0;
        for (char c : caps.toCharArray()) {
            if (i < letters.length() && c == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
    }

    static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** "Nadella" after "Satya Nadella": one person, when only one person has that surname. */
    private static void mergeSurnames(Document doc, Map<String, List<NameMention>> groups) {
        Map<String, String> surnameOwner = new HashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (Map.Entry<String, List<NameMention>> g : groups.entrySet()) {
            for (NameMention m : g.getValue()) {
                String[] words = m.surface().split("\\s+");
                if (m.type() == EntityType.PERSON && words.length >= 2) {
                    String surname = normalize(words[words.length - 1]);
                    String prev = surnameOwner.putIfAbsent(surname, g.getKey());
                    if (prev != null && !prev.equals(g.getKey())) {
                        ambiguous.add(surname);
                    }
                }
            }
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        for (String k : keys) {
            List<NameMention> g = groups.get(k);
            if (g == null || g.stream().anyMatch(m -> m.surface().split("\\s+").length > 1)) {
                continue;
            }
            String word = normalize(g.get(0).surface());
            String owner = surnameOwner.get(word);
            if (owner != null && !owner.equals(k) && !ambiguous.contains(word)
                    && g.stream().noneMatch(m -> m.evidence() == Evidence.KNOWN && m.type() != EntityType.PERSON)) {
                // "Solberg's Chief Financial Officer", "Tarrow Chief Executive X" where Solberg Marine and Tarrow Group are
                // named: the founder's surname in a company's place is the company
                Optional<String> company = familyCompany(groups, word);
                List<NameMention> asCompany = company.isEmpty() ? List.of()
                        : g.stream().filter(m -> standsForACompany(doc, m)).toList();
                groups.remove(k);
                g.stream().filter(m -> !asCompany.contains(m))
                        .forEach(m -> groups.get(owner).add(m.withType(EntityType.PERSON, PlaceKind.OTHER, Evidence.CUE)));
                company.ifPresent(c -> asCompany.forEach(m -> groups.get(c).add(m.withType(EntityType.ORGANIZATION, PlaceKind.OTHER,
                        Evidence.CUE))));
            }
        }
    }

    /** The one organization whose name of two words or more starts with this word: "Solberg Marine" for "solberg". */
    private static Optional<String> familyCompany(Map<String, List<NameMention>> groups, String word) {
        List<String> found = groups.entrySet().stream()
                .filter(e -> e.getValue().get(0).type() == EntityType.ORGANIZATION)
                .filter(e -> {
                    String[] words = e.getValue().get(0).surface().split("\\s+");
                    return words.length >= 2 && normalize(words[0]).equals(word);
                })
                .map(Map.Entry::getKey).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "Solberg's", "Tarrow Chief Executive": a possessive or a title right after the name. */
    private static boolean standsForACompany(Document doc, NameMention m) {
        String after = doc.text().substring(m.span().end(), Math.min(doc.text().length(), m.span().end() + 40));
        if (after.startsWith("'s ") || after.startsWith("’s ")) {
            return true;
        }
        java.util.regex.Matcher words = CAPITALIZED_WORDS_AFTER.matcher(after);
        if (words.find()) {
            String[] w = words.group(1).split(" ");
            for (int n = w.length; n >= 1; n--) {
                if (org.newsgraph.extract.name.Titles.bundled().isTitle(String.join(" ", java.util.Arrays.copyOf(w, n)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Norvane" after "Norvane Steel AB", "Dingin" after "PT Dingin", "Harlow" after "Jane Harlow and
     * Co." (a company named after its founder): an unknown organization's name
     * cut short is the same organization, unless what is cut is a place or a unit ("Acme Japan",
     * "Acme Research"), which names another; "la Région" after "la Région Bretagne" is the region's council.
     */
    private void mergeShortForms(Document doc, Map<String, List<NameMention>> groups) {
        List<String> keys = new ArrayList<>(groups.keySet());
        // a longer name holds the short one's first word: only the organizations that hold it are looked at
        Map<String, List<String>> organizationsByWord = new HashMap<>();
        for (Map.Entry<String, List<NameMention>> g : groups.entrySet()) {
            if (g.getValue().get(0).type() == EntityType.ORGANIZATION) {
                for (String word : new LinkedHashSet<>(List.of(g.getValue().get(0).surface().split("\\s+")))) {
                    organizationsByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(g.getKey());
                }
            }
        }
        for (String shortKey : keys) {
            List<NameMention> shorter = groups.get(shortKey);
            if (shorter == null || !shortKey.startsWith("name:")
                    || shorter.stream().anyMatch(m -> m.type() != EntityType.ORGANIZATION && m.evidence().compareTo(Evidence.WEAK) < 0)) {
                continue;
            }
            List<String> words = List.of(shorter.get(0).surface().split("\\s+"));
            String owner = null;
            for (String longerKey : organizationsByWord.getOrDefault(words.get(0), List.of())) {
                Map.Entry<String, List<NameMention>> g = Map.entry(longerKey, groups.getOrDefault(longerKey, List.of()));
                if (g.getKey().equals(shortKey) || g.getValue().isEmpty()) {
                    continue;
                }
                List<String> longer = List.of(g.getValue().get(0).surface().split("\\s+"));
                int at = Collections.indexOfSubList(longer, words);
                // "PT Dingin"; "Lilly" after "Eli Lilly and Co.", a company named after its founder
                boolean prefixed = at == 1 && (cues.is("legal-prefix", longer.get(0)) || gazetteer.isFirstName(longer.get(0)));
                if (longer.size() <= words.size() || at < 0 || at > 0 && !prefixed) {
                    continue;
                }
                List<String> rest = new ArrayList<>(longer.subList(0, at));
                rest.addAll(longer.subList(at + words.size(), longer.size()));
                // "la Région" after "la Région Bretagne": an institution's head alone is that institution, not another
                boolean head = words.size() == 1 && Character.isUpperCase(words.get(0).charAt(0))
                        && (cues.is("institution", words.get(0)) || cues.is("place-noun", words.get(0)));
                boolean other = !head && rest.stream().anyMatch(w -> !gazetteer.lookup(w).isEmpty() || cues.is("unit-name", w))
                        || g.getValue().stream().anyMatch(m -> introducedAsUnit(doc, m));
                if (!other) {
                    if (owner != null && !owner.equals(g.getKey())) {
                        owner = null;
                        break;
                    }
                    owner = g.getKey();
                }
            }
            if (owner != null) {
                groups.get(owner).addAll(groups.remove(shortKey));
            }
        }
    }

    /** "sa filiale Acme Robotics", "its unit Acme Cloud": a name the text presents as another unit. */
    private boolean introducedAsUnit(Document doc, NameMention m) {
        String before = doc.text().substring(Math.max(0, m.span().start() - 40), m.span().start());
        // a header line above ("Business | Semiconductors") says nothing of the name below it
        before = before.substring(before.lastIndexOf('\n') + 1);
        String[] words = before.strip().split("[\\s,]+");
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            if (cues.is("unit-noun", words[i])) {
                return true;
            }
        }
        return false;
    }

    /** An entity being built: its mentions, its best type, its known entry. */
    private record Group(List<NameMention> mentions, EntityType type, PlaceKind kind, Optional<GazetteerEntry> known,
                         Evidence evidence) {

        static Group of(List<NameMention> mentions) {
            Optional<GazetteerEntry> known = mentions.stream().map(NameMention::known).flatMap(Optional::stream).findFirst();
            Evidence best = mentions.stream().map(NameMention::evidence).min(Comparator.naturalOrder()).orElseThrow();
            // the surest mentions decide; a hint ("à X") outweighs one bare mention, not several
            Map<EntityType, Integer> votes = new HashMap<>();
            for (NameMention m : mentions) {
                if (m.evidence() == best) {
                    votes.merge(m.type(), 2, Integer::sum);
                } else if (best == Evidence.WEAK && m.evidence() == Evidence.NONE) {
                    votes.merge(m.type(), 1, Integer::sum);
                }
            }
            if (best == Evidence.WEAK) {
                // on a tie the hinted type wins
                mentions.stream().filter(m -> m.evidence() == Evidence.WEAK).forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            }
            EntityType type = known.map(GazetteerEntry::type).orElseGet(() -> votes.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey).orElse(EntityType.ORGANIZATION));
            PlaceKind kind = known.map(GazetteerEntry::kind).orElse(PlaceKind.OTHER);
            if (type == EntityType.PLACE && known.isEmpty()) {
                kind = mentions.stream().map(NameMention::kind).filter(k -> k != PlaceKind.OTHER).findFirst().orElse(PlaceKind.OTHER);
            }
            return new Group(new ArrayList<>(mentions), type, kind, known, best);
        }
    }

    /** Finds the other occurrences of each entity's names: a surname or a company name opening a sentence. */
    private static void addRepeatedMentions(Document doc, List<Group> groups) {
        Taken taken = new Taken();
        groups.forEach(g -> g.mentions().forEach(m -> taken.add(m.span())));
        List<List<String>> forms = new ArrayList<>();
        for (Group g : groups) {
            Set<String> own = new LinkedHashSet<>();
            for (NameMention m : g.mentions()) {
                own.add(m.surface());
                String[] words = m.surface().split("\\s+");
                if (g.type() == EntityType.PERSON && words.length >= 2) {
                    own.add(words[words.length - 1]);
                }
            }
            forms.add(own.stream().filter(f -> f.length() >= 2).toList());
        }
        // group by group, form by form, left to right: the order in which occurrences claim their text
        List<Occurrence> occurrences = occurrences(doc.text(), forms);
        occurrences.sort(Comparator.comparingInt(Occurrence::group).thenComparingInt(Occurrence::form)
                .thenComparingInt(Occurrence::start));
        Occurrence previous = null;
        for (Occurrence o : occurrences) {
            // a form's occurrences do not overlap one another, as a search from the end of the last one finds them
            boolean overlapsItsForm = previous != null && previous.group() == o.group() && previous.form() == o.form()
                    && o.start() < previous.end();
            if (overlapsItsForm) {
                continue;
            }
            previous = o;
            Span s = new Span(o.start(), o.end());
            if (taken.free(s)) {
                taken.add(s);
                Group g = groups.get(o.group());
                g.mentions().add(new NameMention(s, forms.get(o.group()).get(o.form()), g.type(), g.kind(), g.known(),
                        Evidence.CUE));
            }
        }
    }

    /** Where a form of a group stands in the text, as a whole word. */
    private record Occurrence(int group, int form, int start, int end) {
    }

    /**
     * Every place where a form stands as a whole word (no letter or digit before it, none after it, nor a
     * hyphen and a letter), found in one pass over the text: a form can only start where its first word does.
     */
    private static List<Occurrence> occurrences(String text, List<List<String>> forms) {
        Map<String, List<int[]>> byFirstWord = new HashMap<>();
        for (int g = 0; g < forms.size(); g++) {
            for (int f = 0; f < forms.get(g).size(); f++) {
                String form = forms.get(g).get(f);
                byFirstWord.computeIfAbsent(form.substring(0, wordEnd(form, 0)), w -> new ArrayList<>()).add(new int[] {g, f});
            }
        }
        List<Occurrence> found = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && wordChar(text.codePointBefore(p))) {
                continue;
            }
            List<int[]> candidates = byFirstWord.get(text.substring(p, wordEnd(text, p)));
            if (candidates == null) {
                continue;
            }
            for (int[] c : candidates) {
                String form = forms.get(c[0]).get(c[1]);
                int end = p + form.length();
                if (text.startsWith(form, p) && wordEndsAt(text, end)) {
                    found.add(new Occurrence(c[0], c[1], p, end));
                }
            }
        }
        return found;
    }

    /** The end of the run of letters and digits that starts at {@code from}. */
    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && wordChar(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static boolean wordEndsAt(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        boolean hyphenated = text.charAt(end) == '-' && end + 1 < text.length() && Character.isLetter(text.codePointAt(end + 1));
        return !wordChar(text.codePointAt(end)) && !hyphenated;
    }

    /** A letter or a number, as the regular expressions' \p{L} and \p{N}. */
    private static boolean wordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The spans already claimed by a mention, for a quick check that a new one overlaps none. */
    private static final class Taken {
        private final java.util.TreeMap<Integer, Integer> endByStart = new java.util.TreeMap<>();
        private int longest;

        void add(Span s) {
            endByStart.merge(s.start(), s.end(), Math::max);
            longest = Math.max(longest, s.end() - s.start());
        }

        boolean free(Span s) {
            // a span that overlaps s starts before its end, and less than the longest span before its start
            return endByStart.subMap(s.start() - longest, true, s.end(), false).values().stream()
                    .noneMatch(end -> end > s.start());
        }
    }

    private static ArticleEntities build(Document doc, List<Group> groups) {
        List<Entity> entities = new ArrayList<>();
        List<ArticleEntities.Placed> placed = new ArrayList<>();
        Map<String, Evidence> evidence = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Group g : groups) {
            String label = label(doc.language(), g);
            String id = g.known().filter(e -> !e.wikidata().isEmpty()).map(e -> "wd:" + e.wikidata())
                    .orElse(g.type().className().toLowerCase(Locale.ROOT) + ":" + normalize(label));
            if (!ids.add(id)) {
                id = id + "#" + ids.size();
                ids.add(id);
            }
            Set<String> alt = new LinkedHashSet<>();
            for (NameMention m : g.mentions()) {
                if (!m.surface().equals(label)) {
                    alt.add(m.surface());
                }
            }
            List<Span> spans = g.mentions().stream().map(NameMention::span).sorted().toList();
            entities.add(new Entity(id, g.type(), g.kind(), label, List.copyOf(alt), spans,
                    g.known().map(GazetteerEntry::wikidata).filter(q -> !q.isEmpty())));
            evidence.put(id, g.evidence());
            for (Span s : spans) {
                placed.add(new ArticleEntities.Placed(s, id, g.type()));
            }
        }
        return new ArticleEntities(entities, placed, evidence);
    }

    private static String label(Language lang, Group g) {
        if (g.known().isPresent()) {
            GazetteerEntry e = g.known().get();
            String l = lang == Language.FR ? e.labelFr() : e.labelEn();
            if (!l.isBlank()) {
                return l;
            }
        }
        return g.mentions().stream().map(NameMention::surface)
                .max(Comparator.comparing((String s) -> !(s.contains(" ") && s.equals(s.toUpperCase(Locale.ROOT))))
                        .thenComparingInt(s -> s.split("\\s+").length).thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }
}
