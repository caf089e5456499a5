package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.deals;
import static org.newsgraph.extract.fact.ReadFacts.label;
import static org.newsgraph.extract.fact.ReadFacts.positions;
import static org.newsgraph.extract.fact.ReadFacts.read;
import static org.newsgraph.extract.fact.ReadFacts.relations;
import static org.newsgraph.extract.fact.ReadFacts.typeOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * Whole-pipeline readings of phrasings found in new articles: founders in an opening participle, people by
 * the noun in apposition, names with "de", codes and indices before numbers, institutions called by their
 * head, abbreviated titles, loans, grants given "par X", a bought company named by a pronoun. Invented
 * companies and people throughout.
 */
class FoundersLoansAndShortNamesTest {

    @Test
    void foundersInAnOpeningParticipleFoundTheSentencesSubject() {
        assertEquals(List.of("Camille Ferrand @ Brivelle", "Hugo Lestrade @ Brivelle"), positions(read(
                "Fondée en 2020 par Camille Ferrand et Hugo Lestrade, ingénieurs agronomes, Brivelle conçoit des panneaux isolants.")));
        assertEquals(List.of("Véra Tremblin @ Litrex Matériaux"), positions(read(
                "Fondée en 2021 à Sherbrooke par la chimiste Véra Tremblin, Litrex Matériaux a mis au point un procédé.")));
        assertEquals(List.of("Gordon Marsh @ Quarrow Foods"), positions(read(
                "Founded in 1987 by Gordon Marsh above a shop in Leeds, Quarrow Foods now employs 5,200 people.")));
    }

    @Test
    void aNounForAPersonInAppositionMakesAPersonAndItsEmployerAnOrganization() {
        Extraction x = read("\"The price is fair,\" said Priya Sandal, an analyst at broker Lindmoor Rowe.");
        assertEquals(Optional.of(EntityType.PERSON), typeOf(x, "Priya Sandal"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Lindmoor Rowe"));
        Extraction y = read("« Le prix est juste », estime Mireille Sandor, économiste chez Brevane Gestion.");
        assertEquals(Optional.of(EntityType.PERSON), typeOf(y, "Mireille Sandor"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(y, "Brevane Gestion"));
    }

    @Test
    void namesWithDeStayWhole() {
        assertEquals(Optional.of(EntityType.PERSON), typeOf(read("\"The numbers work,\" says Maarten de Wilde, the fleet director."),
                "Maarten de Wilde"));
        Extraction x = read("Armor Flotteurs, filiale du groupe Ligérienne de Construction Navale, investira 22 millions d'euros.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Ligérienne de Construction Navale")), x.entities().toString());
        // "De son côté, X": a sentence's opening phrase is no apposition that types the name
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(read("De son côté, Armor Flotteurs, filiale du groupe Brenvel,"
                + " investira 22 millions d'euros à Lorient."), "Armor Flotteurs"));
    }

    @Test
    void codesZonesAndIndicesBeforeNumbersNameNothing() {
        Extraction x = read("Tarrow Foods, a member of the FTSE 250 index, rose 35% by 0915 GMT. Solberg Marine booked revenue of NOK 1.1"
                + " billion, and Enova, the state climate agency, has granted Fjordvik NOK 60 million.");
        for (String none : List.of("FTSE", "GMT", "NOK", "Fjordvik NOK")) {
            assertEquals(Optional.empty(), typeOf(x, none), none);
        }
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Enova"));
        assertEquals(List.of("Enova -> Fjordvik 60000000 NOK"), deals(x));
    }

    @Test
    void anInstitutionsHeadAloneIsThatInstitutionAndANumberOrAVerbEndsItsName() {
        Extraction x = read("La Région Armorique et le Département du Morvenn ont voté une enveloppe. La Région apportera 6 millions"
                + " d'euros, le Département 4,5 millions. Le ministère de l'Environnement délivre les autorisations.");
        for (String none : List.of("Région", "Département 4", "ministère de l'Environnement délivre")) {
            assertEquals(Optional.empty(), typeOf(x, none), none);
        }
        assertTrue(typeOf(x, "ministère de l'Environnement").isPresent(), x.entities().toString());
    }

    @Test
    void anAbbreviatedTitleTakesItsFullStop() {
        assertEquals(List.of("Greg Abbott @ Texas"), positions(read("Texas Gov. Greg Abbott welcomed the plant.")));
    }

    @Test
    void aLoanIsNoInvestmentButAPackageOfLoansAndGrantsIs() {
        Extraction x = read("Pour financer l'opération, Aérovane a obtenu un prêt de 300 millions d'euros auprès d'un pool de banques."
                + " Le groupe est prêt à investir 50 millions d'euros dans une usine à Toulouse.");
        assertEquals(List.of("Aérovane -> Toulouse 50000000 EUR"), deals(x));
        assertEquals(List.of(), deals(read("Tarrow Foods said the deal would be funded from cash and a £150 million revolving credit"
                + " facility.")));
    }

