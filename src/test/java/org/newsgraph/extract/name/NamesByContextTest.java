package org.newsgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.name.FoundNames.ORG;
import static org.newsgraph.extract.name.FoundNames.PERSON;
import static org.newsgraph.extract.name.FoundNames.PLACE;
import static org.newsgraph.extract.name.FoundNames.PRODUCT;
import static org.newsgraph.extract.name.FoundNames.found;
import static org.newsgraph.extract.name.FoundNames.type;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.text.Document;

/** Unknown names typed by the words around them, on invented sentences. */
class NamesByContextTest {

    @Test
    void aNameBeforeACommaAndAKnownRegionIsAPlace() {
        assertEquals(PLACE, type("Zentrix builds its drones at a factory in Marlow Falls, Illinois, since 2019.", "Marlow Falls"));
        assertEquals(PLACE, type("The Brenford, Ohio-based company makes valves.", "Brenford"));
        assertEquals(PLACE, type("It will spend €2 billion on a plant in Kestrup, western Germany.", "Kestrup"));
        // a country after a comma is no sign without a preposition or a direction, nor one that starts a phrase
        assertEquals(Optional.empty(), type("Backers include Quellor, Germany and others.", "Quellor"));
        assertEquals(ORG, type("The loan came from Quellor, Germany's biggest lender.", "Quellor"));
    }

    @Test
    void placeWordsAroundANameMakeItAPlace() {
        assertEquals(PLACE, type("L'usine sera construite dans le Vardois, à deux heures de Lyon.", "Vardois"));
        assertEquals(PLACE, type("Basée à Kerlouan (Morvanais), la PME exporte partout.", "Kerlouan"));
        assertEquals(PLACE, type("Basée à Kerlouan (Morvanais), la PME exporte partout.", "Morvanais"));
        assertEquals(PLACE, type("The site lies in Tallow County, an hour from the capital.", "Tallow County"));
        assertEquals(PLACE, type("Zentrix has its headquarters in Brackwater and sells abroad.", "Brackwater"));
        assertEquals(PLACE, type("Le projet prévoit d'exploiter le gisement pétrolier de Morvel.", "Morvel"));
        assertEquals(PLACE, type("The turbines stand on the Kelsey coast.", "Kelsey"));
    }

    @Test
    void capitalsGluedToACurrencySignAreNoPlaceEvenInATitleCaseHeadline() {
        assertEquals(Optional.empty(), type("Zentrix Robotics Raises US$62 Million Series C to Bring Robots to Warehouses\n\nText.", "US"));
        assertEquals(Optional.empty(), type("Zentrix Robotics raised C$9 million from Brakka Capital.", "C"));
    }

    @Test
    void aNameBetweenAQuotationAndAVerbOfSpeechIsTheSpeakers() {
        assertEquals(PERSON, type("\"Brakka is paying for time,\" said Han Soo-bin, an analyst.", "Han Soo-bin"));
        assertEquals(PERSON, type("\"Brakka is paying for time,\" Zorvek Tallin said.", "Zorvek Tallin"));
        assertEquals(PERSON, type("« Nous changeons de taille », a déclaré Zorvek Tallin.", "Zorvek Tallin"));
    }

    @Test
    void adjectivesMayStandBetweenAProductAndItsNoun() {
        assertEquals(PRODUCT, type("Zentrix Robotics, the maker of the Kestrel autonomous forklift, raised money.", "Kestrel"));
    }

    @Test
    void aThingThatStandsSomewhereNamesItsPlace() {
        assertEquals(PLACE, type("Zentrix will open a distribution centre in Red Hollow next year.", "Red Hollow"));
        assertEquals(PLACE, type("The expansion will create 300 jobs in Marlowe, the company said.", "Marlowe"));
        assertEquals(PLACE, type("Le groupe ouvrira un magasin à Brévanne au printemps.", "Brévanne"));
        // a stake or an investment is in a company, not in a place
        assertNotEquals(PLACE, type("Globex Corp took a 10% stake in Brakka Labs last year.", "Brakka Labs"));
        assertNotEquals(PLACE, type("Globex Corp will invest in Brakka Labs, its partner.", "Brakka Labs"));
    }

    @Test
    void productsAreTypedByTheirMakerAndTheirNoun() {
        assertEquals(PRODUCT, type("Quellor, the maker of Brisko and Tandem, raised money.", "Brisko"));
        assertEquals(PRODUCT, type("Quellor, the maker of Brisko and Tandem, raised money.", "Tandem"));
        assertEquals(PRODUCT, type("Investors backed the Vorpal maker on Monday.", "Vorpal"));
        assertFalse(type("The deal will make Sorel Nusantara a wholly owned unit of the group.", "Sorel Nusantara").equals(PRODUCT));
        assertEquals(PRODUCT, type("Jeux Lumo, éditeur des Pirates du Lac, de Brindle et de Tocsin, est vendu.", "Brindle"));
        assertEquals(PRODUCT, type("The company makes the Z4X pickup and plans a cheaper Z5 next year.", "Z4X"));
        assertEquals(PRODUCT, type("The company makes the Z4X pickup and plans a cheaper Z5 next year.", "Z5"));
        assertEquals(PRODUCT, type("Teams draw on the Scrawl online whiteboard.", "Scrawl"));
        assertEquals(PRODUCT, type("Le groupe mise sur son système Tornade pour grandir.", "Tornade"));
        assertEquals(PRODUCT, type("It stopped work on its own rival app, Sketchly.", "Sketchly"));
    }

