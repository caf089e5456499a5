package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Pipeline;

class InvestmentExtractorTest {

    private static Extraction read(String text) {
        return Pipeline.standard().extract(text);
    }

    private static String label(Extraction x, String id) {
        return x.entity(id).orElseThrow().label();
    }

    private static Set<String> investors(Extraction x, Investment i) {
        return i.investors().stream().map(id -> label(x, id)).collect(Collectors.toSet());
    }

    private static Optional<String> target(Extraction x, Investment i) {
        return i.target().map(id -> label(x, id));
    }

    private static Investment only(Extraction x) {
        assertEquals(1, x.investments().size(), x.investments().toString());
        return x.investments().get(0);
    }

    @Test
    void frenchVerbWithAmountPeriodTargetAndPurpose() {
        Extraction x = read("Le groupe Brakka Industries va investir 1,5 milliard d’euros sur trois ans au Portugal afin de construire deux usines de batteries.");
        Investment i = only(x);
        assertEquals(Set.of("Brakka Industries"), investors(x, i));
        assertEquals(Optional.of("Portugal"), target(x, i));
        assertEquals(0, new BigDecimal("1500000000").compareTo(i.amount().orElseThrow().value()));
        assertEquals("EUR", i.amount().orElseThrow().currency());
        assertEquals(Optional.of("P3Y"), i.duration());
        assertTrue(i.purpose().orElseThrow().contains("usines de batteries"));
    }

    @Test
    void englishJointInvestmentIsOneNodeWithTwoInvestors() {
        Extraction x = read("Zentrix Corp and Quellor Inc will invest $600 million in Chile by 2030 to build a lithium refinery, the companies said.");
        Investment i = only(x);
        assertEquals(Set.of("Zentrix Corp", "Quellor Inc"), investors(x, i));
        assertEquals(Optional.of("Chile"), target(x, i));
        assertEquals(Optional.of("2030"), i.endDate());
        assertTrue(i.duration().isEmpty(), "a horizon is no duration");
    }

    @Test
    void possessiveNounAndPassiveNameTheInvestor() {
        Extraction x = read("Quellor Inc's $2 billion investment in Vietnam was approved on Monday.");
        assertEquals(Set.of("Quellor Inc"), investors(x, only(x)));
        Extraction y = read("About $300 million will be invested by Norvane Capital in Kenya over five years.");
        Investment i = only(y);
        assertEquals(Set.of("Norvane Capital"), investors(y, i));
        assertEquals(Optional.of("Kenya"), target(y, i));
        assertEquals(Optional.of("P5Y"), i.duration());
    }

    @Test
    void fundRaisingTurnsRoundAndCollectsLaterBackers() {
        Extraction x = read("La start-up Wizzle lève 80 millions d’euros auprès du fonds Norvane Capital. "
                + "Le tour de table réunit aussi la banque Crédit Agricole et le fonds Sequoia Capital.");
        Investment i = only(x);
        assertEquals(Optional.of("Wizzle"), target(x, i));
        assertEquals(Set.of("Norvane Capital", "Crédit Agricole", "Sequoia Capital"), investors(x, i));
    }

    @Test
    void acquisitionsCount() {
        Extraction x = read("Globex Corp agreed to acquire the start-up Brakka Labs for $450 million, the companies said.");
        Investment i = only(x);
        assertEquals(Set.of("Globex Corp"), investors(x, i));
        assertEquals(Optional.of("Brakka Labs"), target(x, i));
    }

    @Test
    void negationsRevenueAndValuationsAreNoInvestments() {
        assertEquals(List.of(), read("Globex Corp ne participe pas à cette nouvelle levée de 50 millions d’euros.").investments());
        assertEquals(List.of(), read("Initech has declined to invest $1 billion in Brakka Labs.").investments());
        assertEquals(List.of(), read("Globex Corp a réalisé 12 milliards de dollars de chiffre d’affaires en 2023.").investments());
        assertEquals(List.of(), read("The deal values Brakka Labs at $3 billion, according to people familiar with it.").investments());
    }

