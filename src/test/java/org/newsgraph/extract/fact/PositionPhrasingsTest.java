package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.positions;
import static org.newsgraph.extract.fact.ReadFacts.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Whole-pipeline readings of the ways the press gives a person's post. Invented companies and people throughout. */
class PositionPhrasingsTest {

    @Test
    void theLinkAfterATitleOpensNoName() {
        Extraction x = read("La cérémonie s'est tenue en présence du P-DG du Groupe Verlaine Industries, Karim Adjani.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().startsWith("du ")), x.entities().toString());
        assertEquals(List.of("Karim Adjani @ Groupe Verlaine Industries"), positions(x));
    }

    @Test
    void regionalOfficesOfOtherCountriesArePlaced() {
        assertEquals(List.of("Rachid Benslim @ Oran"), positions(read(
                "Le projet a été présenté en présence du wali d'Oran, Rachid Benslim, et des élus locaux.")));
        assertEquals(List.of("Lieve Maertens @ Gand"), positions(read(
                "« Le port change d'échelle », a déclaré le bourgmestre de Gand, Lieve Maertens.")));
    }

    @Test
    void aCompanysBoardIsNoOrganizationAndItsPostsAreTheCompanys() {
        Extraction x = read("Tarlow Robotics said its board of directors had appointed Mara Quist as chief executive officer. \"Mara has"
                + " built two businesses,\" said Inge Dahl, Chair of the Board. Tarlow makes warehouse robots. Olav Brekke, a board"
                + " member since 2021, will step down.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equalsIgnoreCase("board")), x.entities().toString());
        assertEquals(List.of("Inge Dahl @ Tarlow Robotics", "Mara Quist @ Tarlow Robotics", "Olav Brekke @ Tarlow Robotics"), positions(x));
        assertEquals(List.of("Mara Quist @ Tarlow Robotique"), positions(read(
                "Le conseil d'administration de Tarlow Robotique a nommé Mara Quist directrice générale, à compter du 1er juin.")));
    }

    @Test
    void aPassiveAboutTheGroupOrItsBoardIsAboutTheCompanyBefore() {
        assertEquals(List.of("Henri de Valbrune @ Brellac", "Inge Dahl @ Brellac"), positions(read(
                "La société Brellac fabrique des robots d'entrepôt à Lyon. Le groupe, présidé par Inge Dahl, emploie 300 personnes."
                        + " Le conseil de surveillance, présidé par Henri de Valbrune, a approuvé la nomination.")));
        assertEquals(List.of("Inge Dahl @ Tarlow Robotics"), positions(read(
                "Tarlow Robotics, which is chaired by Inge Dahl, makes warehouse robots.")));
    }

    @Test
    void titlesJoinedShareTheirComplementAndHonorificsAreNoName() {
        Extraction x = read("H.E. Saeed Al Marri, Minister of Economy, and Hana Ruiz, Managing Director and Group CEO of Pelton Capital,"
                + " signed the agreement.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().contains("H.E.") || e.label().contains("Group CEO")), x.entities().toString());
        assertTrue(positions(x).contains("Hana Ruiz @ Pelton Capital"), positions(x).toString());
    }

    @Test
    void aSpeakerAfterAnAbbreviatedHonorificIsThePerson() {
        Extraction x = read("Corlane Therapeutics has appointed Dr. Ingrid Halsen as chief executive officer.\n\n\"I am honored to join"
                + " Corlane,\" said Dr. Halsen. \"It is a fine team,\" said Mr. Brunner, the chair.");
        List<String> speakers = x.quotes().stream().map(q -> q.speaker().map(id -> ReadFacts.label(x, id)).orElse("?")).toList();
        assertEquals(List.of("Ingrid Halsen", "Brunner"), speakers);
    }

    @Test
    void aTitleOfANameWithItsShortFormInParentheses() {
        assertEquals(List.of("Amadou Kéita @ Verrerie du Sahel"), positions(read(
                "Le nouveau directeur général de la Verrerie du Sahel (Versah), Amadou Kéita, a été installé hier à Bamako.")));
    }

    @Test
    void aFrenchPluralTitleInAuxIsSharedByTheNamesAfterIt() {
        Extraction x = read("Brakka Ciments investit 20 milliards de FCFA à Douala. Brakka Ciments produit du ciment depuis 1990. "
                + "Les directeurs généraux adjoints, Fatou Ndiaye et Moussa Coulibaly, ont été confirmés dans leurs fonctions.");
        assertEquals(List.of("Fatou Ndiaye @ Brakka Ciments", "Moussa Coulibaly @ Brakka Ciments"), positions(x));
        // "produit" before its object is the verb: the company stays an organization
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Brakka Ciments")
                && e.type() == org.newsgraph.extract.EntityType.ORGANIZATION), x.entities().toString());
    }

    @Test
    void aPortfolioBetweenAMinistersTitleAndNameIsNoName() {
        Extraction x = read("Brakka Glass will invest $20 million in Kilifi, Kenya. Brakka Glass makes glass. Cabinet Secretary for Trade"
                + " Paul Kamau said the plant was welcome. Kenya's Cabinet Secretary for Investments, Trade and Industry Rebecca Mutua"
                + " said it would supply the region.");
        assertEquals(List.of("Paul Kamau @ Kenya", "Rebecca Mutua @ Kenya"), positions(x));
        Extraction ie = read("Brakka Medical will hire 200 people in Cork, Ireland. Minister for Enterprise, Tourism and Employment"
                + " Niamh Casey said the jobs were welcome.");
        assertEquals(List.of("Niamh Casey @ Ireland"), positions(ie));
    }

    @Test
    void aTitleThatOpensTheSentenceIsNoStopWord() {
        Extraction x = read("Erie County will lend $5 million to Brakka Steel. County Executive Maria Delgado said the vote was historic.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Maria Delgado")
                && e.type() == org.newsgraph.extract.EntityType.PERSON), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().startsWith("Executive")), x.entities().toString());
    }

    @Test
    void aSeatOnTheBoardIsAPositionInTheCompanyAndAPartnerAtAFirmNoPartnership() {
        Extraction x = read("Brakka Robotics raised $40 million. Brakka Robotics makes weeding robots. Ruth Gorman, a partner at Lismore"
                + " Capital, will join the Brakka Robotics board. Anders Brekke, Managing Partner at Nordkap Ventures, will join"
                + " Brakka Robotics' Board of Directors.");
        assertEquals(List.of("Anders Brekke @ Brakka Robotics", "Anders Brekke @ Nordkap Ventures", "Ruth Gorman @ Brakka Robotics",
                "Ruth Gorman @ Lismore Capital"), positions(x));
        assertTrue(x.relations().isEmpty(), x.relations().toString());
        assertEquals(List.of("Rachel Kimura @ Brakka Santé", "Rachel Kimura @ Harbourline Ventures"), positions(read(
                "Brakka Santé lève 20 millions d'euros. Brakka Santé conçoit des capteurs. Rachel Kimura, associée directrice chez"
                + " Harbourline Ventures, siégera au conseil d'administration de Brakka Santé.")));
    }

    @Test
    void theCofoundersAFounderFoundedTheCompanyWith() {
        assertEquals(List.of("Maria Olsen @ Brakka Robotics", "Tomas Berg @ Brakka Robotics"), positions(read(
                "Brakka Robotics makes weeding robots. Maria Olsen co-founded Brakka Robotics in 2019 with Tomas Berg.")));
        assertEquals(List.of("Anders Nyqvist @ Brakka Robotics"), positions(read(
                "Brakka Robotics makes weeding robots. She founded Brakka Robotics in 2019 with a former colleague, Anders Nyqvist.")));
        assertEquals(List.of("Isabelle Nadeau @ Brakka Santé", "Karim Haddad @ Brakka Santé"), positions(read(
                "Fondée en 2018 par Isabelle Nadeau et l'ingénieur Karim Haddad, Brakka Santé compte 110 employés.")));
    }

    @Test
    void aRelativeClauseAfterAnAppositionIsAboutThePersonItDescribes() {
        assertEquals(List.of("Linnea Berg @ Kalvo Boards"), positions(read(
                "Kalvo Boards makes insulation. Linnea Berg, 47, a former forestry engineer who now heads Kalvo Boards, said the plant"
                + " would open.")));
        assertEquals(List.of("Antoine Petit @ Kalvo Robotique"), positions(read("Kalvo Robotique investit 20 millions à Lyon. Kalvo"
                + " Robotique fabrique des vannes. « Nous sommes prêts », explique Antoine Petit, 52 ans, ancien cadre de l'aéronautique"
                + " qui dirige l'entreprise familiale depuis 2019.")));
        // the one succeeded held the post before: no position
        assertEquals(List.of("Younes Kalvo @ Moulins Brakka"), positions(read("Moulins Brakka engagera 1,2 milliard de dirhams."
                + " Moulins Brakka produit de la farine. Son président du directoire, Younes Kalvo, qui a succédé l'an dernier à son"
                + " oncle Driss Kalvo à la tête de l'entreprise familiale, y voit une réponse.")));
    }
}

