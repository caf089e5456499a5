package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.extract.fact.ReadFacts.deals;
import static org.newsgraph.extract.fact.ReadFacts.read;
import static org.newsgraph.extract.fact.ReadFacts.typeOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * Whole-pipeline readings of phrasings that new articles use: names of plans and events, regions called
 * states, receivers named by a pronoun, a headline's place narrowed by the lead, employers of analysts.
 * Invented companies and people throughout.
 */
class PlansPronounsAndStatesTest {

    @Test
    void aPlanOrAnEventNamesNoEntityAndNeverGivesTheMoney() {
        Extraction x = read("Kestrel Robotics builds drones in Hillsboro. Under the Green Manufacturing Program, Oregon will give"
                + " Kestrel Robotics a $15 million grant.");
        assertEquals(List.of("Oregon -> Kestrel Robotics 15000000 USD"), deals(x));
        assertEquals(Optional.empty(), typeOf(x, "Green Manufacturing Program"));
        Extraction y = read("Maria Delgado, chief executive of Kestrel Robotics, spoke at the Future of Work Forum in Denver.");
        assertEquals(Optional.empty(), typeOf(y, "Future"));
        assertEquals(Optional.empty(), typeOf(y, "Work Forum"));
        Extraction z = read("La start-up Vélonova, lauréate du Prix Bercy Innovation, exposera au Salon Cyclorama de Lyon.");
        assertEquals(Optional.empty(), typeOf(z, "Prix Bercy Innovation"));
        assertEquals(Optional.empty(), typeOf(z, "Salon Cyclorama"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(z, "Vélonova"));
    }

    @Test
    void theStateOfANameThatIsAlsoACityIsTheRegion() {
        Extraction x = read("Pelican Systems will build a plant in the state of Washington, the company said.");
        assertEquals(Optional.of(EntityType.PLACE), typeOf(x, "Washington State"));
        assertEquals(Optional.empty(), typeOf(x, "Washington, D.C."));
        Extraction y = read("Pelican Systems will build a plant in Washington, near the White House, the company said.");
        assertEquals(Optional.of(EntityType.PLACE), typeOf(y, "Washington, D.C."));
    }

    @Test
    void aPronounBeforeTheFrenchVerbOrAfterTheEnglishOneReceivesTheMoney() {
        Extraction x = read("La start-up Vélonova veut doubler sa production. La Région Occitanie lui accordera une subvention de"
                + " 2 millions d'euros.");
        assertEquals(List.of("Occitanie -> Vélonova 2000000 EUR"), deals(x));
        Extraction y = read("La société Kestrel construit une usine à Lyon. L'État lui a versé une aide de 5 millions d'euros.");
        assertEquals(List.of("État -> Kestrel 5000000 EUR"), deals(y));
        // "leur" as a possessive is no receiver
        Extraction z = read("Les sociétés Kestrel et Brakka financent leur usine. Brakka investira 5 millions d'euros dans leur usine"
                + " de Lyon.");
        assertFalse(deals(z).stream().anyMatch(d -> d.startsWith("Brakka -> Kestrel")), deals(z).toString());
    }

    @Test
    void aHeadlinesWiderPlaceGivesWayToTheTownTheLeadNames() {
        Extraction x = read("Kestrel Robotics to invest $300 million in Oregon plant\n\nKestrel Robotics said on Tuesday it would invest"
                + " $300 million over five years in a new assembly plant in Hillsboro, Oregon.");
        assertEquals(List.of("Kestrel Robotics -> Hillsboro 300000000 USD"), deals(x));
    }

    @Test
    void theEmployerOfAnAnalystIsAnOrganizationAndAContinentsAdjectiveIsNone() {
        Extraction x = read("\"The price is fair,\" said Jo Kim, an analyst at Brackwell, a research house.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Brackwell"));
        Extraction y = read("« Le prix est raisonnable », estime Paul Girard, analyste chez Ordanne Finance.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(y, "Ordanne Finance"));
        Extraction z = read("Emma Lund heads the European division of Norlake Foods, which sells snacks.");
        assertEquals(Optional.empty(), typeOf(z, "European"));
    }

    @Test
    void nounsMayQualifyAProductsHeadNounAfterADeterminer() {
        Extraction x = read("Kestrel Robotics will also build the company's Osprey delivery drone at the plant.");
        assertEquals(Optional.of(EntityType.PRODUCT), typeOf(x, "Osprey"));
    }
}