    @Test
    void aPricePerShareIsNotTheDealsAmount() {
        Extraction en = read("Globex Corp agreed to buy Brakka Labs for $640 million. Globex will pay $18.50 per share in cash.");
        assertEquals(List.of(640_000_000.0), en.investments().stream().flatMap(i -> i.amount().stream()).map(m -> m.value().doubleValue()).toList());
        Extraction fr = read("Globex Corp rachète Brakka Labs pour 640 millions d'euros. Globex paiera 45 euros par action.");
        assertEquals(List.of(640_000_000.0), fr.investments().stream().flatMap(i -> i.amount().stream()).map(m -> m.value().doubleValue()).toList());
    }

    @Test
    void aGrantGoesToWhomItIsGivenNotToWhereItIsSpent() {
        Extraction noun = read("Globex Corp will give Brakka Labs a $12 million grant to open a store in Marlowe.");
        Investment grant = only(noun);
        assertEquals(Set.of("Globex Corp"), investors(noun, grant));
        assertEquals(Optional.of("Brakka Labs"), target(noun, grant));
        Extraction bare = read("Globex Corp will give Tarvane Foods $12 million to build a distribution centre in Marlowe.");
        assertEquals(Optional.of("Tarvane Foods"), target(bare, only(bare)));
    }

    @Test
    void theNamesOfARelativeClauseAreNotTheBuyer() {
        Extraction fr = read("Globex Corp, qui possède déjà les marques Velloria et Bricanne, a racheté en 2022 le crêpier Tarvane pour 30 millions d'euros.");
        Investment i = only(fr);
        assertEquals(Set.of("Globex Corp"), investors(fr, i));
        assertEquals(Optional.of("Tarvane"), target(fr, i));
        Extraction en = read("Globex Corp, which owns the Velloria brand, bought Tarvane Foods for $85 million.");
        assertEquals(Set.of("Globex Corp"), investors(en, only(en)));
    }

    @Test
    void whatIsBoughtFollowsTheNounOfBuying() {
        Extraction x = read("Globex Corp a annoncé l'acquisition de la biscuiterie Tarvane, basée à Morlaix, pour 85 millions d'euros.");
        assertEquals(Optional.of("Tarvane"), target(x, only(x)));
        Extraction en = read("Globex Corp completed the purchase of rival Tarvane Foods, based in Leeds, for $85 million.");
        assertEquals(Optional.of("Tarvane Foods"), target(en, only(en)));
    }

    @Test
    void theStateGivesAfterAnOpeningPhraseAndARegionHeadsTheNextClause() {
        Extraction x = read("Le fabricant Brakka Okna construit une usine.\n\n"
                + "Pour emporter la décision face à un site concurrent en Saxe, l'État versera à Brakka Okna une aide de 18 millions "
                + "d'euros, et la région Grand Est lui accordera 6 millions d'euros pour la formation des salariés.");
        assertEquals(2, x.investments().size(), x.investments().toString());
        assertEquals(Set.of("État"), investors(x, x.investments().get(0)));
        assertEquals(Optional.of("Brakka Okna"), target(x, x.investments().get(0)));
        assertEquals(Set.of("Grand Est"), investors(x, x.investments().get(1)));
        assertEquals(Optional.of("Brakka Okna"), target(x, x.investments().get(1)));
    }

    @Test
    void aFactoryInACountryGoesToTheTownNamedAfterIt() {
        Extraction x = read("Le fabricant polonais Brakka Okna va investir 210 millions d'euros pour construire sa première usine "
                + "en France, à Saint-Avold, en Moselle.");
        assertEquals(Optional.of("Saint-Avold"), target(x, only(x)));
    }

    @Test
    void aProjectsAmountWithNoInvestingVerbIsItsBuildersInvestment() {
        Extraction en = read("Korean battery maker Brakka Energy will build a $1.4 billion cathode plant near Marlowe, the company said.");
        Investment i = only(en);
        assertEquals(Set.of("Brakka Energy"), investors(en, i));
        assertEquals(Optional.of("Marlowe"), target(en, i));
        assertTrue(amountIs(i, "1400000000"));
        Extraction fr = read("Le groupe Brakka va construire une usine de 300 millions d'euros à Kervallon.");
        assertEquals(Optional.of("Kervallon"), target(fr, only(fr)));
        // an amount another cue took is not counted twice
        Extraction both = read("Globex Corp will invest $2 billion in a new plant in Marlowe.");
        assertEquals(1, both.investments().size(), both.investments().toString());
    }

