package org.newsgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.name.FoundNames.PERSON;
import static org.newsgraph.extract.name.FoundNames.PLACE;
import static org.newsgraph.extract.name.FoundNames.found;
import static org.newsgraph.extract.name.FoundNames.type;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;

/** Sites named like companies, governments named by a common noun, portfolios and honorifics, on invented sentences. */
class SitesAndGovernmentsTest {

    private static final PublicBodyFinder BODIES = new PublicBodyFinder(Gazetteer.bundled());

    private static List<String> bodies(String text) {
        return BODIES.find(Document.of(text)).stream().map(NameMention::surface).toList();
    }

    @Test
    void aNameClosedByADesignatorAndToldASiteIsAPlace() {
        assertEquals(PLACE, type("Voltaris plans to sell half of its Kelmor Bay B offshore wind farm next year.", "Kelmor Bay B"));
        assertEquals(PLACE, type("The cost of the planned Brackwater C plant rose again.", "Brackwater C"));
        assertEquals(PLACE, type("Voltaris said its Tarrow 2 reactor would start in 2031.", "Tarrow 2"));
        assertEquals(PLACE, type("Voltaris owns half of Dunmere 3 & 4, a 900-megawatt wind farm off the coast.", "Dunmere 3 & 4"));
        assertEquals(PLACE, type("Voltaris has raised the cost of Penholt Ridge C, the nuclear power station it is building.", "Penholt Ridge C"));
        assertEquals(PLACE, type("Voltaris a relevé le coût du réacteur Gravelin 2, en Normandie.", "Gravelin 2"));
        assertEquals(PLACE, type("La centrale Morvan Sud B produira dès 2030.", "Morvan Sud B"));
        assertEquals(PLACE, type("Voltaris sold its Hollin One wind farm to a fund.", "Hollin One"));
    }

    @Test
    void aDesignatorWithoutASiteNounMakesNoPlace() {
        assertFalse(found("Zentrix closed its Series B round with Quellor Capital.").containsKey("Series B"));
        assertEquals(Optional.empty(), type("Gamers bought Starfall 2 in record numbers.", "Starfall 2"));
        // a plain company before a plant's noun keeps its reading: "the Quellor plant" is Quellor's
        assertFalse(type("The Quellor plant near the river employs 300 people.", "Quellor").equals(PLACE));
        // a year is no site number
        assertFalse(found("Zentrix opened its Marlow plant in March 2021 with a farm nearby.").containsKey("March 2021"));
    }

    @Test
    void aGovernmentNamedByACommonNounIsABody() {
        assertEquals(List.of("French state"), bodies("The group was nationalised when the French state bought out minority holders."));
        assertEquals(List.of("federal government"), bodies("Norvania's federal government will provide 500 million euros."));
        assertEquals(List.of("British government"), bodies("The British government took a 20% stake in the plant."));
        assertEquals(List.of("État fédéral"), bodies("L'aide sera apportée par l'État fédéral et par la région."));
        assertEquals(List.of("État français"), bodies("Y participeront l'État français et deux fonds."));
        // "state" that qualifies a noun, or a state "of" a place, names no government
        assertTrue(bodies("Zentrix won French state aid for its plant.").isEmpty());
        assertTrue(bodies("Zentrix builds in the federal state of Norvania.").isEmpty());
        assertTrue(bodies("L'État de Kelmor attire les usines.").isEmpty());
    }

    @Test
    void aPortfolioBeforeAMinistersTitleIsNoOrganization() {
        Map<String, NameMention> found = found("The deal was backed by Transport Minister Jane Okoro. Energy Secretary Paul Renn agreed.");
        assertFalse(found.containsKey("Transport"));
        assertFalse(found.containsKey("Energy"));
        assertEquals(PERSON, type("The deal was backed by Transport Minister Jane Okoro. Energy Secretary Paul Renn agreed.", "Jane Okoro"));
    }