    @Test
    void organizationsAreTypedByTheirCountryTheirListAndTheirLegalForm() {
        assertEquals(ORG, type("Le contrat a été remporté par l'indien Varuna Orbital.", "Varuna Orbital"));
        assertEquals(ORG, type("L'entreprise a cédé sa part au sud-africain Kopano.", "Kopano"));
        assertEquals(ORG, type("Pressure came from activist investors Tarrow Management and Brill Value.", "Brill Value"));
        assertEquals(ORG, type("Le robot équipe des clients comme Marvio, Toulba et Kestrel.", "Toulba"));
        assertEquals(ORG, type("Shares of Pell Grain and Co. rose after the results.", "Pell Grain and Co"));
        assertEquals(ORG, type("The Fishing and Coasts Authority opened an inquiry.", "Fishing and Coasts Authority"));
        assertEquals(ORG, type("The family controls the group through its holding company, Varnel.", "Varnel"));
        Map<String, NameMention> names = found("They ate at Brindle Mexican Grill in town.");
        assertTrue(names.containsKey("Brindle Mexican Grill"), names.keySet().toString());
    }

    @Test
    void personsAreTypedByTheirParticlesAgeAndClauses() {
        assertEquals(PERSON, type("Le ministre Hugo Le Ferrec a parlé.", "Hugo Le Ferrec"));
        assertEquals(PERSON, type("The plan was backed by Greta von der Mahl on Monday.", "Greta von der Mahl"));
        assertEquals(PERSON, type("Ryan D'Ostrava runs the parks unit.", "Ryan D'Ostrava"));
        assertEquals(PERSON, type("The board is chaired by Velmira Toskic, who joined in 2019.", "Velmira Toskic"));
        assertEquals(PERSON, type("The unit is run by Oskarin Drell, 52, a former banker.", "Oskarin Drell"));
        assertEquals(PERSON, type("He will succeed Tarvin Osei as chief executive in May.", "Tarvin Osei"));
    }

    @Test
    void whatAVerbOwnsOrRunsIsAnOrganization() {
        assertEquals(ORG, type("Kessler, who previously ran Dunmore Foods, took over.", "Dunmore Foods"));
        assertEquals(ORG, type("Le groupe, qui possède également Brevan, Mollet et Tirasse, recule.", "Mollet"));
        assertEquals(ORG, type("Faulty engines supplied by Harrow & Vane grounded the fleet.", "Harrow & Vane"));
        assertEquals(ORG, type("Rival Blue Tansy filed for bankruptcy in May.", "Blue Tansy"));
    }

    @Test
    void frenchInstitutionsRunToTheirEndAndNoFurther() {
        Map<String, NameMention> names = found("Le Conseil national du livre et de l’image animée (CNLI) et la Fédération nationale des libraires ont signé.");
        assertTrue(names.containsKey("Conseil national du livre et de l’image animée"), names.keySet().toString());
        assertTrue(names.containsKey("Fédération nationale des libraires"), names.keySet().toString());
        Map<String, NameMention> stock = found("L'offre vaut le double du cours de Bourse de Tavrel, introduit en Bourse en 2019.");
        assertFalse(stock.keySet().stream().anyMatch(n -> n.startsWith("Bourse")), stock.keySet().toString());
        assertEquals(ORG, type("La Bourse de Varnes a chuté lundi.", "Bourse de Varnes"));
    }

    @Test
    void gluedAndKnownHeadedNames() {
        assertTrue(found("Les abonnés de Vizio+ ont reçu un message.").containsKey("Vizio+"));
        // a known company's name with a word that is no unit, place or legal form names its product
        assertEquals(PRODUCT, type("Sales of the Airbus Zephyrine rose.", "Airbus Zephyrine"));
        assertEquals(ORG, type("Sales of Airbus Canada rose.", "Airbus Canada"));
    }

    @Test
    void lawsAndParticiplesEndNoName() {
        Map<String, NameMention> names = found("The Clean Rivers and Ports Act passed.");
        assertFalse(names.keySet().stream().anyMatch(n -> n.contains("Act")), names.keySet().toString());
        Map<String, NameMention> fr = found("Le texte a été transmis à la Commission chargée des marchés.");
        assertFalse(fr.containsKey("Commission chargée des marchés"), fr.keySet().toString());
    }

    @Test
    void aNameThatNothingTypesIsNoEntityEvenRepeated() {
        String text = "Tavrel va recruter. Le groupe a annoncé que Tavrel ouvrira un bureau. Les salariés de Tavrel sont contents.";
        List<Entity> entities = Pipeline.standard().extract(Document.of(text)).entities();
        assertTrue(entities.stream().noneMatch(e -> e.label().equals("Tavrel")), entities.toString());
        String typed = "La start-up Tavrel va recruter.";
        assertTrue(Pipeline.standard().extract(Document.of(typed)).entities().stream()
                .anyMatch(e -> e.label().equals("Tavrel") && e.type() == EntityType.ORGANIZATION));
    }

    /** The dictionary tells an opening adverb from a name even when an apposition follows it. */
    @Test
    void aSentenceOpeningCommonWordBeforeAnAppositionIsNoName() {
        assertFalse(found("Parallèlement, l'armateur marocain Kestrel Maritima investira 20 millions d'euros à Dakar.\n")
                .containsKey("Parallèlement"));
        assertFalse(found("Meanwhile, the shipping group Kestrel Maritima will invest $20 million in Dakar.\n")
                .containsKey("Meanwhile"));
        assertEquals(ORG, type("Vantorix, the shipping group, will invest $20 million in Dakar.\n", "Vantorix"),
                "an unknown name before an apposition is still a name");
    }
}
