package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.positions;
import static org.newsgraph.extract.fact.ReadFacts.read;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * Posts given by a verb whose agent or object the sentence does not spell out as a name, and posts with no
 * organization written, read in the story's frame. Invented companies and people throughout.
 */
class PositionVerbsAndFramesTest {

    @Test
    void theAgentOfAPostGivingVerbIsAPersonEvenWithAnUnknownGivenName() {
        Extraction x = read("Brekke Marine, which is chaired by Tormod Rasch, has sold two older ferries.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Tormod Rasch") && e.type() == EntityType.PERSON),
                x.entities().toString());
        assertEquals(List.of("Tormod Rasch @ Brekke Marine"), positions(x));
    }

    @Test
    void anHonorificOrATitleMayStandBetweenByAndTheName() {
        assertEquals(List.of("Majid Al Nuaimi @ Rustam Industries"), positions(read(
                "Rustam Industries is chaired by Sheikh Majid Al Nuaimi, a former banker.")));
        assertEquals(List.of("Karl Brunner @ Ostbahn Logistik"), positions(read(
                "Ostbahn Logistik is chaired by Mr. Karl Brunner.")));
    }

    @Test
    void aSecondVerbOfTheSubjectKeepsItsSubject() {
        Extraction x = read("Halvorsen Kraft was set up in 2015 by Petter Lunde, a former Oslo University researcher, and is now"
                + " led by President Kari Moen, who joined from a bank in 2021.");
        assertEquals(List.of("Kari Moen @ Halvorsen Kraft", "Petter Lunde @ Halvorsen Kraft"), positions(x));
        assertEquals(List.of("Henri Lemarchand @ Lemarchand Industries"), positions(read(
                "Lemarchand Industries fabrique des pièces forgées. Le groupe a été fondé et est toujours présidé par l'homme"
                        + " d'affaires Henri Lemarchand.")));
    }

    @Test
    void theBoardOfANamedCompanyOrTheCompanyOfTheStoryIsChairedByItsChair() {
        assertEquals(List.of("Gwendal Moor @ Kerlan Robotics"), positions(read(
                "Kerlan Robotics will build a plant in Lorient. Kerlan Robotics's board, chaired by Gwendal Moor, approved the plan.")));
        assertEquals(List.of("Hilde Arnesen @ Fjordkraft Marine"), positions(read(
                "Fjordkraft Marine raised $40 million on Monday. The company is chaired by Hilde Arnesen, a former banker.")));
        assertEquals(List.of("Hilde Arnesen @ Fjordkraft Marine"), positions(read(
                "Fjordkraft Marine raised $40 million on Monday. The board is chaired by Hilde Arnesen, a former banker.")));
    }

    @Test
    void aHyphenatedOrSecretarialTitleSplitsABodyFromItsHolder() {
        Extraction x = read("The plan was approved on Monday, Bureau of Industrial Review Director-General Wu Chia-ling told reporters."
                + " Investment Board Executive Secretary Lee Ming-chu said more would follow.");
        assertEquals(List.of("Lee Ming-chu @ Investment Board", "Wu Chia-ling @ Bureau of Industrial Review"), positions(x));
    }

    @Test
    void aPublicBodyNamedByItsHeadNounIsTheBodyOfThatNameNotTheCompanyBefore() {
        String story = "Turkey's Competition Authority fined Meram Dairy 40 million liras on Tuesday. The authority, headed by"
                + " Birol Aksan, has imposed fines on 12 companies this year.";
        assertEquals(List.of("Birol Aksan @ Competition Authority"), positions(read(story)));
        assertEquals(List.of(), positions(read("Brekke Marine sold two ferries. The authority, headed by Birger Dahl, fined"
                + " three companies this year.")), "no body of that name: no post");
    }

    @Test
    void whoRunsTheCompanyIsTheStorysCompany() {
        assertEquals(List.of("Bastien Lacoste @ Recyclium"), positions(read(
                "Recyclium, une start-up de Grenoble, a levé 5 millions d'euros. « Nous récupérons tout », affirme Bastien Lacoste,"
                        + " qui dirige l'entreprise depuis 2022.")));
        assertEquals(List.of("Dana Whitlock @ Fernhill Robotics"), positions(read(
                "Fernhill Robotics raised $12 million on Monday. Dana Whitlock, who has run the company since 2019, said it was"
                        + " profitable.")));
    }

    @Test
    void anAdverbMayOpenTheApposition() {
        assertEquals(List.of("Anne Leroy @ Lemarchand Italia"), positions(read(
                "Il sera remplacé par Anne Leroy, actuellement directrice financière de Lemarchand Italia, la filiale italienne.")));
    }

    @Test
    void aTitleWithNoOrganizationIsTheStorysCompanyWhateverTheQuoteNames() {
        Extraction x = read("Vandamme Coatings a publié jeudi des résultats annuels. Vandamme rachète Aalst Verven. « Aalst Verven nous"
                + " ouvre le marché des ponts », a expliqué l'administrateur délégué, Bart Vermeulen. Le CFO, Koen Maes, quittera ses"
                + " fonctions fin juin.");
        assertEquals(List.of("Bart Vermeulen @ Vandamme Coatings", "Koen Maes @ Vandamme Coatings"), positions(x));
    }

    @Test
    void anAcronymInParenthesesMayFollowTheOrganizationAndACountryEndItsName() {
        assertEquals(List.of("Mariam Fall @ Investment Promotion Agency"), positions(read(
                "The director general of the Investment Promotion Agency (IPA), Mariam Fall, welcomed the investor.")));
        Extraction x = read("La directrice générale du Centre de promotion des investissements en Côte d'Ivoire (CEPRI), Awa Koné,"
                + " a salué l'accord.");
        assertEquals(List.of("Awa Koné @ Centre de promotion des investissements en Côte d'Ivoire"), positions(x));
    }

    @Test
    void aFamilyNameInCapitalsBeforeTheGivenNameIsAPersonAndAPrefectHoldsHisRegion() {
        Extraction x = read("Le préfet de la région du Gbêkê, TOURÉ Mamadou Lamine, a invité les jeunes à saisir cette chance.");
        assertEquals(Optional.of(EntityType.PERSON), ReadFacts.typeOf(x, "TOURÉ Mamadou Lamine"));
        assertEquals(List.of("TOURÉ Mamadou Lamine @ Gbêkê"), positions(x));
    }

    @Test
    void aCompanyNamedForItsTradeIsNoPerson() {
        Extraction x = read("Le forgeron Aurea Forgings rachète un fondeur italien. Claire Bodin, présidente du directoire d'Aurea"
                + " Forgings, s'en félicite.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Aurea Forgings") && e.type() == EntityType.ORGANIZATION),
                x.entities().toString());
        assertEquals(List.of("Claire Bodin @ Aurea Forgings"), positions(x));
    }
}
