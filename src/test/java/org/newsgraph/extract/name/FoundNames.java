package org.newsgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;

/** What the capitalized-name finder reads in a sentence, for the tests of names by their context. */
final class FoundNames {

    static final Optional<EntityType> PLACE = Optional.of(EntityType.PLACE);
    static final Optional<EntityType> ORG = Optional.of(EntityType.ORGANIZATION);
    static final Optional<EntityType> PERSON = Optional.of(EntityType.PERSON);
    static final Optional<EntityType> PRODUCT = Optional.of(EntityType.PRODUCT);

    private static final CapitalizedNameFinder FINDER = new CapitalizedNameFinder(Gazetteer.bundled());

    private FoundNames() {
    }

    /** The names found in a text by their surface, each checked to point at its text. */
    static Map<String, NameMention> found(String text) {
        Document doc = Document.of(text);
        List<NameMention> found = FINDER.find(doc);
        for (NameMention m : found) {
            assertEquals(m.surface(), doc.text(m.span()), "span and surface agree");
        }
        return found.stream().collect(Collectors.toMap(NameMention::surface, m -> m, (a, b) -> a));
    }

    /** The type the context gives a name, empty when it is not found or nothing types it. */
    static Optional<EntityType> type(String text, String name) {
        return Optional.ofNullable(found(text).get(name)).filter(m -> m.evidence() != Evidence.NONE).map(NameMention::type);
    }
}
