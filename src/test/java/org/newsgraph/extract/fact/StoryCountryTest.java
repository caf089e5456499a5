package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.deals;
import static org.newsgraph.extract.fact.ReadFacts.positions;
import static org.newsgraph.extract.fact.ReadFacts.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Whole-pipeline readings that depend on the country a story comes from: money called by a name several
 * countries share, and a public office the text does not place. Invented companies and people throughout.
 */
class StoryCountryTest {

    @Test
    void bareDirhamsInAStoryFromMoroccoAreMoroccan() {
        Extraction x = read("Casablanca, 4 mars 2026 (MAP) - Le câblier Velmora va investir 410 millions de dirhams dans une usine"
                + " à Kénitra, a annoncé l'entreprise.");
        assertTrue(deals(x).stream().anyMatch(d -> d.contains("410000000 MAD")), deals(x).toString());
    }

    @Test
    void kronorAreSwedishAndDinarsTheNamedCountrys() {
        assertTrue(deals(read("Brannvik, a start-up in Umeå, raised 240 million kronor in a round led by Kestel Ventures."))
                .stream().anyMatch(d -> d.contains("240000000 SEK")));
        Extraction x = read("Le groupe tunisien Orsalia investira 15 millions de dinars à Sfax, en Tunisie, où la Tunisie l'attire.");
        assertTrue(deals(x).stream().anyMatch(d -> d.contains("15000000 TND")), deals(x).toString());
    }

    @Test
    void shillingsBeforeTheAmountAreTheDatelinesShillings() {
        assertTrue(deals(read("KAMPALA, Uganda - Ntinda Sugar will invest Shs180 billion in a new mill, the company said."))
                .stream().anyMatch(d -> d.contains("180000000000 UGX")));
        assertTrue(deals(read("NAIROBI, Kenya - Kilima Power will invest Sh3.1 billion in a geothermal plant in Nakuru."))
                .stream().anyMatch(d -> d.contains("3100000000 KES")));
    }

    @Test
    void theTownsAStoryNamesCountForTheirCountry() {
        Extraction x = read("Antsirabe accueille une filature. Le groupe mauricien Lanvor, basé à Maurice, y investit 20 milliards"
                + " d'ariary, a indiqué le Premier ministre, Haja Randria, à Antsirabe. Lanvor a deux usines à Antananarivo et"
                + " travaille à Madagascar depuis 1998 avec des partenaires malgaches.");
        assertEquals(List.of("Haja Randria @ Madagascar"), positions(x).stream().filter(p -> p.startsWith("Haja")).toList(),
                "Madagascar and Maurice are each named once with a demonym, but the story's towns are Malagasy");
    }

    @Test
    void anOfficeTheTextDoesNotPlaceIsInTheCountryTheStoryIsFiledFrom() {
        Extraction x = read("Nantes, 3 mars 2026 (AFP) - Le logisticien norvégien Fjordlast va investir 40 millions d'euros à"
                + " Saint-Nazaire, son premier site en France. Le ministre de l'Industrie, Paul Verdan, a salué ce choix.");
        assertEquals(List.of("Paul Verdan @ France"), positions(x).stream().filter(p -> p.startsWith("Paul Verdan")).toList(),
                "a minister in a story from France is France's, although a Norwegian company is named as often");
        Extraction y = read("ALGIERS - Turkish steelmaker Koralp Celik and Turkey's Anatolia Fund will build a mill in Algeria with a"
                + " local partner, Finance Minister Salim Ourabah said.");
        assertEquals(List.of("Salim Ourabah @ Algeria"), positions(y).stream().filter(p -> p.startsWith("Salim")).toList());
    }
}
