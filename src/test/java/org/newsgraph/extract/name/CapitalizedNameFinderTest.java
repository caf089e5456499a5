package org.newsgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;

class CapitalizedNameFinderTest {

    private static final CapitalizedNameFinder FINDER = new CapitalizedNameFinder(Gazetteer.bundled());

    private static Map<String, EntityType> names(String text) {
        Document doc = Document.of(text);
        List<NameMention> found = FINDER.find(doc);
        for (NameMention m : found) {
            assertEquals(m.surface(), doc.text(m.span()), "span and surface agree");
        }
        return found.stream().collect(Collectors.toMap(NameMention::surface, NameMention::type, (a, b) -> a));
    }

    private static Optional<EntityType> type(String text, String name) {
        return Optional.ofNullable(names(text).get(name));
    }

    @Test
    void commonNounBeforeANameTypesIt() {
        assertEquals(Optional.of(EntityType.ORGANIZATION),
                type("La levée a été menée par le fonds de capital-risque américain Norvane Partners.", "Norvane Partners"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type("Le contrat revient au géant des puces Quellor.", "Quellor"));
        assertEquals(Optional.of(EntityType.PRODUCT), type("Users can now talk to its chatbot Wizzle every day.", "Wizzle"));
        assertEquals(Optional.of(EntityType.PRODUCT), type("The firm trains models on its own Brakka chips.", "Brakka"));
    }

    @Test
    void appositionTypesTheNameBeforeIt() {
        assertEquals(Optional.of(EntityType.ORGANIZATION), type("The money goes to Zentrix, a robotics start-up based in Lyon.", "Zentrix"));
        assertEquals(Optional.of(EntityType.PERSON), type("« Nous investissons », a déclaré Ilona Berek, présidente de Zentrix.", "Ilona Berek"));
        assertEquals(Optional.of(EntityType.PERSON), type("The plan was welcomed by Tomasz Wilk, Zentrix's chief executive.", "Tomasz Wilk"));
    }

    @Test
    void titlesAndDemonymsAreSplitOffEnglishTitleCase() {
        Map<String, EntityType> found = names("The visit of Freedonian Prime Minister Rufus Firefly was brief.");
        assertEquals(EntityType.PERSON, found.get("Rufus Firefly"));
        assertFalse(found.containsKey("Prime Minister Rufus Firefly"));
        assertEquals(Optional.of(EntityType.PERSON), type("Elle a rencontré le premier ministre japonais Kenji Morita.", "Kenji Morita"));
    }

    @Test
    void aCapitalizedDemonymOpeningAFrenchNameIsOfTheName() {
        assertEquals(Optional.of(EntityType.ORGANIZATION),
                type("Le fonds British Growth Capital, géré par Arvel, entre au capital de Korvane.", "British Growth Capital"));
        assertEquals(Optional.of(EntityType.PERSON), type("Hier, le Canadien Kevin Marsh a pris la tête de Korvane.", "Kevin Marsh"),
                "a demonym noun before a person's name is no part of it");
    }

    @Test
    void generalKnowledgeTypesAndLinks() {
        Document doc = Document.of("Acme will open an office in Germany, near Berlin.");
        List<NameMention> found = FINDER.find(doc);
        NameMention germany = found.stream().filter(m -> m.surface().equals("Germany")).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, germany.type());
        assertEquals("Q183", germany.known().orElseThrow().wikidata());
    }

