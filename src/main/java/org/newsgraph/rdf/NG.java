package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph vocabulary, {@code ontology/newsgraph.ttl}, as Jena constants.
 *
 * <pre>{@code model.add(person, NG.holds, position);}</pre>
 */
public final class NG {

    /** The namespace of the vocabulary, ending in {@code #}. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    /** The ontology's own IRI, without the {@code #}. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";

    private NG() {
    }

    /** The namespace of the vocabulary. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** A company, public body, government, university, laboratory or other organized group. */
    public static final Resource Organization = resource("Organization");

    /** A human being named in an article. */
    public static final Resource Person = resource("Person");

    /** A named geographic place: a country, city, region or other location. */
    public static final Resource Place = resource("Place");

    /** A country; always also an {@link #Place}. */
    public static final Resource Country = resource("Country");

    /** A city or town; always also an {@link #Place}. */
    public static final Resource City = resource("City");

    /** A region, province or other area; always also an {@link #Place}. */
    public static final Resource Region = resource("Region");

    /** A named product, service, software, model or device. */
    public static final Resource Product = resource("Product");

    /** One stated investment of money or effort into a place, a company or a project. */
    public static final Resource Investment = resource("Investment");

    /** An amount of money in plain units with its ISO 4217 currency code. */
    public static final Resource MonetaryAmount = resource("MonetaryAmount");

    /** A role a person holds, such as chief executive of a company or president of a country. */
    public static final Resource Position = resource("Position");

    /** Words quoted in an article, with who said them where the article names the speaker. */
    public static final Resource Quote = resource("Quote");

    /** A span of an article's text, by code-point offsets, that an entity or fact was read from. */
    public static final Resource Mention = resource("Mention");

    /** A news article, identified by a hash of its text. */
    public static final Resource Article = resource("Article");

    /** Who puts the money or effort in (repeated for a joint investment). */
    public static final Property investor = property("investor");

    /** The place, organization or project that receives the investment. */
    public static final Property target = property("target");

    /** The amount stated for the whole investment. */
    public static final Property amount = property("amount");

    /** The amount in plain units, not thousands or millions: 2.9 billion is 2900000000. */
    public static final Property value = property("value");

    /** The ISO 4217 three-letter currency code, such as USD or EUR. */
    public static final Property currency = property("currency");

    /** How the text hedges an amount: "about", "more-than", "up-to" or "at-least"; absent when exact. */
    public static final Property amountQualifier = property("amountQualifier");

    /** The period over which the investment is made, as the article states it, such as P3Y. */
    public static final Property duration = property("duration");

    /** A stated horizon ("by 2027") as an xsd:gYear or xsd:date. */
    public static final Property endDate = property("endDate");

    /** The day the article says the investment was announced, resolved against the article's date. */
    public static final Property announced = property("announced");

    /** What the investment is for, in the article's words and language. */
    public static final Property purpose = property("purpose");

    /** The mention of the text a fact was read from (a sub-property of prov:wasDerivedFrom). */
    public static final Property evidence = property("evidence");

    /** How often the rule that produced the fact is right, from 0 to 1. */
    public static final Property confidence = property("confidence");

    /** Links a person to a position the article says they hold. */
    public static final Property holds = property("holds");

    /** The title as written, lower-cased, such as "chief executive" or "président". */
    public static final Property title = property("title");

    /** The organization or place the position belongs to. */
    public static final Property positionIn = property("positionIn");

    /** A stated partnership between two organizations; symmetric, written both ways. */
    public static final Property partnerOf = property("partnerOf");

    /** A laboratory, unit or subsidiary that belongs to another organization. */
    public static final Property partOf = property("partOf");

    /** Where an organization or a place is. */
    public static final Property locatedIn = property("locatedIn");

    /** The maker of a product. */
    public static final Property creatorOf = property("creatorOf");

    /** The person who said the quoted words. */
    public static final Property speaker = property("speaker");

    /** The quoted words, without the quotation marks. */
    public static final Property text = property("text");

    /** A mention of the entity in the article's text, one per occurrence. */
    public static final Property mention = property("mention");

    /** The article whose text the mention's offsets count into. */
    public static final Property inArticle = property("inArticle");

    /** Code-point offset of the span's first character in the article's text (inclusive). */
    public static final Property start = property("start");

    /** Code-point offset just past the span's last character (exclusive). */
    public static final Property end = property("end");

    /** The exact text of the span, character for character. */
    public static final Property anchorText = property("anchorText");

    /** An article that names the entity. */
    public static final Property mentionedIn = property("mentionedIn");

    /** The language of the article as an ISO 639-1 code, such as fr or en. */
    public static final Property language = property("language");

    /** The article's headline, in its language: its first line when that is a headline, or the title given with it. */
    public static final Property headline = property("headline");

    /** The article's whole text, kept when it was derived from markup (a page, a feed item), so that offsets stay checkable. */
    public static final Property articleText = property("articleText");

    /** When the article was published: an xsd:gYear, xsd:gYearMonth or xsd:date. */
    public static final Property published = property("published");

    /** The news agency or paper that wrote the article, where the article names it or its source gives it. */
    public static final Property publisher = property("publisher");

    /** The place the story was filed from, as given in its dateline. */
    public static final Property dateline = property("dateline");
}
