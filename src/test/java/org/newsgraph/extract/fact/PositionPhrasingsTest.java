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
}