    @Test
    void aPrinceIsAPerson() {
        assertEquals(PERSON, type("The stake belongs to Prince Faris bin Nawaf, who invested early.", "Faris bin Nawaf"));
    }

    @Test
    void anOceanIsAPlace() {
        assertEquals(PLACE, type("Makers are being lured across the Atlantic by subsidies.", "Atlantic"));
    }

    @Test
    void aLegislativeOrCountyTitleSplitsTheRun() {
        String text = "Senate Majority Leader Tom Harlow backed the bill. Tallow County Executive Rita Vance said the county needs homes.";
        assertEquals(PERSON, type(text, "Tom Harlow"));
        assertEquals(PERSON, type(text, "Rita Vance"));
        assertEquals(PLACE, type(text, "Tallow County"));
    }

    @Test
    void aNameBetweenAPossessiveAndASiteNounIsAPlace() {
        assertEquals(PLACE, type("The plant lies 40 miles north of Zentrix's Marlowton headquarters, near the river.", "Marlowton"));
        assertEquals(PLACE, type("Zentrix said its rival's Brenford plant would close.", "Brenford"));
    }

    @Test
    void twoWordsAndAPlacesClosingWordAreOnePlace() {
        assertEquals(PLACE, type("The site is part of the Kestrel Research and Innovation District, near the airport.",
                "Kestrel Research and Innovation District"));
        Map<String, NameMention> found = found("Zentrix hires in Marlow Falls and Tallow County this year.");
        assertTrue(found.containsKey("Marlow Falls"));
        assertTrue(found.containsKey("Tallow County"));
    }

    @Test
    void aFrenchSiteKeepsItsLowerCaseHead() {
        assertEquals(PLACE, type("Le sommet se tient lundi au château de Morvaux avec le président.", "château de Morvaux"));
        assertEquals(PLACE, type("Les opposants défendent la forêt des Brandes depuis un an.", "forêt des Brandes"));
        assertFalse(found("Le sommet se tient lundi au château de Morvaux avec le président.").containsKey("Morvaux"));
    }

    @Test
    void anOwnersSiteNamesAPlaceInFrench() {
        assertEquals(PLACE, type("Le groupe a annoncé lundi depuis son siège de Kerlouan un accord.", "Kerlouan"));
        assertEquals(PLACE, type("Zentrix agrandit son usine de Morvel.", "Morvel"));
    }

    @Test
    void aPatronymicParticleMakesAPerson() {
        assertEquals(PERSON, type("Le fonds est dirigé par Karim bin Saleh Al-Nouri.", "Karim bin Saleh Al-Nouri"));
        assertEquals(PERSON, type("Il a reçu l'émir, cheikh Faris ben Nawaf Al Sabri.", "Faris ben Nawaf Al Sabri"));
    }

    @Test
    void twoNamesPairedByAnAmpersandAreNoPerson() {
        assertFalse(type("Zentrix owns Peter & Jane, the ice-cream maker.", "Peter & Jane").equals(PERSON));
    }

    @Test
    void aCountryBeforeACompanysClosingWordStaysInTheName() {
        Map<String, NameMention> found = found("Le club a été racheté par Chile Copper Investments en 2011.");
        assertTrue(found.containsKey("Chile Copper Investments"));
    }

    @Test
    void aTwoWordPlaceHeadWinsOverItsLastWord() {
        assertEquals(PLACE, type("Le champ gazier Kerval Profond sera exploité dès 2026.", "Kerval Profond"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), type("Le gazier Norvatek investit.", "Norvatek"));
    }

    @Test
    void anAcronymOfADescribedPlanOrLawIsNoEntity() {
        assertFalse(found("Le pays a signé un « partenariat pour une énergie propre » (PEP) annoncé jeudi.").containsKey("PEP"));
        assertFalse(found("The state passed a law on clean heating (CHL) last year.").containsKey("CHL"));
        assertTrue(found("La Banque kervalienne de développement (BKD) prête 20 millions.").containsKey("BKD"));
    }
}
