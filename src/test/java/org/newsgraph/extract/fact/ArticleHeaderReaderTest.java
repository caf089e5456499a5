package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleMeta;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

class ArticleHeaderReaderTest {

    private final ArticleHeaderReader reader = new ArticleHeaderReader();

    private record Read(String text, ArticleMeta meta, ArticleEntities entities) {

        Optional<String> published() {
            return meta.published();
        }

        String publisher() {
            return label(meta.publisher());
        }

        String dateline() {
            return label(meta.dateline());
        }

        private String label(Optional<String> id) {
            return id.map(x -> Articles.label(entities, x)).orElse(null);
        }

        Entity entity(Optional<String> id) {
            return entities.entity(id.orElseThrow()).orElseThrow();
        }
    }

    private Read read(String text) {
        Document doc = Document.of(text);
        ArticleHeaderReader.Header h = reader.read(doc, Articles.entities(doc));
        return new Read(text, h.meta(), h.entities());
    }

    @Test
    void placeAndDateLineAfterTheHeadlineIsTheDateline() {
        Read r = read("Acme to build a plant\n\nThe Daily Ledger\nLyon, France, April 22, 2025\n\nAcme said on Monday it would build a plant.\n");
        assertEquals("Lyon", r.dateline());
        assertEquals(Optional.of("2025-04-22"), r.published());
        Read fr = read("Acme construit une usine\n\nLyon, le 22 octobre 2025\nLe Monde\n\nLe groupe Acme va construire une usine.\n");
        assertEquals("Lyon", fr.dateline());
        assertEquals("Le Monde", fr.publisher());
    }

    @Test
    void aPlaceAloneOnItsLineOrBeforeTheLeadsColonIsTheDateline() {
        Read alone = read("Watchdog fines cement maker\n\nJane Doe   |14.10.2025 - Update : 14.10.2025\n\nANKARA\n\n"
                + "The Competition Authority on Tuesday fined Korval Cement 412 million liras.\n");
        assertEquals("Ankara", alone.dateline());
        Read colon = read("GULF NEWS\nBusiness | Oman\n\nOman approves a steel plant\n\nPublished: June 03, 2025 14:36\n\n"
                + "Muscat: Oman on Tuesday gave the go-ahead for a steel plant in Duqm.\n");
        assertEquals("Muscat", colon.dateline());
        assertEquals(Optional.of("2025-06-03"), colon.published());
    }

    @Test
    void aPublicationDashDateLineIsNoDatelineButThePublisher() {
        Read r = read("NORTHSTAR WIRE - Feb 17, 2026 - 18:40 | Business, All\n\nJapan to grant a chip venture 92 bil. yen\n\n"
                + "TOKYO - The ministry will grant up to 92 billion yen to Chitose Devices Co.\n");
        assertEquals("Tokyo", r.dateline());
        assertEquals("NORTHSTAR WIRE", r.publisher());
        assertEquals(Optional.of("2026-02-17"), r.published());
    }

    @Test
    void agencyOpeningTheLeadIsThePublisher() {
        Read r = read("Acme Plans a Plant\n\nBy Jane Doe\nSeptember 9, 2025\n\n(Bloomberg) -- Acme plans to spend $1bn on a plant.\n");
        assertTrue(r.publisher().startsWith("Bloomberg"), r.publisher());
        assertEquals(null, r.dateline());
    }

    @Test
    void aMastheadOnTheFirstLineIsThePublisher() {
        Read section = read("THE HARBOUR GAZETTE | Business\n\nAcme buys Globex\n\nBy Jane Doe\nMarch 18, 2025\n\nAcme bought Globex.\n");
        assertEquals("THE HARBOUR GAZETTE", section.publisher());
        Read dash = read("L'ÉCHO DU VAL — Économie\n\nRENNES, 8 avril 2025 – Le groupe Acme rachète Globex.\n");
        assertEquals("L'ÉCHO DU VAL", dash.publisher());
        Read dated = read("Le Courrier du Val\nPublié le 4 février 2025 à 18h12\n\nAcme rachète Globex\n\nLe groupe Acme a racheté Globex.\n");
        assertEquals("Le Courrier du Val", dated.publisher());
        // a short headline over a date is no masthead
        Read headline = read("Acme buys Globex for $1bn in cash\nPublished March 3, 2025\n\nAcme bought Globex.\n");
        assertEquals(null, headline.publisher());
    }

