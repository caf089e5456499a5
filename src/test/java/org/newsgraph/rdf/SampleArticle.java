package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleMeta;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.Quote;
import org.newsgraph.extract.Relation;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.text.Span;

/**
 * A hand-made article and the extraction a perfect extractor would read from it. The text opens
 * with an emoji (two UTF-16 units, one code point), so every offset after it tells the two apart.
 *
 * <pre>{@code Extraction x = SampleArticle.extraction();}</pre>
 */
final class SampleArticle {

    static final String TEXT = "\uD83D\uDCC8 GENEVA (Newswire) - Acme Corp will invest $1.5 billion over three years"
            + " in Freedonia to build data centres by 2027, its chief executive Jane Doe said on Tuesday."
            + " Acme and Globex are partners in the project, which will run on Acme Cloud."
            + " « Nous investissons », a-t-elle déclaré.";

    /** An invented Wikidata id: the sample only checks that a given id is carried through. */
    static final String FREEDONIA_QID = "Q1234567";

    static final String FIRST_SENTENCE =
            "Acme Corp will invest $1.5 billion over three years in Freedonia to build data centres by 2027,"
                    + " its chief executive Jane Doe said on Tuesday.";

    private SampleArticle() {
    }

    static Document document() {
        return new Document(TEXT, Language.EN, SentenceSplitter.split(TEXT));
    }

    /** The UTF-16 span of the first occurrence of a phrase, at or after a given index. */
    static Span span(String phrase, int from) {
        int start = TEXT.indexOf(phrase, from);
        if (start < 0) {
            throw new IllegalArgumentException("not in the sample: " + phrase);
        }
        return new Span(start, start + phrase.length());
    }

    static Span span(String phrase) {
        return span(phrase, 0);
    }

    static Extraction extraction() {
        int second = TEXT.indexOf("Acme and");
        Entity acme = new Entity("org:acme", EntityType.ORGANIZATION, PlaceKind.OTHER, "Acme Corp", List.of("Acme"),
                List.of(span("Acme Corp"), span("Acme", second)), Optional.empty());
        Entity globex = new Entity("org:globex", EntityType.ORGANIZATION, PlaceKind.OTHER, "Globex", List.of(),
                List.of(span("Globex")), Optional.empty());
        Entity newswire = new Entity("org:newswire", EntityType.ORGANIZATION, PlaceKind.OTHER, "Newswire", List.of(),
                List.of(span("Newswire")), Optional.empty());
        Entity freedonia = new Entity("place:freedonia", EntityType.PLACE, PlaceKind.COUNTRY, "Freedonia", List.of(),
                List.of(span("Freedonia")), Optional.of(FREEDONIA_QID));
        Entity geneva = new Entity("place:geneva", EntityType.PLACE, PlaceKind.CITY, "Geneva", List.of("GENEVA"),
                List.of(span("GENEVA")), Optional.empty());
        Entity jane = new Entity("person:jane-doe", EntityType.PERSON, PlaceKind.OTHER, "Jane Doe", List.of(),
                List.of(span("Jane Doe")), Optional.empty());
        Entity cloud = new Entity("product:acme-cloud", EntityType.PRODUCT, PlaceKind.OTHER, "Acme Cloud", List.of(),
                List.of(span("Acme Cloud")), Optional.empty());

        Span sentence = span(FIRST_SENTENCE);
        Investment investment = new Investment(List.of("org:acme"), Optional.of("place:freedonia"),
                Optional.of(new Money(new BigDecimal("1.5E9"), "USD", Money.Qualifier.EXACT, span("$1.5 billion"))),
                Optional.of("P3Y"), Optional.of("2027"), Optional.of("build data centres"), sentence, 0.8);
        Position ceo = new Position("person:jane-doe", "chief executive", Optional.of("org:acme"), sentence, 0.9);
        Span partners = span("Acme and Globex are partners in the project, which will run on Acme Cloud.");
        Relation partnership = new Relation(Relation.Type.PARTNER_OF, "org:acme", "org:globex", partners, 0.7);
        Relation maker = new Relation(Relation.Type.CREATOR_OF, "org:acme", "product:acme-cloud", partners, 0.6);
        Quote quote = new Quote(Optional.of("person:jane-doe"), "Nous investissons", span("Nous investissons"), 0.75);

        ArticleMeta meta = new ArticleMeta(Optional.of("2024-04-16"), Optional.of("org:newswire"),
                Optional.of("place:geneva"));
        return new Extraction(document(), meta, List.of(acme, globex, newswire, freedonia, geneva, jane, cloud),
                List.of(investment), List.of(ceo), List.of(partnership, maker), List.of(quote));
    }
}