    @Test
    void aRoundCoLedByTwoFundsAndASourceThatIsNoBacker() {
        Extraction x = read("Brakka Bio said Thursday it raised $80 million in a Series B round co-led by Harwell Ventures and "
                + "the Sandpiper Fund. The Series B values the company at about $400 million, according to PitchBook.");
        Investment i = only(x);
        assertEquals(Set.of("Harwell Ventures", "Sandpiper Fund"), investors(x, i));
    }

    @Test
    void aRoundsLeadAndItsParticipantsAllInvest() {
        Extraction x = read("Pune-based drone maker Avikal Aero has raised $30 million in a Series B round led by Tamarind Ventures, "
                + "with participation from Kestrel Growth Fund and existing investor Odeon Capital.");
        Investment i = only(x);
        assertEquals(Set.of("Tamarind Ventures", "Kestrel Growth Fund", "Odeon Capital"), investors(x, i));
        assertEquals(Optional.of("Avikal Aero"), target(x, i));
    }

    @Test
    void aFrenchRoundWithCoInvestorsBesideItsLead() {
        Extraction x = read("La jeune pousse Brivane Santé a bouclé une ronde de financement de 18 millions d'euros menée par "
                + "Fonds Arvel, aux côtés de Quintal Participations et de Bpifrance.");
        Investment i = only(x);
        assertEquals(Set.of("Fonds Arvel", "Quintal Participations", "Bpifrance"), investors(x, i));
        assertEquals(Optional.of("Brivane Santé"), target(x, i));
    }

    @Test
    void grantsReceivedInAListComeFromTheGiverTheStoryNamed() {
        Extraction x = read("L'État soutient trois projets industriels à hauteur de 60 millions d'euros. La start-up Korvane, à Dole, reçoit une"
                + " subvention de 20 millions d'euros pour son usine, un investissement de 90 millions d'euros. Brelis Santé"
                + " bénéficie d'une aide de 15 millions d'euros pour relocaliser sa production.");
        List<Investment> grants = x.investments().stream().filter(i -> i.amount().map(m -> m.value().intValue() < 30_000_000)
                .orElse(false)).toList();
        assertEquals(List.of("État -> Korvane", "État -> Brelis Santé"), grants.stream()
                .map(i -> String.join(",", investors(x, i)) + " -> " + target(x, i).orElse("?")).toList());
    }

    @Test
    void aGerundAfterTheAmountLeadsToWhereTheMoneyGoes() {
        Extraction x = read("Kaiwen Optics will spend about $130 million this year upgrading its Tainan plant.");
        assertEquals(Optional.of("Tainan"), target(x, only(x)));
    }

    @Test
    void aVerbOfAwardingGivesToItsObject() {
        Extraction x = read("Brakka Bio raised money last year. The Velmont Life Sciences Center awarded Brakka Bio a $2 million "
                + "tax incentive to add 60 jobs at its lab.");
        Investment i = only(x);
        assertEquals(Set.of("Velmont Life Sciences Center"), investors(x, i));
        assertEquals(Optional.of("Brakka Bio"), target(x, i));
    }

    @Test
    void aContractOrAnOrderIsNoInvestment() {
        assertEquals(List.of(), read("Globex Corp awarded a $50 million contract to Brakka Systems to supply turbines.").investments());
        assertEquals(List.of(), read("Le ministère a attribué à Brakka Systems un marché de 20 millions d'euros pour des trains.").investments());
        assertEquals(List.of(), read("Brakka Air placed an order for 30 jets worth $1.1 billion at list prices.").investments());
        // "in order to" is no order
        assertEquals(1, read("Globex Corp will invest $2 billion in Brakka Labs in order to expand.").investments().size());
    }