    @Test
    void signatureLineClosingTheTextIsThePublisher() {
        Read r = read("SEATTLE, March 3, 2025 — Acme agreed to buy Globex.\n\nAcme posted revenue of $1 billion.\n\n— Pacific Ledger\n");
        assertEquals("Pacific Ledger", r.publisher());
    }

    @Test
    void aMonthAndDayLineIsNoDateline() {
        Read r = read("Acme Plans a Plant\nSeptember 9, 2025\nAcme plans to spend $1bn on a plant in Lyon.\n");
        assertEquals(null, r.dateline());
    }

    @Test
    void yearMonthAndParenthesizedPlace() {
        Read r = read("Acme opens a lab\n date 2024-04 (Washington)\nAcme said on Monday it would open a lab in Washington.\n");
        assertEquals(Optional.of("2024-04"), r.published());
        assertEquals(EntityType.PLACE, r.entity(r.meta().dateline()).type());
        assertTrue(r.dateline().startsWith("Washington"), r.dateline());
    }

    @Test
    void englishWeekdayDateAndCapitalsDateline() {
        Read r = read("Globex expands in Asia\nWednesday, March 27, 2024\nSEATTLE — Globex said on Tuesday it would build a plant.\n");
        assertEquals(Optional.of("2024-03-27"), r.published());
        assertEquals("Seattle", r.dateline());
        assertEquals(null, r.publisher());
    }

    @Test
    void englishDateAndBylineAgency() {
        Read r = read("Initech raises funds\nJanuary 19, 2024\nReuters\nInitech raised $20 million from Globex on Friday.\n");
        assertEquals(Optional.of("2024-01-19"), r.published());
        assertEquals("Reuters", r.publisher());
    }

    @Test
    void frenchNumericDateAndBylineAgencyName() {
        Read r = read("Initech lève des fonds\nPublié le 13/05/2024\nAgence France-Presse\nLa start-up Initech a levé 20 millions d'euros.\n");
        assertEquals(Optional.of("2024-05-13"), r.published());
        assertEquals("Agence France-Presse", r.publisher());
    }

    @Test
    void frenchDatelineWithDateAndAgency() {
        Read r = read("Acme investit en France\nParis, 11 juin 2024 (AFP) - Le groupe Acme va construire une usine à Lyon.\n");
        assertEquals(Optional.of("2024-06-11"), r.published());
        assertEquals("Paris", r.dateline());
        assertEquals("Agence France-Presse", r.publisher(), "AFP is the agency's acronym");
    }

    @Test
    void datelineDayWithoutYearGivesNoDate() {
        Read r = read("Globex in Japan\nTOKYO, Jan 19 (Reuters) - Globex will invest $2 billion in Japan.\n");
        assertEquals(Optional.empty(), r.published());
        assertEquals("Tokyo", r.dateline());
        assertEquals("Reuters", r.publisher());
    }

    @Test
    void datelineDayTakesTheYearOfAnotherHeaderDate() {
        Read r = read("Globex in Japan\nUpdated January 20, 2024\nTOKYO, Jan 19 (Reuters) - Globex will invest $2 billion in Japan.\n");
        assertEquals(Optional.of("2024-01-19"), r.published());
    }

    @Test
    void datelineWithCountryAfterTheCity() {
        Read r = read("Acme in the Gulf\nABU DHABI, United Arab Emirates (AP) — Acme will build a data center.\n");
        assertEquals("Abu Dhabi", r.dateline());
        assertEquals("Associated Press", r.publisher());
    }

    @Test
    void capitalsDatelineTheNameFinderTypedOtherwiseBecomesAPlace() {
        Read r = read("Acme investit en France\nVERSAILLES (AFP) - Le groupe Acme va investir en France.\n");
        Entity place = r.entity(r.meta().dateline());
        assertEquals(EntityType.PLACE, place.type());
        assertEquals("Versailles", place.label());
        assertTrue(r.entities().placed().stream().anyMatch(p -> p.entityId().equals(place.id())
                && r.text().substring(p.span().start(), p.span().end()).equals("VERSAILLES")));
    }

