package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.fact.ReadFacts.deals;
import static org.newsgraph.extract.fact.ReadFacts.label;
import static org.newsgraph.extract.fact.ReadFacts.read;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Whole-pipeline readings of sales told by their noun, debts, public givers joined by "and", and the agency
 * that signs a story off at its end. Invented companies and people throughout.
 */
class SalesSignOffsAndGiversTest {

    @Test
    void theSaleOfACompanysPlantToABuyerIsTheBuyersInvestmentInThePlantsTown() {
        Extraction x = read("CALGARY — A judge has approved the sale of insolvent fertilizer maker Varrow Chemicals Ltd.'s plant in"
                + " Redwater, Alta., to Coulee Farms for $212 million.");
        assertEquals(List.of("Coulee Farms -> Redwater 212000000 CAD"), deals(x), "a bare dollar in a story from Calgary is Canadian");
        assertEquals(List.of("Kestrel Partners -> Dairyco 40000000 GBP"), deals(read(
                "Harlow Foods completed the sale of Dairyco to Kestrel Partners for £40 million.")));
        assertEquals(List.of("Brenval Invest -> Sorelle 12000000 EUR"), deals(read(
                "Le tribunal a validé la cession de Sorelle à Brenval Invest pour 12 millions d'euros.")));
    }

    @Test
    void aDebtOwedIsNoInvestment() {
        assertEquals(List.of(), deals(read("Varrow Chemicals could not pay about $380 million owed to a lender group led by Bow River"
                + " Credit Union.")));
    }

    @Test
    void publicGiversJoinedByAndGiveTogether() {
        assertEquals(List.of("Germany+Lower Saxony -> Stade 210000000 EUR"), deals(read(
                "Germany and the state of Lower Saxony will provide 210 million euros in subsidies for an electrolyser plant in Stade.")));
    }

    @Test
    void theAgencyThatSignsAStoryOffIsItsPublisher() {
        Extraction x = read("Varrow Chemicals will build a plant in Redwater, the company said on Tuesday.\n\n"
                + "This report by The Canadian Press was first published March 6, 2025.\n");
        assertEquals(Optional.of("The Canadian Press"), x.meta().publisher().map(id -> label(x, id)));
        assertEquals(Optional.of("2025-03-06"), x.meta().published());
        Extraction y = read("Le groupe Tazrout investira 18 milliards de dinars à Relizane, a annoncé le ministère.\n\nAPS\n");
        assertEquals(Optional.of("Algérie Presse Service"), y.meta().publisher().map(id -> label(y, id)));
    }

    @Test
    void assetsUnderManagementAndAParentInAppositionInvestNothing() {
        assertEquals(List.of("Orvane Capital -> Velagro 610000000 USD"), deals(read(
                "ABU DHABI -- Orvane Capital, the strategic investment arm of Abu Dhabi's Medra Group, has acquired a 40 percent stake"
                        + " in Velagro, one of Egypt's largest food processors, for US$610 million. Orvane Capital, which manages assets of"
                        + " more than AED 180 billion, already holds stakes in companies in Kenya.")));
    }

    @Test
    void eachMemberOfAGappedCoordinationHasItsShare() {
        assertEquals(List.of("Hallwyl Pharma -> HS Bioworks 270000000 CHF", "Seorin Biologics -> HS Bioworks 180000000 CHF"), deals(read(
                "Hallwyl Pharma and Seorin Biologics will set up a joint venture, HS Bioworks. Hallwyl will contribute CHF 270 million"
                + " to HS Bioworks and Seorin the remaining CHF 180 million, the companies said.")));
        assertEquals(List.of("federal government -> Elbwerk 147000000 EUR", "Lower Saxony -> Elbwerk 63000000 EUR"), deals(read(
                "The federal government will give 147 million euros to Elbwerk and Lower Saxony's 63 million euros, a spokeswoman said.")));
    }
}

