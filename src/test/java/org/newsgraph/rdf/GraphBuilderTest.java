package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleMeta;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.text.Span;

class GraphBuilderTest {

    private static final Shapes SHAPES = Shapes.parse(Classpath.turtle("/ontology/shapes.ttl").getGraph());
    private static final GraphBuilder BUILDER = GraphBuilder.standard();
    private static final String ID = GraphBuilder.DEFAULT_BASE + "id/";

    private final Model graph = BUILDER.build(SampleArticle.extraction());
    private final Resource article = graph.createResource(BUILDER.articleIri(SampleArticle.document()));

    private static String report(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Resource node(String iri) {
        return graph.createResource(iri);
    }

    private Resource only(Resource subject, Property p) {
        List<Statement> found = graph.listStatements(subject, p, (Resource) null).toList();
        assertEquals(1, found.size(), subject + " " + p.getLocalName());
        return found.get(0).getResource();
    }

    private Literal literal(Resource subject, Property p) {
        List<Statement> found = graph.listStatements(subject, p, (Resource) null).toList();
        assertEquals(1, found.size(), subject + " " + p.getLocalName());
        return found.get(0).getLiteral();
    }

    @Test
    void builtGraphConformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph.getGraph());
        assertTrue(report.conforms(), () -> report(report) + "\n" + turtle(graph));
    }

    @Test
    void articleCarriesLanguageDatePublisherAndDateline() {
        assertTrue(graph.contains(article, RDF.type, NG.Article));
        assertEquals("en", literal(article, NG.language).getLexicalForm());
        assertEquals(graph.createTypedLiteral("2024-04-16", XSDDatatype.XSDdate), literal(article, NG.published));
        assertEquals(node(ID + "organization/newswire"), only(article, NG.publisher));
        assertEquals(node(ID + "place/geneva"), only(article, NG.dateline));
    }

    @Test
    void entitiesHaveTypesLabelsAndLinks() {
        Resource acme = node(ID + "organization/acme-corp");
        assertTrue(graph.contains(acme, RDF.type, NG.Organization));
        assertTrue(graph.contains(acme, RDFS.label, graph.createLiteral("Acme Corp", "en")));
        assertTrue(graph.contains(acme, SKOS.altLabel, graph.createLiteral("Acme", "en")));
        assertTrue(graph.contains(acme, NG.mentionedIn, article));
        assertEquals(2, graph.listObjectsOfProperty(acme, NG.mention).toList().size());

        Resource freedonia = node(ID + "wd/" + SampleArticle.FREEDONIA_QID);
        assertTrue(graph.contains(freedonia, RDF.type, NG.Country));
        assertTrue(graph.contains(freedonia, RDF.type, NG.Place), "supertype materialized");
        assertEquals(node(GraphBuilder.WIKIDATA + SampleArticle.FREEDONIA_QID), only(freedonia, OWL.sameAs));

        Resource geneva = node(ID + "place/geneva");
        assertTrue(graph.contains(geneva, RDF.type, NG.City));
        assertTrue(graph.contains(geneva, RDF.type, NG.Place));
        assertTrue(graph.contains(node(ID + "product/acme-cloud"), RDF.type, NG.Product));
        assertTrue(graph.contains(node(ID + "person/jane-doe"), RDF.type, NG.Person));
    }

    @Test
    void investmentHasEverySlotWithItsDatatype() {
        Resource inv = node(article.getURI() + "/investment/1");
        assertTrue(graph.contains(inv, RDF.type, NG.Investment));
        assertEquals(node(ID + "organization/acme-corp"), only(inv, NG.investor));
        assertEquals(node(ID + "wd/" + SampleArticle.FREEDONIA_QID), only(inv, NG.target));
        Resource amount = only(inv, NG.amount);
        assertTrue(graph.contains(amount, RDF.type, NG.MonetaryAmount));
        Literal value = literal(amount, NG.value);
        assertEquals("1500000000", value.getLexicalForm());
        assertEquals(XSDDatatype.XSDdecimal.getURI(), value.getDatatypeURI());
        assertEquals("USD", literal(amount, NG.currency).getString());
        assertFalse(amount.hasProperty(NG.amountQualifier), "an exact amount has no qualifier");
        assertEquals(graph.createTypedLiteral("P3Y", XSDDatatype.XSDduration), literal(inv, NG.duration));
        assertEquals(graph.createTypedLiteral("2027", XSDDatatype.XSDgYear), literal(inv, NG.endDate));
        assertEquals(graph.createLiteral("build data centres", "en"), literal(inv, NG.purpose));
        assertEquals(graph.createTypedLiteral("0.8", XSDDatatype.XSDdecimal), literal(inv, NG.confidence));
        Resource evidence = only(inv, NG.evidence);
        assertEquals(SampleArticle.FIRST_SENTENCE, literal(evidence, NG.anchorText).getString());
        assertEquals(article, only(evidence, NG.inArticle));
        assertEquals("$1.5 billion", literal(only(amount, NG.evidence), NG.anchorText).getString());
    }

    @Test
    void positionRelationsAndQuoteAreWritten() {
        Resource jane = node(ID + "person/jane-doe");
        Resource acme = node(ID + "organization/acme-corp");
        Resource globex = node(ID + "organization/globex");
        Resource position = only(jane, NG.holds);
        assertTrue(graph.contains(position, RDF.type, NG.Position));
        assertEquals(graph.createLiteral("chief executive", "en"), literal(position, NG.title));
        assertEquals(acme, only(position, NG.positionIn));

        assertTrue(graph.contains(acme, NG.partnerOf, globex));
        assertTrue(graph.contains(globex, NG.partnerOf, acme), "partnerOf written both ways");
        assertTrue(graph.contains(acme, NG.creatorOf, node(ID + "product/acme-cloud")));
        assertFalse(graph.contains(node(ID + "product/acme-cloud"), NG.creatorOf, acme));

        Resource quote = node(article.getURI() + "/quote/1");
        assertTrue(graph.contains(quote, RDF.type, NG.Quote));
        assertEquals(jane, only(quote, NG.speaker));
        assertEquals(graph.createLiteral("Nous investissons", "en"), literal(quote, NG.text));
        assertEquals("Nous investissons", literal(only(quote, NG.evidence), NG.anchorText).getString());
    }

    @Test
    void everyMentionCountsCodePointsAndMatchesItsAnchorText() {
        String text = SampleArticle.TEXT;
        int[] codePoints = text.codePoints().toArray();
        List<Resource> mentions = graph.listSubjectsWithProperty(RDF.type, NG.Mention).toList();
        assertTrue(mentions.size() >= 10, "mentions of entities and facts");
        for (Resource m : mentions) {
            int start = literal(m, NG.start).getInt();
            int end = literal(m, NG.end).getInt();
            assertEquals(XSDDatatype.XSDinteger.getURI(), literal(m, NG.start).getDatatypeURI());
            assertEquals(literal(m, NG.anchorText).getString(), new String(codePoints, start, end - start), m.getURI());
        }
        // the emoji before it is one code point but two UTF-16 units
        Span utf16 = SampleArticle.span("Acme Corp");
        Resource acmeMention = graph.createResource(article.getURI() + "/mention/"
                + (utf16.start() - 1) + "-" + (utf16.end() - 1));
        assertEquals(utf16.start() - 1, literal(acmeMention, NG.start).getInt());
        assertNotEquals(utf16.start(), literal(acmeMention, NG.start).getInt());
    }

    @Test
    void sameExtractionGivesIsomorphicAndByteIdenticalTurtle() {
        Model again = BUILDER.build(SampleArticle.extraction());
        assertTrue(graph.isIsomorphicWith(again));
        assertEquals(turtle(graph), turtle(again));
    }

    @Test
    void turtleUsesOnlyThePrefixesTheGraphNeeds() {
        assertEquals(List.of("ng", "owl", "rdfs", "skos", "wd", "xsd"),
                graph.getNsPrefixMap().keySet().stream().sorted().toList());
        Extraction bare = new Extraction(SampleArticle.document(), ArticleMeta.none(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals(List.of("ng"), BUILDER.build(bare).getNsPrefixMap().keySet().stream().sorted().toList());
    }

    @Test
    void entityIrisComeFromWikidataOrFromTheNormalizedLabel() {
        Entity bank = new Entity("org:sg", EntityType.ORGANIZATION, PlaceKind.OTHER, "Société Générale (SG)",
                List.of(), List.of(), Optional.empty());
        assertEquals(ID + "organization/societe-generale-sg", BUILDER.entityIri(bank));
        Entity linked = new Entity("org:sg", EntityType.ORGANIZATION, PlaceKind.OTHER, "Société Générale",
                List.of(), List.of(), Optional.of("Q270363"));
        assertEquals(ID + "wd/Q270363", BUILDER.entityIri(linked));
        assertEquals("https://example.org/kg/id/place/ile-de-france",
                new GraphBuilder("https://example.org/kg").entityIri(new Entity("p", EntityType.PLACE,
                        PlaceKind.REGION, "Île-de-France", List.of(), List.of(), Optional.empty())));
    }

    @Test
    void twoEntitiesOfOneNodeKeepOnePreferredLabel() {
        Document doc = SampleArticle.document();
        Entity full = new Entity("org:acme-corp", EntityType.ORGANIZATION, PlaceKind.OTHER, "Acme Corp", List.of(),
                List.of(SampleArticle.span("Acme Corp")), Optional.of("Q42424242"));
        Entity shortName = new Entity("org:acme", EntityType.ORGANIZATION, PlaceKind.OTHER, "Acme", List.of(),
                List.of(SampleArticle.span("Acme", doc.text().indexOf("Acme and"))), Optional.of("Q42424242"));
        Model m = BUILDER.build(new Extraction(doc, ArticleMeta.none(), List.of(full, shortName), List.of(),
                List.of(), List.of(), List.of()));
        Resource acme = m.createResource(ID + "wd/Q42424242");
        assertEquals(List.of(m.createLiteral("Acme Corp", "en")), m.listObjectsOfProperty(acme, RDFS.label).toList());
        assertTrue(m.contains(acme, SKOS.altLabel, m.createLiteral("Acme", "en")));
        assertTrue(ShaclValidator.get().validate(SHAPES, m.getGraph()).conforms());
    }

    @Test
    void publishedDateIsTypedByItsPrecision() {
        assertEquals(XSDDatatype.XSDgYear.getURI(), published("2024").getDatatypeURI());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), published("2024-04").getDatatypeURI());
        assertEquals(XSDDatatype.XSDdate.getURI(), published("2024-04-16").getDatatypeURI());
        assertThrows(IllegalArgumentException.class, () -> published("April 2024"));
    }

    private Literal published(String date) {
        Document doc = SampleArticle.document();
        Extraction x = new Extraction(doc, new ArticleMeta(Optional.of(date), Optional.empty(), Optional.empty()),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Model m = BUILDER.build(x);
        return m.getRequiredProperty(m.createResource(BUILDER.articleIri(doc)), NG.published).getLiteral();
    }

    @Test
    void hedgedAmountKeepsItsNumberAndNamesItsQualifier() {
        String text = "Globex will put about €20 million into Initech.";
        Document doc = new Document(text, Language.EN, SentenceSplitter.split(text));
        Entity globex = new Entity("org:globex", EntityType.ORGANIZATION, PlaceKind.OTHER, "Globex", List.of(),
                List.of(new Span(0, 6)), Optional.empty());
        Money money = new Money(new BigDecimal("20000000.00"), "EUR", Money.Qualifier.ABOUT,
                new Span(text.indexOf('€'), text.indexOf(" into")));
        Investment inv = new Investment(List.of("org:globex"), Optional.empty(), Optional.of(money), Optional.empty(),
                Optional.empty(), Optional.empty(), new Span(0, text.length()), 1.0);
        Model m = BUILDER.build(new Extraction(doc, ArticleMeta.none(), List.of(globex), List.of(inv), List.of(),
                List.of(), List.of()));
        Resource amount = m.createResource(BUILDER.articleIri(doc) + "/investment/1/amount");
        assertEquals("20000000", m.getRequiredProperty(amount, NG.value).getLiteral().getLexicalForm());
        assertEquals("about", m.getRequiredProperty(amount, NG.amountQualifier).getString());
        assertTrue(ShaclValidator.get().validate(SHAPES, m.getGraph()).conforms(), "investment without target");
    }

    @Test
    void factNamingAnUnknownEntityIsRejected() {
        Document doc = SampleArticle.document();
        Investment inv = new Investment(List.of("org:nobody"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new Span(0, 4), 0.5);
        Extraction x = new Extraction(doc, ArticleMeta.none(), List.of(), List.of(inv), List.of(), List.of(),
                List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILDER.build(x));
        assertTrue(e.getMessage().contains("org:nobody"), e.getMessage());
    }

    @Test
    void shapesRejectBrokenMentionsAmountsAndInvestments() {
        Model broken = ModelFactory.createDefaultModel().add(graph);
        Resource mention = graph.listSubjectsWithProperty(RDF.type, NG.Mention).next();
        broken.removeAll(mention, NG.end, null);
        broken.addLiteral(mention, NG.end, broken.createTypedLiteral("0", XSDDatatype.XSDinteger));
        Resource amount = node(article.getURI() + "/investment/1/amount");
        broken.removeAll(amount, NG.currency, null);
        broken.add(amount, NG.currency, "usd");
        Resource inv = node(article.getURI() + "/investment/1");
        broken.removeAll(inv, NG.investor, null);
        broken.removeAll(inv, NG.target, null);

        ValidationReport report = ShaclValidator.get().validate(SHAPES, broken.getGraph());
        assertFalse(report.conforms());
        List<String> focus = report.getEntries().stream().map(e -> e.focusNode().getURI()).distinct().sorted().toList();
        assertEquals(List.of(inv.getURI(), amount.getURI(), mention.getURI()).stream().sorted().toList(), focus);
    }
}
