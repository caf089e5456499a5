package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

class QueriesTest {

    private static final Model GRAPH = GraphBuilder.standard().build(SampleArticle.extraction());
    private static final String ARTICLE = GraphBuilder.standard().articleIri(SampleArticle.document());
    private static final String ID = GraphBuilder.DEFAULT_BASE + "id/";

    static List<String> queryNames() {
        return Classpath.queryNames();
    }

    private static Query query(String name) {
        return QueryFactory.create(Classpath.text("/queries/" + name));
    }

    /** Each row as variable name to the node's lexical form or IRI, unbound variables left out. */
    private static List<Map<String, String>> rows(String name, Model data) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(data).query(query(name)).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new TreeMap<>();
                solution.varNames().forEachRemaining(v -> {
                    RDFNode n = solution.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> rows(String name) {
        return rows(name, GRAPH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void everyQueryParsesHasAHeaderAndNoGraphClause(String name) {
        String text = Classpath.text("/queries/" + name);
        assertTrue(name.matches("[a-z]+(-[a-z]+)*\\.rq"), "kebab-case name");
        assertTrue(text.startsWith("# "), "first line is a '# description' comment");
        Query q = query(name);
        assertTrue(q.isSelectType());
        boolean[] named = {false};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph el) {
                named[0] = true;
            }
        });
        assertFalse(named[0], "GRAPH clauses would miss a store whose default graph is the union");
        assertFalse(rows(name).isEmpty(), "returns rows over the sample graph");
    }

    @Test
    void shipsTheExpectedQueries() {
        assertTrue(queryNames().containsAll(List.of("investments.rq", "people.rq", "organizations.rq",
                "relations.rq", "quotes.rq", "provenance.rq", "links.rq")), queryNames().toString());
    }

    @Test
    void investmentsGiveOneRowWithEverySlot() {
        List<Map<String, String>> rows = rows("investments.rq");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> row = rows.get(0);
        assertEquals(ARTICLE + "/investment/1", row.get("investment"));
        assertEquals("Acme Corp", row.get("investors"));
        assertEquals("Freedonia", row.get("targetLabel"));
        assertEquals(0, new BigDecimal("1500000000").compareTo(new BigDecimal(row.get("amount"))));
        assertEquals("USD", row.get("currency"));
        assertEquals("P3Y", row.get("duration"));
        assertEquals("2027", row.get("endDate"));
        assertEquals("build data centres", row.get("purpose"));
        assertFalse(row.containsKey("qualifier"));
    }

    @Test
    void jointInvestmentIsStillOneRowWithBothInvestors() {
        Model joint = ModelFactory.createDefaultModel().add(GRAPH);
        joint.add(joint.createResource(ARTICLE + "/investment/1"), NG.investor,
                joint.createResource(ID + "organization/globex"));
        List<Map<String, String>> rows = rows("investments.rq", joint);
        assertEquals(1, rows.size());
        assertEquals(List.of("Acme Corp", "Globex"), List.of(rows.get(0).get("investors").split("; ")).stream()
                .sorted().toList());
    }

    @Test
    void peopleGiveTitleAndWhere() {
        assertEquals(List.of(Map.of("person", ID + "person/jane-doe", "name", "Jane Doe", "title", "chief executive",
                "where", ID + "organization/acme-corp", "whereLabel", "Acme Corp")), rows("people.rq"));
    }

    @Test
    void organizationsListEachOnceWithAltLabelsAndArticleCount() {
        List<Map<String, String>> rows = rows("organizations.rq");
        assertEquals(List.of("Acme Corp", "Globex", "Newswire"), rows.stream().map(r -> r.get("name")).toList());
        assertEquals("Acme", rows.get(0).get("altLabels"));
        assertEquals("1", rows.get(0).get("articles"));
    }

    @Test
    void relationsShowAPartnershipOnce() {
        List<String> rows = rows("relations.rq").stream()
                .map(r -> r.get("subjectLabel") + " " + r.get("relation").substring(NG.NS.length()) + " "
                        + r.get("objectLabel"))
                .toList();
        assertEquals(List.of("Acme Corp creatorOf Acme Cloud", "Acme Corp partnerOf Globex"), rows);
    }

    @Test
    void quotesGiveSpeakerTextAndOffsets() {
        List<Map<String, String>> rows = rows("quotes.rq");
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals("Jane Doe", row.get("speakerLabel"));
        assertEquals("Nous investissons", row.get("text"));
        int start = Integer.parseInt(row.get("start"));
        int end = Integer.parseInt(row.get("end"));
        int[] cps = SampleArticle.TEXT.codePoints().toArray();
        assertEquals("Nous investissons", new String(cps, start, end - start));
    }

    @Test
    void provenanceGivesTheSentenceAndItsOffsets() {
        List<Map<String, String>> rows = rows("provenance.rq");
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals(ARTICLE, row.get("article"));
        assertEquals(SampleArticle.FIRST_SENTENCE, row.get("sentence"));
        int utf16 = SampleArticle.TEXT.indexOf(SampleArticle.FIRST_SENTENCE);
        assertEquals(String.valueOf(utf16 - 1), row.get("start"), "code points: the emoji counts once");
        assertEquals(String.valueOf(utf16 - 1 + SampleArticle.FIRST_SENTENCE.length()), row.get("end"));
        assertEquals("$1.5 billion", row.get("amountText"));
    }

    @Test
    void linksGiveWikidataIris() {
        assertEquals(List.of(Map.of("entity", ID + "wd/" + SampleArticle.FREEDONIA_QID, "label", "Freedonia",
                        "type", NG.Place.getURI(), "wikidata", GraphBuilder.WIKIDATA + SampleArticle.FREEDONIA_QID)),
                rows("links.rq"));
    }

    @Test
    void queriesSeeEveryNamedGraphOfAUnionStore() {
        String text = "Initech raised $20 million from Globex.";
        Document doc = new Document(text, Language.EN, SentenceSplitter.split(text));
        Entity initech = new Entity("org:initech", EntityType.ORGANIZATION, PlaceKind.OTHER, "Initech", List.of(),
                List.of(new Span(0, 7)), Optional.empty());
        Entity globex = new Entity("org:globex", EntityType.ORGANIZATION, PlaceKind.OTHER, "Globex", List.of(),
                List.of(new Span(32, 38)), Optional.empty());
        Money money = new Money(new BigDecimal("20000000"), "USD", Money.Qualifier.EXACT, new Span(15, 26));
        Investment round = new Investment(List.of("org:globex"), Optional.of("org:initech"), Optional.of(money),
                Optional.empty(), Optional.empty(), Optional.empty(), new Span(0, text.length()), 0.9);
        GraphBuilder builder = GraphBuilder.standard();
        Model second = builder.build(new Extraction(doc, ArticleMeta.none(), List.of(initech, globex),
                List.of(round), List.of(), List.of(), List.of()));

        Dataset store = DatasetFactory.createTxnMem();
        store.addNamedModel(ARTICLE, GRAPH);
        store.addNamedModel(builder.articleIri(doc), second);
        Model union = store.getUnionModel();
        List<Map<String, String>> rows = rows("investments.rq", union);
        assertEquals(List.of("Acme Corp", "Globex"), rows.stream().map(r -> r.get("investors")).sorted().toList());
        assertEquals(2, rows("provenance.rq", union).size());
        // Globex is one node across both articles: named twice, counted in two articles
        assertTrue(rows("organizations.rq", union).contains(Map.of("organization", ID + "organization/globex",
                "name", "Globex", "articles", "2")), rows("organizations.rq", union).toString());
    }
}