    @Test
    void aTownOfTheWorldIsAPlaceWithNoLink() {
        Document doc = Document.of("The plant will be built in Brest, Quellor Marine said.");
        NameMention brest = FINDER.find(doc).stream().filter(m -> m.surface().equals("Brest")).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, brest.type());
        assertFalse(brest.known().orElseThrow().hasWikidata());
        assertEquals(Optional.of(EntityType.PLACE), type("L'usine de Quellor sera construite à Kolding.", "Kolding"));
    }

    @Test
    void aTownNamedLikeACommonWordIsNoPlace() {
        // Mobile (Alabama), Split (Croatia) and Reading (England) are towns, but the words are too common to tell them
        assertFalse(type("Mobile payments grew fast, Quellor said.", "Mobile").filter(t -> t == EntityType.PLACE).isPresent());
        assertFalse(type("Reading the report, analysts at Quellor saw a loss.", "Reading").filter(t -> t == EntityType.PLACE).isPresent());
        assertFalse(type("Split between two offices, Quellor hired 40 engineers.", "Split").filter(t -> t == EntityType.PLACE).isPresent());
    }

    @Test
    void sentenceInitialCommonWordsAreNoNames() {
        Map<String, EntityType> found = names("Soulignant l'importance du projet, Acme Corp a signé. Cette annonce surprend.");
        assertFalse(found.containsKey("Soulignant"));
        assertFalse(found.containsKey("Cette"));
        assertEquals(EntityType.ORGANIZATION, found.get("Acme Corp"));
    }

    @Test
    void eventsAndTradeAcronymsAreNoEntities() {
        Map<String, EntityType> found = names("Au sommet Invest Futura, la firme a promis des GPU et de l'IA.");
        assertFalse(found.containsKey("Invest Futura"));
        assertFalse(found.containsKey("GPU"));
        assertFalse(found.containsKey("IA"));
    }

    @Test
    void basedCompoundsNameAPlace() {
        Map<String, EntityType> found = names("The deal makes Quellor the largest San Francisco-based chip designer.");
        assertEquals(EntityType.PLACE, found.get("San Francisco"));
    }

    @Test
    void lowerCaseFrenchPublicBodies() {
        Document doc = Document.of("Le ministère fédéral de l'Énergie et le gouvernement norvégien ont signé.");
        List<String> bodies = new PublicBodyFinder(Gazetteer.bundled()).find(doc).stream().map(NameMention::surface).toList();
        assertTrue(bodies.contains("gouvernement norvégien"), bodies.toString());
        Document doc2 = Document.of("Les experts du département américain de la Défense nationale ont réagi.");
        List<String> bodies2 = new PublicBodyFinder(Gazetteer.bundled()).find(doc2).stream().map(NameMention::surface).toList();
        assertEquals(List.of("département américain de la Défense nationale"), bodies2);
    }

    @Test
    void titleCaseHeadlinesYieldOnlyWellKnownNames() {
        Map<String, EntityType> found = names("Brakka Steel Plans to Spend $1bn on Green Plant in Ohio");
        assertFalse(found.containsKey("Brakka Steel Plans"));
        assertFalse(found.containsKey("Green Plant"));
        assertEquals(EntityType.PLACE, found.get("Ohio"));
    }

    @Test
    void frenchInstitutionsWrittenInLowerCase() {
        Map<String, EntityType> found = names("Selon lui, la Banque nordique de développement durable financera le projet.");
        assertEquals(EntityType.ORGANIZATION, found.get("Banque nordique de développement durable"), found.toString());
        Map<String, EntityType> other = names("Il a ajouté que le Fonds souverain pour l'innovation débloquerait 10 millions.");
        assertEquals(EntityType.ORGANIZATION, other.get("Fonds souverain pour l'innovation"), other.toString());
    }

    @Test
    void aPlaceBeforeBasedStandsAloneEvenFirst() {
        Map<String, EntityType> found = names("Lagos-based Brakka Ventures led the round.");
        assertEquals(EntityType.PLACE, found.get("Lagos"));
        assertTrue(found.containsKey("Brakka Ventures"), found.toString());
    }

    @Test
    void currencyPrefixesSingleLettersAndCompassWordsAreNoNames() {
        Map<String, EntityType> found = names("The South Korean group raised US$300 million in a Series B round led by Brakka Capital.");
        assertFalse(found.containsKey("US"));
        assertFalse(found.containsKey("B"));
        assertFalse(found.containsKey("South"));
    }

    @Test
    void aFigureGluedToItsUnitOrAReportingPeriodIsNoName() {
        Map<String, EntityType> found = names("Brakka Energy will add a 35MW solar farm and a 120-MW battery to its 3GWh fleet in FY25.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), Optional.ofNullable(found.get("Brakka Energy")), found.toString());
        for (String quantity : List.of("35MW", "120-MW", "3GWh", "FY25")) {
            assertFalse(found.containsKey(quantity), quantity + " in " + found);
        }
        // a brand that begins with a figure is still a name
        assertTrue(names("Shoppers in Osaka flocked to 7-Eleven stores, and 3M raised its forecast.").containsKey("3M"));
    }

    @Test
    void aShortFormInParenthesesDefinesTheNameBeforeItLowerCaseWordsAndAll() {
        Map<String, EntityType> found = names("Le contrat revient à la Verrerie du Sahel (Versah) et à la Société nationale des ports (SNP).");
        assertEquals(EntityType.ORGANIZATION, found.get("Verrerie du Sahel"), found.toString());
        assertEquals(EntityType.ORGANIZATION, found.get("Société nationale des ports"), found.toString());
        assertFalse(found.containsKey("Sahel"), found.toString());
        Map<String, EntityType> en = names("The loan was approved by the Kivu Regional Power Authority (KRPA) on Monday.");
        assertTrue(en.containsKey("Kivu Regional Power Authority"), en.toString());
        // a short form whose letters the words before do not hold defines nothing
        assertFalse(names("Le site sera construit à Douala (Cameroun) dès mars.").containsKey("Douala (Cameroun"));
    }

    @Test
    void theShortFormOfATitleNamesNobody() {
        Map<String, EntityType> found = names("Il a été installé par le président du conseil d'administration (PCA) de Brakka. Le PCA a salué son travail.");
        assertFalse(found.containsKey("PCA"), found.toString());
        assertTrue(found.containsKey("Brakka"), found.toString());
    }

    @Test
    void schwartzHearstFindsTheShortestLongForm() {
        String before = "Le nouveau directeur de la Cimenterie du Littoral";
        assertEquals("Cimenterie du Littoral", before.substring(ShortForms.longFormStart("Cimlit", before)));
        assertEquals(-1, ShortForms.longFormStart("XYZ", before));
    }

    @Test
    void aKnownNameGluedToAPersonsIsSplit() {
        Map<String, EntityType> found = names("« C'est un grand jour », a déclaré à Reuters Julien Marchetti, patron de Brakka.");
        assertEquals(EntityType.ORGANIZATION, found.get("Reuters"));
        assertEquals(EntityType.PERSON, found.get("Julien Marchetti"));
    }

    @Test
    void aFrenchPublicBodyLinksToItsCountrysWellKnownBody(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path table = java.nio.file.Files.writeString(dir.resolve("bodies.tsv"),
                "Q99999992\tOrganization\tother\tMinistry of Tides\tministère des Marées\t\tQ145\n");
        PublicBodyFinder finder = new PublicBodyFinder(Gazetteer.bundled().withTable(table));
        NameMention british = finder.find(Document.of("Le ministère britannique des Marées a réagi.")).get(0);
        assertEquals("ministère britannique des Marées", british.surface());
        assertEquals("Q99999992", british.known().orElseThrow().wikidata());
        NameMention french = finder.find(Document.of("Le ministère français des Marées a réagi.")).get(0);
        assertTrue(french.known().isEmpty(), "another country's ministry is not linked");
    }
}