    @Test
    void aConversionIsNotASecondInvestment() {
        Extraction x = read("Initech will spend 500 billion yen (about $3.4 billion) on data centres in Japan.");
        Investment i = only(x);
        assertEquals("JPY", i.amount().orElseThrow().currency());
        assertTrue(i.purpose().orElseThrow().contains("data centres"));
    }

    @Test
    void twoInvestmentsInOneSentenceStayApart() {
        Extraction x = read("Globex Corp has announced a $900 million investment in Peru, as well as a $200 million investment in Zentrix Corp.");
        assertEquals(2, x.investments().size());
        assertEquals(Optional.of("Peru"), target(x, x.investments().get(0)));
        assertEquals(Optional.of("Zentrix Corp"), target(x, x.investments().get(1)));
    }

    @Test
    void aPronounSubjectTakesThePreviousInvestor() {
        Extraction x = read("Globex Corp va investir 300 millions d’euros en Pologne. "
                + "Il s’est également engagé à investir dans la formation de 5 000 techniciens polonais d’ici 2027.");
        assertEquals(2, x.investments().size());
        Investment training = x.investments().get(1);
        assertEquals(Set.of("Globex Corp"), investors(x, training));
        assertEquals(Optional.of("Pologne"), target(x, training));
        assertTrue(training.purpose().orElseThrow().contains("formation"));
    }

    @Test
    void aLaterMentionOfTheSameDealAddsNothing() {
        Extraction x = read("Initech will invest $2 billion in Mexico. The $2 billion investment in Mexico is its largest.");
        assertEquals(1, x.investments().size());
    }

    @Test
    void theAnnouncementDayResolvesAgainstADayPreciseDate() {
        Extraction dated = read("Thursday, March 13, 2025\n\nGlobex Corp said on Tuesday it would invest $300 million in Peru.");
        assertEquals(Optional.of("2025-03-11"), only(dated).announced());
        Extraction monthly = read(" date 2025-03 (Lima) Globex Corp said on Tuesday it would invest $300 million in Peru.");
        assertEquals(Optional.empty(), only(monthly).announced());
    }

    @Test
    void aCountryNamedInPassingIsNoReceiver() {
        Extraction x = read("Saudi Arabia's Prince Velir bin Omar backed the deal. Globex Corp will spend $500 million on new software.");
        Investment i = x.investments().stream().filter(v -> v.amount().isPresent()).findFirst().orElseThrow();
        assertEquals(Optional.empty(), target(x, i));
        Extraction y = read("Globex Corp will spend $500 million on research. Peru welcomed it. Peru is growing. "
                + "Peru has mines. Peru also has ports.");
        assertEquals(Optional.of("Peru"), target(y, only(y)));
    }

    private static boolean amountIs(Investment i, String value) {
        return i.amount().map(m -> m.value().compareTo(new BigDecimal(value)) == 0).orElse(false);
    }

    @Test
    void buyingVerbsWithAndWithoutAPrice() {
        Extraction x = read("Brakka Games s’offre Zentrix Studios pour 1,2 milliard d’euros.");
        Investment i = only(x);
        assertEquals(Set.of("Brakka Games"), investors(x, i));
        assertEquals(Optional.of("Zentrix Studios"), target(x, i));
        assertTrue(amountIs(i, "1200000000"));
        Extraction y = read("Le groupe Norvane Capital met la main sur Quellor Labs.");
        assertEquals(Optional.of("Quellor Labs"), target(y, only(y)));
        Extraction z = read("Globex Corp paid $3 billion for Brakka Labs last year.");
        assertEquals(Optional.of("Brakka Labs"), target(z, only(z)));
        assertTrue(amountIs(only(z), "3000000000"));
    }

    @Test
    void aHeadlineWithoutPriceAndTheLeadWithItAreOneDeal() {
        Extraction x = read("Globex Corp s’offre Brakka Labs\n\nGlobex Corp va débourser 800 millions d’euros pour racheter Brakka Labs, "
                + "a annoncé le groupe lundi.");
        Investment i = only(x);
        assertEquals(Optional.of("Brakka Labs"), target(x, i));
        assertTrue(amountIs(i, "800000000"));
        assertTrue(i.purpose().isEmpty(), "buying is the deal, not its purpose: " + i.purpose());
    }