    @Test
    void aGrantGivenByANamedBodyGoesToTheCompanyOfTheStory() {
        Extraction x = read("La start-up Isolvane lève 12 millions d'euros. Cette opération s'accompagne d'une subvention de 2 millions"
                + " d'euros accordée par l'ADEME dans le cadre du plan France 2030.");
        // the agency is known by name: its label is the gazetteer's
        assertTrue(deals(x).contains("Ademe -> Isolvane 2000000 EUR"), deals(x).toString());
    }

    @Test
    void aPronounAfterABuyingVerbIsTheCompanyTheClauseIsAbout() {
        Extraction x = read("Arvane Steelworks, a steelmaker, makes rail in Pueblo. Arvane has been a subsidiary of Mexican steel group"
                + " Grupo Ferrano since 2019, when Ferrano bought it out of bankruptcy for $95 million.");
        assertEquals(List.of("Grupo Ferrano -> Arvane Steelworks 95000000 USD"), deals(x));
    }

    @Test
    void theLastNounOfAnEnglishCompoundTypesTheApposition() {
        Extraction x = read("Fjordvik bought 25% of the yard, and Enova, the state climate agency, praised the deal.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Enova"));
        Extraction y = read("Quarrow makes Unbound Forge, the software that developers use to build games.");
        assertEquals(Optional.of(EntityType.PRODUCT), typeOf(y, "Unbound Forge"));
    }

    @Test
    void aFoundersSurnameInACompanysPlaceIsTheCompany() {
        Extraction x = read("Tarvel Group will buy Quaymoor Foods for 150 million pounds.\n\n\"Quaymoor gives us a seafood kitchen,\""
                + " Tarvel Chief Executive Helen Marsden said.\n\nHenrik Aasland, Tarvel's Chief Financial Officer, admits the margins"
                + " are thin. \"The first hulls are never the profitable ones,\" he says.\n\nGordon Tarvel founded the group in 1987.");
        assertEquals(List.of("Helen Marsden @ Tarvel Group", "Henrik Aasland @ Tarvel Group"), positions(x).stream()
                .filter(p -> !p.startsWith("Gordon")).toList());
        assertTrue(x.quotes().stream().anyMatch(q -> q.speaker().map(id -> label(x, id)).orElse("").equals("Henrik Aasland")),
                x.quotes().toString());
    }

    @Test
    void anUnknownPresidentInACompanyStoryHeadsTheCompanyNotTheState() {
        Extraction x = read("TOKYO -- Sakurano Chemical will invest 45 billion yen in a new plant in Kikuyo.\n\nSakurano Chemical makes"
                + " photoresists.\n\n\"Our customers want their materials made nearby,\" President Hiroshi Kanemura told Nikkei.");
        assertEquals(List.of("Hiroshi Kanemura @ Sakurano Chemical"), positions(x));
    }

    @Test
    void anInstitutionsListOfPortfoliosIsOneName() {
        Extraction x = read("Sakurano Chemical will receive a subsidy of up to 15 billion yen from the Ministry of Economy, Trade and"
                + " Industry, which has been using its budget.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Ministry of Economy, Trade and Industry"));
        assertEquals(Optional.empty(), typeOf(x, "Trade"));
    }

    @Test
    void aCopulaStatesThatACompanyIsAUnitOfAnother() {
        assertEquals(List.of("Arvane Steel Inc partOf Grupo Ferrano"), relations(read("Arvane Steel Inc. is a subsidiary of Grupo Ferrano.")));
        assertEquals(List.of("Arvane Steel Inc partOf Grupo Ferrano"), relations(read(
                "Arvane Steel Inc. has been a subsidiary of Grupo Ferrano since 2019.")));
        assertEquals(List.of(), relations(read("Arvane Steel Inc. is a supplier of Grupo Ferrano.")));
    }

    @Test
    void aLongerNamesFirstWordOpeningASentenceIsThatName() {
        Extraction x = read("Sakurano Chemical will invest 45 billion yen in a new plant in Kikuyo. Sakurano, which is based in Kawasaki,"
                + " has 3,000 staff.");
        assertTrue(relations(x).contains("Sakurano Chemical locatedIn Kawasaki"), relations(x).toString());
    }

    @Test
    void whoeverHeadsAUnitHoldsAPostInItsCompany() {
        assertTrue(positions(read("Brakka Foods makes snacks. Tom Reyes, who heads Brakka Foods's European business, will run the"
                + " company.")).contains("Tom Reyes @ Brakka Foods"));
        assertTrue(positions(read("Le groupe Brakka fabrique des biscuits. Thomas Rey, qui dirige la branche européenne de Brakka,"
                + " pilotera l'ensemble.")).contains("Thomas Rey @ Brakka"));
    }

    @Test
    void aGivenNameBeforeAPlaceWordIsAPersonWhenAPersonsNounFollows() {
        Extraction x = read("Jon Park, the head of mergers at Brakka Foods, said talks began in March.");
        assertEquals(Optional.of(EntityType.PERSON), typeOf(x, "Jon Park"));
        // "conseil d'administration de X" names X's board, not a public body
        Extraction y = read("Lars Holm entrera au conseil d'administration de Brakka, a indiqué le groupe.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().startsWith("administration")));
        assertTrue(y.entities().stream().noneMatch(e -> e.label().startsWith("administration")), y.entities().toString());
    }

    @Test
    void theReceiverOfMoneyIsNeverTheOutletOfTheDatelineNorAPlaceOfItsDescription() {
        Extraction x = read("MORRISON, Colo. (AP) — A century-old steel mill in southern Colorado has secured $150 million from the U.S."
                + " Department of Energy to replace its equipment, the mill's owner said Monday.\n\nArvane Steelworks, which makes rail"
                + " in Pueblo, will use the grant. Arvane Steelworks employs 900 people.");
        assertEquals(List.of("U.S. Department of Energy -> Arvane Steelworks 150000000 USD"), deals(x));
    }

    @Test
    void aSubsidyReceivedFromABodyIsGivenByIt() {
        Extraction x = read("Sakurano Chemical makes resists. Sakurano will receive a subsidy of up to 15 billion yen from the Ministry of"
                + " Economy, Trade and Industry, which has been using its budget.");
        assertEquals(List.of("Ministry of Economy, Trade and Industry -> Sakurano Chemical 15000000000 JPY"), deals(x));
    }

    @Test
    void productsUnveiledLaunchedOrPublishedAreTheirMakersAndAVerbEndsAHeadNounsReach() {
        Extraction x = read("Kestrel Motors on Monday unveiled the Vireo, an electric hatchback. The company also showed the Kestrel K7"
                + " sedan. Its best-selling model, the Falco, will be updated next year.");
        assertEquals(Optional.of(EntityType.PRODUCT), typeOf(x, "Kestrel K7"));
        assertEquals(Optional.of(EntityType.PRODUCT), typeOf(x, "Falco"));
        assertTrue(relations(x).containsAll(List.of("Kestrel Motors creatorOf Vireo", "Kestrel Motors creatorOf Falco")),
                relations(x).toString());
        Extraction y = read("Le jeu Starfall Legends, édité par Orbit Studios, s'est vendu à 3 millions d'exemplaires.");
        assertEquals(List.of("Orbit Studios creatorOf Starfall Legends"), relations(y));
    }

    @Test
    void aStakeInTheGroupIsAStakeInTheCompanyOfTheStory() {
        Extraction x = read("Le sous-traitant Aérovane s'implante au Kansas. Aérovane emploie 900 personnes. Et Bpifrance entre au capital"
                + " du groupe, à hauteur de 8 %, sans que le montant ait été dévoilé.");
        assertEquals(List.of("Bpifrance -> Aérovane -"), deals(x));
    }

    @Test
    void whoeverIsNamedToAPostOfAUnitIntroducedByDontHoldsItThere() {
        assertEquals(List.of("Mariko Ishida @ Koyama Seiki France"), positions(read("Pour porter le projet, le groupe Koyama a créé une"
                + " filiale, Koyama Seiki France, dont Mariko Ishida a été nommée directrice générale.")));
    }

    @Test
    void anOwnerOwnsEachOrganizationOfItsListAndAMakerIsNotAProductOfTheList() {
        assertEquals(List.of("Brivel partOf Orvane", "Castane partOf Orvane", "Dulmor partOf Orvane"), relations(read(
                "Le groupe Orvane, qui possède également Brivel, Castane et Dulmor, reste loin derrière son rival.")));
        assertEquals(List.of("Brivel partOf Orvane Group", "Castane partOf Orvane Group"), relations(read(
                "Orvane Group, which owns Brivel and Castane, reported higher sales.")));
        Extraction x = read("Le sac Tressa de Brivel figure parmi les meilleures ventes du groupe.");
        assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf(x, "Brivel"));
        assertEquals(List.of("Brivel creatorOf Tressa"), relations(x));
    }

    @Test
    void aUnitNounsComplementMayStandBeforeTheUnitsName() {
        assertEquals(List.of("Brivel Vie partOf Orvane"), relations(read(
                "Le groupe Orvane va vendre sa filiale d'assurance Brivel Vie au fonds Castane.")));
    }

    @Test
    void tickersDefinedTermsAndTradeAcronymsNameNothing() {
        Extraction x = read("ZUG, Switzerland -- Corlane Therapeutics AG (SIX: CRLN) today announced its results. The Company raised"
                + " its EBITDA margin, and the Company expects growth. La Commission a approuvé l'aide.");
        List<String> labels = x.entities().stream().map(e -> e.label()).toList();
        assertTrue(labels.stream().noneMatch(l -> l.equals("CRLN") || l.equals("Company") || l.equals("EBITDA")), labels.toString());
        assertTrue(labels.contains("Corlane Therapeutics AG"), labels.toString());
    }
}
