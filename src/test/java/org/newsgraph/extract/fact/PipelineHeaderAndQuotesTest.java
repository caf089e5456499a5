package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.Quote;
import org.newsgraph.text.Document;

class PipelineHeaderAndQuotesTest {

    @Test
    void pipelineReadsTheHeaderAndTheQuotes() {
        String text = "Acme investit à Versailles\nVERSAILLES, 3 avril 2024 (AFP) - Le groupe Acme va ouvrir un centre de recherche.\n"
                + "« Nous voulons recruter 200 chercheurs », a déclaré Jean Dupont, son président.\n";
        Extraction x = Pipeline.standard().extract(Document.of(text));
        assertEquals(Optional.of("2024-04-03"), x.meta().published());
        Entity place = x.entity(x.meta().dateline().orElseThrow()).orElseThrow();
        assertEquals(EntityType.PLACE, place.type());
        assertEquals("Versailles", place.label());
        assertEquals("Agence France-Presse", x.entity(x.meta().publisher().orElseThrow()).orElseThrow().label());
        assertEquals(1, x.quotes().size());
        Quote q = x.quotes().get(0);
        assertEquals("Nous voulons recruter 200 chercheurs", q.text());
        assertEquals("Jean Dupont", x.entity(q.speaker().orElseThrow()).orElseThrow().label());
    }
}
