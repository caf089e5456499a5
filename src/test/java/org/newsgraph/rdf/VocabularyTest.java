package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final Model ONTOLOGY = Classpath.turtle("/ontology/newsgraph.ttl");
    private static final Set<Resource> DECLARING_TYPES = Set.of(OWL.Class, OWL.ObjectProperty,
            OWL.DatatypeProperty, OWL.SymmetricProperty, OWL.FunctionalProperty, RDF.Property);

    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Statement s : ONTOLOGY.listStatements(null, RDF.type, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(NG.NS)
                    && DECLARING_TYPES.contains(s.getObject())) {
                terms.add(s.getSubject().getURI());
            }
        }
        return terms;
    }

    private static Set<String> vocabularyConstants() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(NG.NS + f.getName(), r.getURI(), "constant named after its local name");
                terms.add(r.getURI());
            }
        }
        return terms;
    }

    @Test
    void vocabularyClassAndOntologyDeclareTheSameTerms() throws IllegalAccessException {
        assertEquals(declaredTerms(), vocabularyConstants());
    }

    @Test
    void ontologyDeclaresEveryTermOfTheContract() {
        List<String> contract = List.of("Organization", "Person", "Place", "Country", "City", "Region", "Product",
                "Investment", "MonetaryAmount", "Position", "Quote", "Mention", "Article", "investor", "target",
                "amount", "value", "currency", "duration", "endDate", "purpose", "evidence", "holds", "title",
                "positionIn", "partnerOf", "partOf", "locatedIn", "creatorOf", "speaker", "text", "inArticle", "start",
                "end", "anchorText", "mentionedIn", "language", "published", "publisher", "dateline", "confidence");
        Set<String> declared = declaredTerms();
        List<String> missing = contract.stream().filter(t -> !declared.contains(NG.NS + t)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTermHasEnglishAndFrenchLabelsAndComments() {
        List<String> gaps = new ArrayList<>();
        for (String term : declaredTerms()) {
            Resource r = ONTOLOGY.createResource(term);
            for (var p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "fr")) {
                    boolean present = ONTOLOGY.listObjectsOfProperty(r, p).toList().stream()
                            .anyMatch(o -> o.isLiteral() && lang.equals(((Literal) o).getLanguage())
                                    && !((Literal) o).getString().isBlank());
                    if (!present) {
                        gaps.add(r.getLocalName() + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyPropertyHasADomainAndARange() {
        List<String> gaps = new ArrayList<>();
        for (String term : declaredTerms()) {
            Resource r = ONTOLOGY.createResource(term);
            if (!r.hasProperty(RDF.type, OWL.Class)
                    && !(r.hasProperty(RDFS.domain) && r.hasProperty(RDFS.range))) {
                gaps.add(r.getLocalName());
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void partnerOfIsSymmetricAndPlaceKindsArePlaces() {
        assertTrue(ONTOLOGY.contains(NG.partnerOf, RDF.type, OWL.SymmetricProperty));
        for (Resource kind : List.of(NG.Country, NG.City, NG.Region)) {
            assertTrue(ONTOLOGY.contains(kind, RDFS.subClassOf, NG.Place), kind.getLocalName());
        }
        assertTrue(ONTOLOGY.contains(NG.evidence, RDFS.subPropertyOf,
                ONTOLOGY.createResource("http://www.w3.org/ns/prov#wasDerivedFrom")));
    }

    @Test
    void shapesParseAsShaclAndNameOnlyDeclaredTerms() {
        Model shapesModel = Classpath.turtle("/ontology/shapes.ttl");
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        assertFalse(shapes.getTargetShapes().isEmpty(), "shapes with targets");
        assertTrue(shapes.numShapes() >= 10, "a shape per class of the contract");

        Set<String> declared = declaredTerms();
        Set<String> unknown = new TreeSet<>();
        shapesModel.listStatements().forEach(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NG.NS)
                        && !declared.contains(n.asResource().getURI())) {
                    unknown.add(n.asResource().getURI());
                }
            }
        });
        assertEquals(Set.of(), unknown, "shapes name terms the ontology does not declare");
    }
}
