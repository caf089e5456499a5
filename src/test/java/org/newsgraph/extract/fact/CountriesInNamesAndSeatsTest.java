package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.read;
import static org.newsgraph.extract.fact.ReadFacts.relations;
import static org.newsgraph.extract.fact.ReadFacts.typeOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * Countries and regions inside and around names, and the seats that appositions and possessives give.
 * Invented companies throughout; the places are real.
 */
class CountriesInNamesAndSeatsTest {

    @Test
    void aCountryWhoseFirstWordIsAStopWordWithoutItsAccentsIsFoundWhole() {
        // "Côté" opens French sentences and is no name; "Côte d'Ivoire" is a country
        Extraction x = read("Le groupe Bravane investit en Côte d'Ivoire. Côté finances, tout va bien.");
        assertEquals(Optional.of(EntityType.PLACE), typeOf(x, "Côte d'Ivoire"));
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Ivoire") || e.label().startsWith("Côté")),
                x.entities().toString());
    }

    @Test
    void aCompanysNameMayEndOnItsCountrysName() {
        Extraction x = read("Le directeur général de Bravane Agri Côte d'Ivoire, Koffi Assa, a signé la convention.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Bravane Agri Côte d'Ivoire"));
        assertEquals(List.of("Koffi Assa @ Bravane Agri Côte d'Ivoire"), ReadFacts.positions(x));
    }

    @Test
    void aRegionsCouncilIsTheRegion() {
        Extraction x = read("La start-up Vélonova agrandit son usine. La Région Bretagne lui accorde une subvention de 1 million d'euros.");
        assertEquals(Optional.of(EntityType.PLACE), typeOf(x, "Bretagne"));
        assertTrue(x.entities().stream().noneMatch(e -> e.label().startsWith("Région")), x.entities().toString());
    }

    @Test
    void theRegionAloneIsTheRegionNamedBefore() {
        Extraction x = read("La Région Bretagne a voté trois aides. La Région accordera 2 millions d'euros à la start-up Vélonova.");
        assertEquals(List.of("Bretagne -> Vélonova 2000000 EUR"), ReadFacts.deals(x));
        assertEquals(List.of(), ReadFacts.deals(read("La Région accordera 2 millions d'euros à la start-up Vélonova.")).stream()
                .filter(d -> d.startsWith("Bretagne")).toList(), "no region named: none made up");
    }

    @Test
    void aStatesInvestmentFundKeepsItsCountryInItsName() {
        Extraction x = read("The Oman Investment Authority will take a 20% stake in Duqm Alloys, a steel venture.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Oman Investment Authority"));
    }

    @Test
    void aMinistrysListedPortfoliosAreItsNameAndTheLeadsArticleIsNot() {
        Extraction x = read("TOKYO - The Ministry of Economy, Trade and Industry will grant up to 92 billion yen to Kitami Power Devices.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Ministry of Economy, Trade and Industry"));
    }

    @Test
    void aCompanyNounRightBeforeANameTypesItButNotAnAdjectiveOrAPersonsTrade() {
        Extraction x = read("The board cleared a stake in Izmir-based operator Ege Liman Terminali by Akdeniz Port Holding.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Ege Liman Terminali"));
        Extraction y = read("Fondée en 2019 par la chimiste Anaïs Morel, Recyclium a levé 75 millions d'euros.");
        assertEquals(Optional.of(EntityType.PERSON), typeOf(y, "Anaïs Morel"));
    }

    @Test
    void aPlaceTheLargerOneOwnsLiesInIt() {
        List<String> r = relations(read("Taniguchi Circuits will build a factory in Vietnam's northern Bac Ninh province, and scrapped a"
                + " plant in Thailand's Chonburi province."));
        // both provinces are known (lexicon/divisions.tsv): the label is the gazetteer's name, "Bắc Ninh"
        assertTrue(r.contains("Bắc Ninh locatedIn Vietnam") && r.contains("Chonburi locatedIn Thailand"), r.toString());
    }

    @Test
    void namesApposedToABasedPluralNounAreSeatedThere() {
        List<String> r = relations(read("The board blocked the merger of two Konya-based dairy producers, Selvi Süt and Arkan Gıda."));
        assertTrue(r.contains("Selvi Süt locatedIn Konya") && r.contains("Arkan Gıda locatedIn Konya"), r.toString());
    }

    @Test
    void anOrganizationOfAPlaceAndAListItemAtAPlaceAreSeatedThere() {
        List<String> of = relations(read("The plant will be run by a venture of Wadi Holding and Rustam Industries of Abu Dhabi."));
        assertTrue(of.contains("Rustam Industries locatedIn Abu Dhabi"), of.toString());
        List<String> item = relations(read("La Région a voté trois aides.\n\n- Brimex Santé, à Orléans (Loiret) : avance remboursable de"
                + " 900 000 euros pour Brimex Santé."));
        assertTrue(item.contains("Brimex Santé locatedIn Orléans"), item.toString());
    }

    @Test
    void aUnitOfAGroupDescribedByAnAdjective() {
        List<String> r = relations(read("Sorevia, la filiale de recyclage du groupe lyonnais Orbex, a mis en pause son projet."));
        assertTrue(r.contains("Sorevia partOf Orbex"), r.toString());
    }

    @Test
    void basedAfterADescriptionOrAnApposition() {
        List<String> made = relations(read("Le groupe a racheté Fonderia Adda, un fondeur de pièces en titane basé à Bergame."));
        assertTrue(made.contains("Fonderia Adda locatedIn Bergame"), made.toString());
        List<String> unit = relations(read("Elle dirige Lemarchand Italia, la filiale italienne du groupe, basée à Turin."));
        assertTrue(unit.contains("Lemarchand Italia locatedIn Turin"), unit.toString());
    }

    @Test
    void aStatesPressAbbreviationAndAnAppositionsKindOfPlacePlaceATown() {
        List<String> r = relations(read("Brakka Nitrogen will build a plant in Redwater, Alta., next year, and another in Batang, a regency in"
                + " Central Java."));
        assertTrue(r.contains("Redwater locatedIn Alberta"), r.toString());
        assertTrue(r.contains("Batang locatedIn Central Java"), r.toString());
        // a French article is no abbreviation of a state: "La" stays an article
        assertTrue(read("La Poste investit 5 millions d'euros à Lyon.").entities().stream().noneMatch(e -> e.label().equals("Louisiana")));
    }

    @Test
    void theTownBeforeAStateWrittenWithBasedIsTheSeat() {
        Extraction x = read("Separately, Princeton, New Jersey-based Danforth Pharma is paying $75 million upfront for Kalvo Bio.");
        assertEquals(Optional.of(EntityType.PLACE), typeOf(x, "Princeton"));
        List<String> r = relations(x);
        assertTrue(r.contains("Danforth Pharma locatedIn Princeton") && r.contains("Princeton locatedIn New Jersey"), r.toString());
    }
}

