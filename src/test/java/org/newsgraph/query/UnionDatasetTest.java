package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

class UnionDatasetTest {

    private static Graph turtle(String text) {
        return RDFParser.fromString("@prefix ex: <http://example.org/> .\n" + text, Lang.TURTLE).toGraph();
    }

    @Test
    void eachGraphIsNamedAndTheDefaultGraphIsTheirUnion() {
        Dataset ds = UnionDataset.builder()
                .add("http://example.org/g1", turtle("ex:a ex:p ex:b ."))
                .add("http://example.org/g2", turtle("ex:b ex:p ex:c . ex:a ex:p ex:b ."))
                .build();
        assertEquals(1, ds.getNamedModel("http://example.org/g1").size());
        assertEquals(2, ds.getNamedModel("http://example.org/g2").size());
        assertEquals(2, ds.getDefaultModel().size(), "a triple in two graphs is once in the union");
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertEquals(List.of("http://example.org/g1", "http://example.org/g2"), names.stream().sorted().toList());
    }

    @Test
    void aQuadFileKeepsItsGraphNamesAndItsDefaultGraphGetsTheFileName() {
        DatasetGraph quads = RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                ex:a ex:p ex:b .
                ex:g { ex:c ex:p ex:d . }
                """, Lang.TRIG).toDatasetGraph();
        Dataset ds = UnionDataset.builder().add("file:///data.trig", quads).build();
        assertEquals(1, ds.getNamedModel("http://example.org/g").size());
        assertEquals(1, ds.getNamedModel("file:///data.trig").size());
        assertEquals(2, ds.getDefaultModel().size());
        assertTrue(ds.getDefaultModel().getNsPrefixMap().containsKey("ex"), "prefixes are kept for printing");
    }
}
