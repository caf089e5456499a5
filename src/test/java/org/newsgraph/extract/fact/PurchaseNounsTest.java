package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.fact.ReadFacts.deals;
import static org.newsgraph.extract.fact.ReadFacts.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A purchase told by its noun: a share of what is bought, a long apposition before the price. Invented companies. */
class PurchaseNounsTest {

    @Test
    void aShareOfANameIsWhatTheNounBuys() {
        assertEquals(List.of("Lemarchand Industries -> Fonderia Adda 48000000 EUR"), deals(read(
                "Lemarchand Industries rachète un fondeur. Lemarchand Industries a annoncé mardi l'acquisition de 70 % de Fonderia Adda"
                        + " pour 48 millions d'euros.")));
    }

    @Test
    void aBasedPlaceDescribesTheNameAStakeIsIn() {
        assertEquals(List.of("Vestra Gas -> Zeeland Bunkering 95000000 USD"), deals(read(
                "Vestra Gas has agreed to pay $95m for a 40% stake in Rotterdam-based bunker supplier Zeeland Bunkering.")));
    }

    @Test
    void thePriceMayComeAfterALongAppositionAndThePlaceInItIsNoTarget() {
        assertEquals(List.of("Lemarchand Industries -> Fonderia Adda 48000000 EUR"), deals(read(
                "Lemarchand Industries rachète un fondeur. Lemarchand Industries a annoncé mardi l'acquisition de 70 % de Fonderia Adda,"
                        + " un fondeur de pièces basé à Dalmine, près de Bergame, pour 48 millions d'euros.")));
        assertEquals(List.of("Trottier Aliments -> Northvale Bakery 145000000 USD"), deals(read(
                "La boulangerie Trottier Aliments annonce l'acquisition de Northvale Bakery, basée à London, en Ontario, pour 145"
                        + " millions de dollars.")));
    }
}
