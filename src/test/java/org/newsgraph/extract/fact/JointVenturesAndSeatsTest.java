package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.fact.ReadFacts.read;
import static org.newsgraph.extract.fact.ReadFacts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-pipeline readings of joint ventures, owners and seats in the ways the press writes them. Invented companies throughout. */
class JointVenturesAndSeatsTest {

    @Test
    void theOwnersOfAJointVentureArePartners() {
        List<String> en = relations(read("The plant is being built by Kelwater Hydrogen, a joint venture between Hamburg-based Nordmarsch"
                + " Energie and Gasvelt, a grid operator."));
        assertTrue(en.contains("Gasvelt partnerOf Nordmarsch Energie") || en.contains("Nordmarsch Energie partnerOf Gasvelt"), en.toString());
        List<String> fr = relations(read("Le projet est porté par Lwendo Refining, une coentreprise entre le groupe chinois Tianxi Metals"
                + " (70 %) et la société publique Kamoto Mines (30 %)."));
        assertTrue(fr.contains("Kamoto Mines partnerOf Tianxi Metals") || fr.contains("Tianxi Metals partnerOf Kamoto Mines"), fr.toString());
        List<String> pact = relations(read("Le ministre a présidé la signature d'un pacte d'actionnaires entre le Groupe Sidra Industries et"
                + " la société turque Karaçam Çelik."));
        assertTrue(pact.stream().anyMatch(r -> r.contains("partnerOf")), pact.toString());
    }

    @Test
    void ownersNamedByACopulaOrAPossessivePlace() {
        List<String> r = relations(read("Orvane Capital, the strategic investment arm of Abu Dhabi's Medra Group, bought a stake."
                + " Medra Group is wholly owned by the Government of Abu Dhabi."));
        assertTrue(r.contains("Orvane Capital partOf Medra Group"), r.toString());
        assertTrue(r.contains("Medra Group partOf Government of Abu Dhabi"), r.toString());
    }

    @Test
    void aSeatInAnAppositionIsTheApposedNamesNeverTheSentencesSubject() {
        List<String> r = relations(read("Le groupe Vallor Industries a racheté Hidroval Levante, un fabricant de stations de dessalement basé"
                + " à Valence."));
        assertTrue(r.contains("Hidroval Levante locatedIn Valence"), r.toString());
        assertTrue(r.stream().noneMatch(x -> x.startsWith("Vallor")), r.toString());
        List<String> en = relations(read("Velagro Foods exports frozen vegetables. Brantley, a pump maker based in Valencia, was sold."));
        assertEquals(List.of(), en.stream().filter(x -> x.startsWith("Velagro")).toList());
    }
}