    @Test
    void unknownCapitalsDatelineIsAddedAsACity() {
        String text = "Acme investit\nPORT-LAMBERT (AFP) - Le groupe Acme va investir 10 millions d'euros.\n";
        Read r = read(text);
        Entity place = r.entity(r.meta().dateline());
        assertEquals("Port-Lambert", place.label());
        assertEquals(PlaceKind.CITY, place.kind());
        int at = text.indexOf("PORT-LAMBERT");
        assertEquals(new Span(at, at + "PORT-LAMBERT".length()), place.mentions().get(0));
        assertEquals(Optional.of(place.id()), r.entities().at(at).map(ArticleEntities.Placed::entityId));
    }

    @Test
    void monthInAHeadlineIsNoPublicationDate() {
        Read r = read("Acme to open a plant by March 2027\nAcme said it would open a plant near Lyon.\n");
        assertEquals(Optional.empty(), r.published());
        assertEquals(null, r.dateline());
    }

    @Test
    void datesInTheBodyAreNotPublicationDates() {
        Read r = read("Globex buys Initech\nGlobex said on Monday that the deal, first reported by local media on January 5, "
                + "2024, would close after a long review by the regulators in several countries of the region.\n");
        assertEquals(Optional.empty(), r.published());
    }

    @Test
    void datelineWithTheRegionInParenthesesBeforeTheDate() {
        Read r = read("Acme renonce à son offre\n\nVALBRUNE (Savoie), 3 mars 2023 – Acme a renoncé à racheter Globex.\n");
        assertEquals("Valbrune", r.dateline());
        assertEquals(Optional.of("2023-03-03"), r.published());
        assertEquals(null, r.publisher());
    }

    @Test
    void aDatelineGivingOnlyAMonthDatesTheArticleToTheMonth() {
        Read r = read("COMMUNIQUÉ DE PRESSE\n\nAcme lève 20 millions d'euros\n\nValbrune (Savoie), février 2023 – Acme annonce une levée de fonds de 20 millions d'euros menée par Globex Partners.\n");
        assertEquals("Valbrune", r.dateline());
        assertEquals(Optional.of("2023-02"), r.published());
    }

    @Test
    void aLeadOpeningWithADateAndAnAgencyCreditAtTheEnd() {
        Read r = read("Acme rachète Globex\n\n04/10/2023 – Le groupe Acme a annoncé mercredi le rachat de Globex pour 40 millions d'euros. (AFP)\n");
        assertEquals(Optional.of("2023-10-04"), r.published());
        assertEquals("Agence France-Presse", r.publisher());
    }

    @Test
    void aWireReleaseHasADatelineAndNoPublisher() {
        Read r = read("Acme Opens a Lab\n\nVALBRUNE, France--(BUSINESS WIRE)--Acme today announced a new laboratory in Valbrune.\n");
        assertEquals("Valbrune", r.dateline());
        assertEquals(null, r.publisher());
        Read pr = read("Acme Opens a Lab\n\nNEW HARBOR, Maine, March 3, 2025 /PRNewswire/ -- Acme today announced a new laboratory.\n");
        assertEquals("New Harbor", pr.dateline());
        assertEquals(Optional.of("2025-03-03"), pr.published());
        assertEquals(null, pr.publisher());
    }

    @Test
    void aPressReleaseLineLeavesNoPublisher() {
        Read r = read("PRESS RELEASE\n\nAcme Opens a Lab\nGlobex Media\n\nAcme said on Monday it would open a lab.\n");
        assertEquals(null, r.publisher());
    }

    @Test
    void aMastheadMayCarryASectionAndADateOrStandOverOne() {
        Read feature = read("HARBOUR & FREIGHT | Feature | May 2025\n\nThe quiet tug\n\nBy Jane Doe\n\nAcme builds tugs.\n");
        assertEquals("HARBOUR & FREIGHT", feature.publisher());
        Read section = read("LE COURRIER DU VAL\nÉconomie | Édition du mardi 13 mai 2025\n\nAcme rachète Globex\n\nLe groupe Acme a racheté"
                + " Globex.\n");
        assertEquals("LE COURRIER DU VAL", section.publisher());
        Read city = read("Le Journal du Val\nBrest | Publié le 27/11/2025 à 06h30\n\nAcme rachète Globex\n\nLe groupe Acme a racheté"
                + " Globex.\n");
        assertEquals("Brest", city.dateline());
        // a section's common word is no publication
        Read desk = read("Business | Semiconductors\n\nAcme to build plant\n\nTOKYO -- Acme will build a plant.\n");
        assertEquals(null, desk.publisher());
    }
}
