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
}