    @Test
    void takingAStakeCountsWithoutAnAmount() {
        Extraction x = read("Le fonds Norvane Capital a pris une participation dans Brakka Industries, selon la presse.");
        Investment i = only(x);
        assertEquals(Set.of("Norvane Capital"), investors(x, i));
        assertEquals(Optional.of("Brakka Industries"), target(x, i));
        Extraction y = read("Quellor Inc took a stake in Zentrix Corp, the companies said.");
        assertEquals(Optional.of("Zentrix Corp"), target(y, only(y)));
        Extraction z = read("L’an dernier, Norvane Capital est entré au capital de Brakka Industries.");
        assertEquals(Optional.of("Brakka Industries"), target(z, only(z)));
    }

    @Test
    void theReceiverSideNamesTheBackerAfterFrom() {
        Extraction x = read("Brakka Motors will receive up to $2 billion from Globex Corp under a software partnership.");
        Investment i = only(x);
        assertEquals(Set.of("Globex Corp"), investors(x, i));
        assertEquals(Optional.of("Brakka Motors"), target(x, i));
        assertTrue(amountIs(i, "2000000000"));
        assertEquals(List.of(), read("Jane Velmont will receive $3 million from Globex Corp as a signing bonus.").investments());
        assertEquals(List.of(), read("Brakka Motors will receive $2 billion next year.").investments());
    }

    @Test
    void theBuyerInvestsInWhatTheSellerSold() {
        Extraction x = read("Globex Corp a cédé en 2019 sa filiale Brakka Labs au fonds américain Norvane Capital.");
        Investment i = only(x);
        assertEquals(Set.of("Norvane Capital"), investors(x, i));
        assertEquals(Optional.of("Brakka Labs"), target(x, i));
        Extraction y = read("Globex Corp a signé un accord pour vendre sa participation dans Brakka Labs. "
                + "L’acquéreur, le fonds Norvane Capital, versera 300 millions d’euros pour l’ensemble.");
        Investment j = only(y);
        assertEquals(Set.of("Norvane Capital"), investors(y, j));
        assertEquals(Optional.of("Brakka Labs"), target(y, j));
        assertTrue(amountIs(j, "300000000"));
    }

    @Test
    void buybacksDividendsFeesAndUnpricedPaymentsAreNoInvestments() {
        assertEquals(List.of(), read("Globex Corp a lancé un programme de rachat d’actions de 5 milliards de dollars.").investments());
        assertEquals(List.of(), read("Initech will pay Brakka Labs a $1 billion termination fee.").investments());
        assertEquals(List.of(), read("Globex Corp will pay a dividend of $2 billion to its shareholders.").investments());
        assertEquals(List.of(), read("Globex Corp said it would also pay for a new cable linking Peru and Chile.").investments());
        assertEquals(List.of(), read("Globex Corp sold a stake to Norway’s oil fund for €1.4bn.").investments());
    }

    @Test
    void aPassivePurchaseReadsTheSubjectAsTheTarget() {
        Extraction x = read("Fondée en 1990, la société Brakka Labs a été rachetée en 2015 par Norvane Capital pour 200 millions d’euros.");
        Investment i = only(x);
        assertEquals(Set.of("Norvane Capital"), investors(x, i));
        assertEquals(Optional.of("Brakka Labs"), target(x, i));
    }

    @Test
    void theCompanyIsThePreviousSentencesSubjectNotTheLastInvestor() {
        Extraction x = read("Norvane Capital invested $20 million in Peru in 2019. Globex Corp is expanding in Asia. "
                + "The company is spending $2 billion on a plant in Vietnam.");
        Investment i = x.investments().stream().filter(v -> amountIs(v, "2000000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Globex Corp"), investors(x, i));
    }

    @Test
    void aPeriodInAnotherClauseIsNotTheDealsDuration() {
        Extraction x = read("C’est la deuxième acquisition de Globex Corp en un mois : fin juin, le groupe avait déboursé "
                + "3 milliards d’euros pour s’offrir Brakka Labs.");
        Investment i = only(x);
        assertEquals(Optional.empty(), i.duration());
        assertEquals(Optional.of("Brakka Labs"), target(x, i));
    }

