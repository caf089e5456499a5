package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;

class GazetteerTest {

    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private final Gazetteer gazetteer = Gazetteer.bundled();

    private Set<String> ids(String surface) {
        Set<String> ids = new HashSet<>();
        gazetteer.lookup(surface).forEach(entry -> ids.add(entry.wikidata()));
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"places.tsv", "organizations.tsv", "organizations-known.tsv", "people.tsv", "towns.tsv", "divisions.tsv", "communes-fr.tsv"})
    void everyEntityRowHasSevenColumnsValidIdsAndNoRepeatedId(String table) {
        List<String> lines = Gazetteer.resourceLines(table);
        assertTrue(lines.get(0).startsWith("#") && lines.get(0).contains("Source"), table + " names its source");
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] cells = line.split("\t", -1);
            String where = table + " line " + (i + 1);
            assertEquals(7, cells.length, where);
            assertTrue(cells[0].isEmpty() || QID.matcher(cells[0]).matches(), where + " id " + cells[0]);
            assertTrue(cells[6].isEmpty() || QID.matcher(cells[6]).matches(), where + " country " + cells[6]);
            assertFalse(cells[3].isBlank() && cells[4].isBlank(), where + " has a name");
            assertTrue(cells[0].isEmpty() || seen.add(cells[0]), where + " repeats " + cells[0]);
        }
        assertEquals(rows, Gazetteer.parseEntities(table, lines).size());
    }

    @Test
    void firstLevelDivisionsAreKnownInBothLanguagesWithTheirCountryAndNoLink() {
        GazetteerEntry nsw = gazetteer.lookup("Nouvelle-Galles du Sud").get(0);
        assertEquals(gazetteer.lookup("New South Wales").get(0), nsw);
        assertEquals(Optional.of("Q408"), nsw.country());
        assertFalse(nsw.hasWikidata());
        assertTrue(gazetteer.isTown(nsw), "recognition only, the context may overrule it");
    }

    @Test
    void frenchDepartementsAndSmallCommunesAreKnownInFrance() {
        for (String name : List.of("Landes", "Finistère", "Morcenx-la-Nouvelle", "Lamballe-Armor")) {
            List<GazetteerEntry> found = gazetteer.lookup(name);
            assertEquals(1, found.size(), name);
            assertEquals(Optional.of("Q142"), found.get(0).country(), name);
            assertTrue(gazetteer.isTown(found.get(0)), name + " is known for recognition only");
        }
        assertTrue(gazetteer.lookup("Orange").stream().noneMatch(gazetteer::isTown), "a commune named like a word is left out");
    }

    @Test
    void townsAreKnownWithoutLinkAndGiveWayToTheOtherTables() {
        List<GazetteerEntry> brest = gazetteer.lookup("Brest");
        assertEquals(1, brest.size());
        assertEquals(PlaceKind.CITY, brest.get(0).kind());
        assertFalse(brest.get(0).hasWikidata());
        assertTrue(gazetteer.towns().size() > 5000, "towns: " + gazetteer.towns().size());
        for (GazetteerEntry town : gazetteer.towns()) {
            assertFalse(town.hasWikidata(), town.labelEn() + " has no link");
        }
        // a name of places.tsv or organizations.tsv keeps its entry
        assertEquals(Set.of("Q90"), ids("Paris"));
        assertTrue(gazetteer.lookup("Mobile").isEmpty(), "a common word is no town");
        assertTrue(gazetteer.lookup("Florence").stream().noneMatch(e -> e.kind() == PlaceKind.CITY && !e.hasWikidata()),
                "a given name is no town");
    }

    @Test
    void placesCoverEveryCountryAndManyCities() {
        long countries = gazetteer.entries().stream().filter(e -> e.kind() == PlaceKind.COUNTRY).count();
        long cities = gazetteer.entries().stream().filter(e -> e.kind() == PlaceKind.CITY).count();
        assertTrue(countries >= 190, "countries: " + countries);
        assertTrue(cities >= 250, "cities: " + cities);
    }

    @Test
    void demonymRowsNameKnownCountriesOncePerLanguage() {
        List<String> lines = Gazetteer.resourceLines("demonyms.tsv");
        assertTrue(lines.get(0).startsWith("#") && lines.get(0).contains("Source"));
        List<Gazetteer.DemonymRow> rows = Gazetteer.parseDemonyms("demonyms.tsv", lines);
        Set<String> seen = new HashSet<>();
        for (Gazetteer.DemonymRow row : rows) {
            assertTrue(seen.add(row.country() + "/" + row.language()), "repeated " + row.country());
            Optional<GazetteerEntry> country = gazetteer.byWikidata(row.country());
            assertTrue(country.isPresent(), row.country() + " is in places.tsv");
            assertEquals(PlaceKind.COUNTRY, country.get().kind(), row.country());
        }
        assertTrue(rows.size() >= 380, "two languages for every country");
    }

    @Test
    void firstNamesFileNamesItsSourceAndHoldsThousands() {
        List<String> lines = Gazetteer.resourceLines("first-names.txt");
        assertTrue(lines.get(0).startsWith("#") && lines.get(0).contains("given names"));
        assertTrue(lines.get(1).contains("Source"));
        assertTrue(lines.stream().filter(l -> !l.startsWith("#")).count() > 2000);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Japon;Q17", "Japan;Q17", "japon;Q17", "Allemagne;Q183", "Germany;Q183",
        "États-Unis;Q30", "Etats-Unis;Q30", "les États-Unis;Q30", "United States of America;Q30",
        "Royaume-Uni;Q145", "Britain;Q145", "Émirats arabes unis;Q878", "les Émirats Arabes Unis;Q878",
        "Indonésie;Q252", "Malaisie;Q833", "Chine;Q148", "Russie;Q159",
        "Paris;Q90", "Berlin;Q64", "Tokyo;Q1490", "Londres;Q84", "New York;Q60", "Pékin;Q956", "Beijing;Q956",
        "Bombay;Q1156", "Mumbai;Q1156", "Séoul;Q8684", "Seoul;Q8684", "Le Caire;Q85", "Sao Paulo;Q174",
        "Apple;Q312", "Microsoft;Q2283", "OpenAI;Q21708200", "Agence France-Presse;Q40464",
        "The New York Times;Q9684", "New York Times;Q9684", "Fonds monétaire international;Q7804",
        "Commission européenne;Q8880", "European Commission;Q8880", "la Maison-Blanche;Q35525",
        "ChatGPT;Q115564437", "Amazon Web Services;Q456157"})
    void looksUpNamesInFrenchAndEnglish(String surface, String qid) {
        assertTrue(ids(surface).contains(qid), surface + " -> " + ids(surface));
    }

    @Test
    void foldsAccentsCaseAndTypographicApostrophes() {
        assertEquals(ids("Côte d'Ivoire"), ids("cote d’ivoire"));
        assertTrue(ids("COTE D’IVOIRE").contains("Q1008"));
        assertTrue(gazetteer.lookup("l’Élysée").stream().anyMatch(e -> e.labelEn().equals("Élysée Palace")));
        assertEquals(gazetteer.lookup("Élysée"), gazetteer.lookup("l’elysee"));
        assertTrue(ids("saint petersbourg").contains("Q656"), "dashes fold to spaces");
        assertTrue(ids("  émirats   arabes unis ").contains("Q878"));
    }

    @Test
    void shortAcronymsMatchOnlyAsWritten() {
        assertTrue(ids("US").contains("Q30"));
        assertTrue(ids("the US").contains("Q30"));
        assertTrue(ids("UK").contains("Q145"));
        assertTrue(ids("AP").contains("Q40469"));
        assertTrue(ids("AFP").contains("Q40464"));
        assertTrue(ids("UAE").contains("Q878"));
        assertEquals(List.of(), gazetteer.lookup("us"));
        assertEquals(List.of(), gazetteer.lookup("Us"));
        assertEquals(List.of(), gazetteer.lookup("ap"));
        assertEquals(List.of(), gazetteer.lookup("uk"));
        assertEquals(List.of(), gazetteer.lookup("afp"));
    }

    @Test
    void bareWashingtonIsTheCapital() {
        Set<String> washington = ids("Washington");
        assertTrue(washington.contains("Q61"), washington.toString());
        assertFalse(washington.contains("Q1223"), "the state needs its own words");
        assertTrue(ids("Washington State").contains("Q1223"));
        assertTrue(ids("État de Washington").contains("Q1223"));
    }

    @Test
    void ambiguousNamesReturnEveryCandidate() {
        Set<String> georgia = ids("Georgia");
        assertTrue(georgia.contains("Q230") && georgia.contains("Q1428"), georgia.toString());
    }

    @Test
    void entriesCarryTypeKindLabelsAndCountry() {
        GazetteerEntry paris = gazetteer.byWikidata("Q90").orElseThrow();
        assertEquals(EntityType.PLACE, paris.type());
        assertEquals(PlaceKind.CITY, paris.kind());
        assertEquals(Optional.of("Q142"), paris.country());
        GazetteerEntry japan = gazetteer.byWikidata("Q17").orElseThrow();
        assertEquals("Japan", japan.labelEn());
        assertEquals("Japon", japan.labelFr());
        assertEquals("Japon", japan.label("fr"));
        GazetteerEntry apple = gazetteer.byWikidata("Q312").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, apple.type());
        assertEquals(Optional.of("Q30"), apple.country());
        assertEquals(EntityType.PRODUCT, gazetteer.byWikidata("Q115564437").orElseThrow().type());
        assertEquals(Optional.empty(), gazetteer.byWikidata("Q999999999"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "japonais,Q17", "japonaise,Q17", "japonaises,Q17", "Japanese,Q17",
        "allemand,Q183", "allemande,Q183", "allemands,Q183", "allemandes,Q183", "German,Q183", "Germans,Q183",
        "américain,Q30", "Américaine,Q30", "americains,Q30", "américaines,Q30", "American,Q30",
        "français,Q142", "française,Q142", "françaises,Q142", "French,Q142",
        "britannique,Q145", "British,Q145", "émirien,Q878", "Emirati,Q878", "indonésienne,Q252",
        "Indonesian,Q252", "malaisiens,Q833", "Malaysian,Q833", "chinoises,Q148", "Chinese,Q148",
        "sud-coréenne,Q884", "South Korean,Q884", "néo-zélandais,Q664"})
    void demonymsInEveryGenderAndNumber(String word, String qid) {
        assertEquals(Optional.of(qid), gazetteer.demonym(word).map(GazetteerEntry::wikidata), word);
    }

    @Test
    void demonymsSharedByTwoCountriesNameNeither() {
        assertEquals(Optional.empty(), gazetteer.demonym("congolais"));
        assertEquals(Optional.empty(), gazetteer.demonym("Congolese"));
        assertEquals(Optional.empty(), gazetteer.demonym("entreprise"));
    }

    @Test
    void recognisesCommonFirstNamesOfManyOrigins() {
        for (String name : List.of("Marie", "Jean", "Jean-Pierre", "Hélène", "Helene", "John", "Klaus", "Giuseppe",
                "Mohammed", "Fatima", "Priya", "Hiroshi", "Siti", "Budi", "Carlos")) {
            assertTrue(gazetteer.isFirstName(name), name);
        }
        for (String word : List.of("Paris", "France", "Japon", "Entreprise", "Juin", "June", "")) {
            assertFalse(gazetteer.isFirstName(word), word);
        }
    }

    @Test
    void longestNameCountsWords() {
        assertTrue(gazetteer.longestName() >= 8, "United Kingdom of Great Britain and Northern Ireland");
    }

    @Test
    void bundledIsLoadedOnce() {
        assertSame(Gazetteer.bundled(), Gazetteer.bundled());
    }

    @Test
    void aUserTableAddsEntries(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("mine.tsv");
        Files.writeString(table, String.join("\n",
                "# my own companies",
                "Q987654321\tOrganization\tother\tGlobex Corporation\tGlobex\tGlobex Corp|GBX\tQ30",
                "\tPlace\tcity\tSpringfield\tSpringfield\t\tQ30",
                ""), StandardCharsets.UTF_8);
        assertEquals(List.of(), gazetteer.lookup("Globex Corporation"));

        Gazetteer mine = Gazetteer.load(List.of(table));
        GazetteerEntry globex = mine.lookup("globex corp").get(0);
        assertEquals("Q987654321", globex.wikidata());
        assertEquals(EntityType.ORGANIZATION, globex.type());
        assertEquals(globex, mine.lookup("GBX").get(0));
        assertEquals(List.of(), mine.lookup("gbx"));
        assertEquals(Optional.of(globex), mine.byWikidata("Q987654321"));
        GazetteerEntry springfield = mine.lookup("Springfield").get(0);
        assertFalse(springfield.hasWikidata());
        assertEquals(PlaceKind.CITY, springfield.kind());
        assertTrue(mine.lookup("Japon").stream().anyMatch(e -> e.wikidata().equals("Q17")), "bundled still there");
        assertEquals(List.of(), gazetteer.lookup("Globex Corporation"), "the bundled gazetteer is unchanged");
    }

    @Test
    void aMalformedUserTableFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path columns = dir.resolve("short-row.tsv");
        Files.writeString(columns, "# header\nQ1\tOrganization\tother\tInitech\tInitech\t\t\n"
                + "Q2\tOrganization\tInitrode\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.bundled().withTable(columns));
        assertTrue(e.getMessage().contains("short-row.tsv") && e.getMessage().contains("line 3"), e.getMessage());

        Path badId = dir.resolve("bad-id.tsv");
        Files.writeString(badId, "X42\tOrganization\tother\tAcme\tAcme\t\t\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(badId)));
        assertTrue(e.getMessage().contains("bad-id.tsv line 1") && e.getMessage().contains("X42"), e.getMessage());

        Path badType = dir.resolve("bad-type.tsv");
        Files.writeString(badType, "\tCompany\tother\tAcme\tAcme\t\t\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(badType)));
        assertTrue(e.getMessage().contains("bad-type.tsv line 1") && e.getMessage().contains("Company"));

        Path missing = dir.resolve("absent.tsv");
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(missing)));
        assertTrue(e.getMessage().contains("absent.tsv"));
    }
}
