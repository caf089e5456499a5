package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PhraseKeys;
import org.newsgraph.extract.PlaceKind;

/**
 * General knowledge: well-known entities with Wikidata ids, demonyms, first names.
 *
 * <pre>{@code Optional<GazetteerEntry> japan = Gazetteer.bundled().demonym("japonaise");}</pre>
 *
 * <p>Entity tables are UTF-8 TSV with {@code #} comment lines and seven columns: wikidata id (may be empty),
 * type (Organization, Person, Place, Product), kind (country, city, region, other), English name, French name,
 * aliases separated by {@code |}, and the Wikidata id of the entity's country (may be empty). Instances are
 * immutable and safe to share.
 */
public final class Gazetteer {

    private static final String RESOURCES = "/lexicon/";
    private static final List<String> ENTITY_TABLES = List.of("places.tsv", "organizations.tsv", "organizations-known.tsv", "people.tsv");
    // The world's towns, for recognition only: a name any other table gives keeps that table's entry.
    private static final String TOWNS = "towns.tsv";
    // The first-level divisions of every country, known as towns are: after them, so a town keeps its name.
    private static final String DIVISIONS = "divisions.tsv";
    // The departements of France and its communes of 2,000 inhabitants or more, after the towns and divisions.
    private static final String COMMUNES = "communes-fr.tsv";
    private static final String DEMONYMS = "demonyms.tsv";
    private static final String FIRST_NAMES = "first-names.txt";
    private static final int COLUMNS = 7;
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC\u0060\u00B4\u2032]");
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[\\s\u00A0\u2010\u2011\u2012\u2013\u2014-]+");
    private static final List<String> ARTICLES = List.of("the ", "les ", "le ", "la ", "l'");
    // Short names (AP, US, UK, Fed) are ordinary words when lower-cased, so they only match as written.
    private static final int SHORT_NAME_LETTERS = 3;

    private final List<GazetteerEntry> entries;
    private final List<GazetteerEntry> towns;
    private final Set<GazetteerEntry> townSet;
    private final List<DemonymRow> demonymRows;
    private final Set<String> firstNames;
    private final Map<String, List<GazetteerEntry>> byFoldedName;
    private final Map<String, List<GazetteerEntry>> byExactShortName;
    private final Map<String, GazetteerEntry> byQid;
    private final Map<String, GazetteerEntry> byDemonym;
    private final int longestName;

    private Gazetteer(List<GazetteerEntry> entries, List<GazetteerEntry> towns, List<DemonymRow> demonymRows,
                      Set<String> firstNames) {
        this.entries = List.copyOf(entries);
        this.towns = List.copyOf(towns);
        this.townSet = Set.copyOf(new HashSet<>(towns));
        this.demonymRows = List.copyOf(demonymRows);
        this.firstNames = Set.copyOf(firstNames);
        Map<String, List<GazetteerEntry>> folded = new HashMap<>();
        Map<String, List<GazetteerEntry>> exact = new HashMap<>();
        Map<String, GazetteerEntry> qids = new HashMap<>();
        int longest = 0;
        for (GazetteerEntry entry : this.entries) {
            if (entry.hasWikidata()) {
                qids.putIfAbsent(entry.wikidata(), entry);
            }
            for (String name : entry.names()) {
                if (isShortName(name)) {
                    exact.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(entry);
                } else {
                    String key = key(name);
                    if (!key.isEmpty()) {
                        folded.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                        longest = Math.max(longest, key.split(" ").length);
                    }
                }
            }
        }
        for (GazetteerEntry town : this.towns) {
            for (String name : town.names()) {
                String key = key(name);
                if (!isShortName(name) && !key.isEmpty() && !folded.containsKey(key)) {
                    folded.put(key, new ArrayList<>(List.of(town)));
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        this.byFoldedName = freeze(folded);
        this.byExactShortName = freeze(exact);
        this.byQid = Map.copyOf(qids);
        this.byDemonym = demonymIndex(this.demonymRows, this.byQid);
        this.longestName = Math.max(longest, 1);
    }

    /** The tables under src/main/resources/lexicon, loaded once. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled tables plus the user's own entity tables, in the same seven-column format.
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed row
     */
    public static Gazetteer load(List<Path> extraTables) {
        Gazetteer gazetteer = bundled();
        for (Path table : extraTables) {
            gazetteer = gazetteer.withTable(table);
        }
        return gazetteer;
    }

    /**
     * This gazetteer plus the entries of one more entity table; the first entry with a Wikidata id wins in
     * {@link #byWikidata(String)}, so a user table adds names but does not replace bundled entries.
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed row
     */
    public Gazetteer withTable(Path table) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(table + ": cannot read the table: " + e.getMessage(), e);
        }
        List<GazetteerEntry> all = new ArrayList<>(entries);
        all.addAll(parseEntities(table.toString(), lines));
        return new Gazetteer(all, towns, demonymRows, firstNames);
    }

    /** Entries whose name or alias is this surface form; case and accents matter only for short acronyms. */
    public List<GazetteerEntry> lookup(String surface) {
        if (surface == null || surface.isBlank()) {
            return List.of();
        }
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        String written = surface.strip();
        found.addAll(byExactShortName.getOrDefault(written, List.of()));
        found.addAll(byExactShortName.getOrDefault(withoutArticle(written), List.of()));
        found.addAll(byFoldedName.getOrDefault(key(surface), List.of()));
        return List.copyOf(found);
    }

    /** The country a demonym names, in any gender and number, French or English: japonaises, Japanese. */
    public Optional<GazetteerEntry> demonym(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDemonym.get(fold(word)));
    }

    /** Whether a capitalized word is a common first name; a hyphenated one (Jean-Pierre) if each part is. */
    public boolean isFirstName(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String folded = fold(word);
        if (firstNames.contains(folded)) {
            return true;
        }
        String[] parts = folded.split(" ");
        return parts.length > 1 && Arrays.stream(parts).allMatch(firstNames::contains);
    }

    /** The entry with this Wikidata id, such as Q17. */
    public Optional<GazetteerEntry> byWikidata(String qid) {
        return Optional.ofNullable(qid == null ? null : byQid.get(qid.strip()));
    }

    /** The number of words in the longest name, so a caller scanning text knows how far to look ahead. */
    public int longestName() {
        return longestName;
    }

    /** Every entry of the entity tables, bundled ones first; the towns are apart, in {@link #towns()}. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** Whether this entry is one of towns.tsv, divisions.tsv or communes-fr.tsv: a name known for recognition only, which the context may overrule. */
    public boolean isTown(GazetteerEntry entry) {
        return townSet.contains(entry);
    }

    /** The towns, divisions and French communes (towns.tsv, divisions.tsv, communes-fr.tsv), known by the names no other table gives. */
    public List<GazetteerEntry> towns() {
        return towns;
    }

    /**
     * The form names are compared in: accents removed, lower case, typographic apostrophes straightened,
     * dashes and runs of spaces made single spaces.
     */
    static String fold(String text) {
        String quick = foldByChar(text);
        return quick != null ? quick : foldWhole(text);
    }

    /** The fold of each plain letter or sign that folds alone (see {@link #foldByChar}); null for the others. */
    private static final String[] BY_CHAR = byChar();

    private static String[] byChar() {
        String[] table = new String[0x2100];
        for (char c = 0x21; c < table.length; c++) {
            String f = foldWhole(String.valueOf(c));
            boolean plain = PhraseKeys.foldsAlone(String.valueOf(c)) && !isSeparator(c) && !f.isEmpty()
                    && f.chars().noneMatch(k -> isSeparator((char) k) || Character.isWhitespace(k));
            table[c] = plain ? f : null;
        }
        return table;
    }

    /** What {@code DASHES_AND_SPACES} makes a space of, but for the spaces that only {@code \s} reads. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c >= '\u2010' && c <= '\u2014';
    }

    /**
     * The fold of a text of plain letters and signs parted by spaces and dashes: each letter's fold, each run of
     * spaces and dashes one space, none at the ends; what {@link #foldWhole} gives, since no such letter's fold
     * depends on its neighbours or holds a space. Null for any other text.
     */
    private static String foldByChar(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean apart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                apart = true;
                continue;
            }
            String f = c < BY_CHAR.length ? BY_CHAR[c] : null;
            if (f == null) {
                return null;
            }
            if (apart && out.length() > 0) {
                out.append(' ');
            }
            apart = false;
            out.append(f);
        }
        return out.toString();
    }

    private static String foldWhole(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String apostrophes = APOSTROPHES.matcher(plain).replaceAll("'");
        return DASHES_AND_SPACES.matcher(apostrophes.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String key(String name) {
        return withoutArticle(fold(name));
    }

    // Expects folded text or a name as written; keeps the name whole if the article is all there is.
    private static String withoutArticle(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String article : ARTICLES) {
            if (lower.startsWith(article) && text.length() > article.length()) {
                return text.substring(article.length()).strip();
            }
        }
        return text;
    }

    private static boolean isShortName(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters > 0 && letters <= SHORT_NAME_LETTERS;
    }

    private static Map<String, List<GazetteerEntry>> freeze(Map<String, List<GazetteerEntry>> index) {
        Map<String, List<GazetteerEntry>> frozen = new HashMap<>();
        index.forEach((name, list) -> frozen.put(name, List.copyOf(new LinkedHashSet<>(list))));
        return Map.copyOf(frozen);
    }

    // A form two countries share (congolais) names neither: a wrong link is worse than none.
    private static Map<String, GazetteerEntry> demonymIndex(List<DemonymRow> rows, Map<String, GazetteerEntry> qids) {
        Map<String, String> countryOf = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (DemonymRow row : rows) {
            for (String form : row.forms()) {
                String folded = fold(form);
                String previous = countryOf.putIfAbsent(folded, row.country());
                if (previous != null && !previous.equals(row.country())) {
                    ambiguous.add(folded);
                }
            }
        }
        Map<String, GazetteerEntry> index = new HashMap<>();
        countryOf.forEach((form, country) -> {
            GazetteerEntry entry = qids.get(country);
            if (!ambiguous.contains(form) && entry != null) {
                index.put(form, entry);
            }
        });
        return Map.copyOf(index);
    }

    static List<GazetteerEntry> parseEntities(String source, List<String> lines) {
        List<GazetteerEntry> parsed = new ArrayList<>();
        // one Optional per country, shared by its many towns: the table of towns stays small in memory
        Map<String, Optional<String>> countries = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                continue;
            }
            try {
                parsed.add(parseEntity(line, countries));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static GazetteerEntry parseEntity(String line, Map<String, Optional<String>> countries) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + cells.length);
        }
        String wikidata = cells[0].strip();
        String labelEn = cells[3].strip();
        String labelFr = cells[4].strip();
        String country = cells[6].strip();
        requireQidOrEmpty(wikidata, "wikidata id");
        requireQidOrEmpty(country, "country id");
        List<String> aliases = cells[5].isBlank() ? List.of()
                : Arrays.stream(cells[5].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new GazetteerEntry(wikidata, type(cells[1].strip()), kind(cells[2].strip()),
                labelEn.isEmpty() ? labelFr : labelEn, labelFr.isEmpty() || labelFr.equals(labelEn) ? labelEn : labelFr, aliases,
                country.isEmpty() ? Optional.empty() : countries.computeIfAbsent(country, Optional::of));
    }

    private static void requireQidOrEmpty(String value, String what) {
        if (!value.isEmpty() && !QID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' is not of the form Q123");
        }
    }

    private static EntityType type(String cell) {
        for (EntityType type : EntityType.values()) {
            if (type.className().equalsIgnoreCase(cell)) {
                return type;
            }
        }
        throw new IllegalArgumentException("type '" + cell + "' is none of Organization, Person, Place, Product");
    }

    private static PlaceKind kind(String cell) {
        if (cell.isEmpty()) {
            return PlaceKind.OTHER;
        }
        for (PlaceKind kind : PlaceKind.values()) {
            if (kind.name().equalsIgnoreCase(cell)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind '" + cell + "' is none of country, city, region, other");
    }

    static List<DemonymRow> parseDemonyms(String source, List<String> lines) {
        List<DemonymRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = source + " line " + (i + 1) + ": ";
            if (cells.length != 3) {
                throw new IllegalArgumentException(where + "expected 3 tab-separated columns, found " + cells.length);
            }
            if (!QID.matcher(cells[0].strip()).matches()) {
                throw new IllegalArgumentException(where + "country id '" + cells[0] + "' is not of the form Q123");
            }
            if (!Set.of("fr", "en").contains(cells[1].strip())) {
                throw new IllegalArgumentException(where + "language '" + cells[1] + "' is neither fr nor en");
            }
            List<String> forms = Arrays.stream(cells[2].split("\\|")).map(String::strip).filter(f -> !f.isEmpty())
                    .toList();
            if (forms.isEmpty()) {
                throw new IllegalArgumentException(where + "no demonym given");
            }
            rows.add(new DemonymRow(cells[0].strip(), cells[1].strip(), forms));
        }
        return rows;
    }

    private static boolean isComment(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    static List<String> resourceLines(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCES + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCES + name, e);
        }
    }

    private static Gazetteer loadBundled() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String table : ENTITY_TABLES) {
            entries.addAll(parseEntities(table, resourceLines(table)));
        }
        List<DemonymRow> demonyms = parseDemonyms(DEMONYMS, resourceLines(DEMONYMS));
        Set<String> firstNames = new HashSet<>();
        for (String line : resourceLines(FIRST_NAMES)) {
            if (!isComment(line)) {
                firstNames.add(fold(line));
            }
        }
        List<GazetteerEntry> towns = new ArrayList<>(parseEntities(TOWNS, resourceLines(TOWNS)));
        towns.addAll(parseEntities(DIVISIONS, resourceLines(DIVISIONS)));
        towns.addAll(parseEntities(COMMUNES, resourceLines(COMMUNES)));
        return new Gazetteer(entries, towns, demonyms, firstNames);
    }

    /** One row of demonyms.tsv: the forms naming the people or things of one country in one language. */
    record DemonymRow(String country, String language, List<String> forms) {
        DemonymRow {
            forms = List.copyOf(forms);
        }
    }

    // Holder idiom: the tables are read on first use, once, and never change afterwards.
    private static final class Bundled {
        private static final Gazetteer INSTANCE = loadBundled();
    }
}