    @Test
    void aLeftOutVerbGivesEachNameItsOwnAmount() {
        Extraction x = read("Globex Corp put in $1 billion, Norvane Capital $800 million and Quellor Inc, also known as QI, $400 million.");
        assertEquals(3, x.investments().size(), x.investments().toString());
        assertEquals(Set.of("Norvane Capital"), investors(x, x.investments().stream().filter(v -> amountIs(v, "800000000"))
                .findFirst().orElseThrow()));
        assertEquals(Set.of("Quellor Inc"), investors(x, x.investments().stream().filter(v -> amountIs(v, "400000000"))
                .findFirst().orElseThrow()));
        Extraction y = read("Le groupe Brakka Industries investira 300 millions d’euros en Pologne et le fonds Norvane Capital 50 millions d’euros.");
        Investment fund = y.investments().stream().filter(v -> amountIs(v, "50000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Norvane Capital"), investors(y, fund));
        assertEquals(Optional.of("Pologne"), target(y, fund));
    }

    @Test
    void aProjectsCostIsItsOwnersInvestment() {
        Extraction x = read("Le groupe Brakka Mining a présenté lundi son projet de mine. Le projet est chiffré à 1 milliard d’euros.");
        Investment i = only(x);
        assertEquals(Set.of("Brakka Mining"), investors(x, i));
        assertTrue(amountIs(i, "1000000000"));
        Extraction y = read("Globex Corp says Velia Point could cost up to $3 billion.");
        Investment j = only(y);
        assertEquals(Set.of("Globex Corp"), investors(y, j));
        assertEquals(Optional.of("Velia Point"), target(y, j));
        Extraction z = read("At home, Globex Corp’s Brakka Station is late, and its cost has swollen to €2 billion.");
        Investment k = only(z);
        assertEquals(Set.of("Globex Corp"), investors(z, k));
        assertEquals(Optional.of("Brakka Station"), target(z, k));
    }

    @Test
    void aDateAFigureOrWhatIsBoughtIsNoPurpose() {
        Extraction x = read("Globex Corp paid $3 billion in cash for Brakka Labs.");
        assertEquals(Optional.empty(), only(x).purpose());
        Extraction y = read("Norvane Capital invested $200 million in Brakka Labs in 2021.");
        assertEquals(Optional.empty(), only(y).purpose());
        Extraction z = read("Globex Corp will invest $5 billion in Peru to build a copper smelter.");
        assertTrue(only(z).purpose().orElseThrow().contains("copper smelter"));
    }

    @Test
    void aVerbOfGivingInARelativeClauseNamesGiverAndReceiver() {
        Extraction x = read("The European Commission on Tuesday approved 500 million euros ($540 million) of state aid "
                + "that Germany will give Swedish battery maker Brakka Energy to build a factory in Velia.");
        Investment i = only(x);
        assertEquals(Set.of("Germany"), investors(x, i));
        assertEquals(Optional.of("Brakka Energy"), target(x, i));
        assertTrue(amountIs(i, "500000000"));
        Extraction y = read("Norvane Capital gave the start-up Brakka Labs $40 million last year.");
        assertEquals(Optional.of("Brakka Labs"), target(y, only(y)));
        Extraction z = read("Globex Corp gave its approval to the plan on Monday.");
        assertTrue(z.investments().isEmpty(), z.investments().toString());
    }

    @Test
    void aPlaceBeforeACommonNounHeadsNoClause() {
        Extraction x = read("Acme Corp will spend $2 billion on a plant in Ohio. "
                + "The Ohio project follows Acme Corp's announcement last month that it would invest about $500 million in a laboratory in Texas.");
        Investment lab = x.investments().stream().filter(v -> amountIs(v, "500000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Acme Corp"), investors(x, lab));
        assertEquals(Optional.of("Texas"), target(x, lab));
    }

