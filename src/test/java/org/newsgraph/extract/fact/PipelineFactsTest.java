package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.Relation;

class PipelineFactsTest {

    @Test
    void thePipelineCarriesPositionsRelationsAndTheCountriesTheyAdded() {
        Extraction x = Pipeline.standard().extract(
                "Le premier ministre japonais Kenji Sato a reçu Marc Duval, président de Globex. La société Globex, basée à Lyon, recrute.");
        List<String> roles = x.positions().stream()
                .map(p -> x.entity(p.person()).orElseThrow().label() + " " + x.entity(p.in().orElseThrow()).orElseThrow().label())
                .sorted().toList();
        assertEquals(List.of("Kenji Sato Japon", "Marc Duval Globex"), roles);
        List<String> relations = x.relations().stream()
                .map(r -> x.entity(r.subject()).orElseThrow().label() + " " + r.type().propertyName() + " "
                        + x.entity(r.object()).orElseThrow().label())
                .toList();
        assertEquals(List.of("Globex locatedIn Lyon"), relations);
        assertEquals(Relation.Type.LOCATED_IN, x.relations().get(0).type());
    }

    @Test
    void aCurrencysLettersGluedToTheFigureAreNoEntity() {
        Extraction x = Pipeline.standard().extract(
                "KUALA LUMPUR, March 3 — Brakka Holdings will invest RM45 million in a cold-store in Johor, and Kalvo Foods pledged Shs180b to its mill.");
        List<String> labels = x.entities().stream().map(e -> e.label()).toList();
        for (String amount : List.of("RM45", "Shs180b")) {
            org.junit.jupiter.api.Assertions.assertFalse(labels.stream().anyMatch(l -> l.startsWith(amount)), amount + " in " + labels);
        }
        org.junit.jupiter.api.Assertions.assertTrue(x.investments().stream().anyMatch(i -> i.amount().isPresent()
                && i.amount().get().currency().equals("MYR")), x.investments().toString());
    }
}