    @Test
    void anAmountThatCameFromBackersGoesToTheDealJustRead() {
        Extraction x = read("Globex Corp paid $10 billion for Brakka Labs. About $3 billion came from a group of co-investors that "
                + "included Initech co-founder Jane Doe and venture firms Norvane Capital and Quellor Partners. "
                + "Jane Doe put in $1 billion, Norvane Capital $800 million and Quellor Partners $500 million.");
        Investment joint = x.investments().stream().filter(v -> amountIs(v, "3000000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Jane Doe", "Norvane Capital", "Quellor Partners"), investors(x, joint));
        assertEquals(Optional.of("Brakka Labs"), target(x, joint));
        for (String share : List.of("1000000000", "800000000", "500000000")) {
            Investment i = x.investments().stream().filter(v -> amountIs(v, share)).findFirst().orElseThrow();
            assertEquals(Optional.of("Brakka Labs"), target(x, i), share);
        }
        Extraction y = read("Globex Corp a racheté Brakka Labs pour 900 millions d’euros. Environ 200 millions d’euros proviennent du fonds Norvane Capital.");
        Investment fund = y.investments().stream().filter(v -> amountIs(v, "200000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Norvane Capital"), investors(y, fund));
        assertEquals(Optional.of("Brakka Labs"), target(y, fund));
        Extraction z = read("About $3 billion came from Norvane Capital.");
        assertTrue(z.investments().isEmpty(), "with no deal read before, there is nothing the money went to");
    }

    @Test
    void aStoryFiledFromCanadaCountsInCanadianDollars() {
        Extraction x = read("Brakka Power investira 12 milliards de dollars d’ici 2030\n\nPublié le 3 mars 2025\n\n"
                + "Toronto — Brakka Power investira 12 milliards de dollars d’ici 2030 pour moderniser son réseau.");
        assertEquals("CAD", x.investments().get(0).amount().orElseThrow().currency());
    }

    @Test
    void eachBackerAnotherAmountAndNamesThatOnlyDescribe() {
        Extraction x = read("Brakka Games has raised $2 billion from Globex Corp and Norvane Capital, the family holding company behind "
                + "the Quellor Group, to build new studios. Each investor put in $1 billion.");
        Investment round = x.investments().stream().filter(v -> amountIs(v, "2000000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Globex Corp", "Norvane Capital"), investors(x, round));
        List<Investment> shares = x.investments().stream().filter(v -> amountIs(v, "1000000000")).toList();
        assertEquals(Set.of("Globex Corp", "Norvane Capital"), shares.stream().flatMap(v -> investors(x, v).stream())
                .collect(Collectors.toSet()));
        shares.forEach(v -> assertEquals(Optional.of("Brakka Games"), target(x, v)));
        Extraction y = read("Globex Corp invested $250 million in Brakka Games in 2020 and another $200 million last year.");
        Investment again = y.investments().stream().filter(v -> amountIs(v, "200000000")).findFirst().orElseThrow();
        assertEquals(Set.of("Globex Corp"), investors(y, again));
        assertEquals(Optional.of("Brakka Games"), target(y, again));
        Extraction z = read("In January, its Velia unit, Quellor Interactive Entertainment, agreed to buy Brakka Studios for $3.6 billion.");
        assertEquals(Set.of("Quellor Interactive Entertainment"), investors(z, only(z)));
    }

    @Test
    void aRunningTotalOfMoneyRaisedIsNoDeal() {
        Extraction x = read("La start-up Brakka AI a bouclé une levée de fonds de 100 millions d’euros auprès du fonds Norvane Capital, "
                + "portant à plus de 300 millions d’euros les sommes levées depuis sa création.");
        Investment i = only(x);
        assertTrue(amountIs(i, "100000000"));
        assertEquals(Optional.of("Brakka AI"), target(x, i));
    }

    @Test
    void aSentenceAdverbIsNoInvestor() {
        Extraction x = read("Parallèlement, l’armateur marocain Brakka Maritima, filiale du groupe Norvane Holding, "
                + "a annoncé un investissement de 80 millions d’euros dans un terminal à Dakar.");
        assertEquals(Set.of("Brakka Maritima"), investors(x, only(x)));
    }
}
