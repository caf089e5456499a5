package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.Quote;
import org.newsgraph.extract.Relation;
import org.newsgraph.input.Given;
import org.newsgraph.text.Document;
import org.newsgraph.text.HeadlineReader;
import org.newsgraph.text.Span;

/**
 * The one place that turns an {@link Extraction} into RDF, following shared/CONTRACT.md.
 * IRIs are minted from content only (the article's hash, Wikidata ids, normalized labels, list
 * positions, offsets), so the same extraction always gives the same graph and the same Turtle.
 *
 * <pre>{@code Model m = GraphBuilder.standard().build(extraction);}</pre>
 */
public final class GraphBuilder {

    /** The base under which newsgraph mints article, entity and fact IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/";

    /** Where Wikidata's entities live; owl:sameAs points there. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Prefixes offered to writers; only those the graph uses are set on it. */
    private static final Map<String, String> PREFIXES = Map.of(
            "ng", NG.NS,
            "rdfs", RDFS.uri,
            "skos", SKOS.uri,
            "owl", OWL.NS,
            "xsd", XSD.NS,
            "wd", WIKIDATA,
            "dct", DCTerms.NS);

    private final String base;

    public GraphBuilder(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static GraphBuilder standard() {
        return new GraphBuilder(DEFAULT_BASE);
    }

    /** The article's IRI, derived from its content. */
    public String articleIri(Document document) {
        return base + "article/" + document.contentHash();
    }

    /**
     * An entity's IRI: {@code base/id/wd/Q90} when linked to Wikidata, else
     * {@code base/id/<class>/<slug of the label>}, so that articles naming the same entity share its node.
     */
    public String entityIri(Entity entity) {
        if (entity.wikidata().isPresent()) {
            return base + "id/wd/" + wikidataId(entity);
        }
        return base + "id/" + entity.type().className().toLowerCase(Locale.ROOT) + "/" + slug(entity.label());
    }

    /** Lower-case, accents stripped, every run of other than letters and digits made one '-'. */
    static String slug(String label) {
        String plain = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        // a label of punctuation alone still needs a stable, distinct name
        return slug.isEmpty() ? "x" + Integer.toHexString(label.hashCode()) : slug;
    }

    /**
     * The graph of one article.
     *
     * @throws IllegalArgumentException if a fact names an entity id the extraction does not hold,
     *                                  or a date, duration or Wikidata id is malformed
     */
    public Model build(Extraction extraction) {
        return build(extraction, Given.none());
    }

    /**
     * The graph of one article, with what came with its text (a title, a URL, a date, a publisher), which
     * wins over what the text says of itself. The headline is the title given, else the text's first line
     * when that is a headline; the URL is the article's {@code owl:sameAs}, its IRI staying a hash of the text.
     */
    public Model build(Extraction extraction, Given given) {
        return new Run(extraction, given).write();
    }

    private static String wikidataId(Entity entity) {
        String id = entity.wikidata().orElseThrow();
        if (!WIKIDATA_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: " + id + " on " + entity.id());
        }
        return id;
    }

    /** The state of one build: the model being written and the entity nodes by id. */
    private final class Run {
        private final Extraction x;
        private final Given given;
        private final Document doc;
        private final String lang;
        private final Model model = ModelFactory.createDefaultModel();
        private final String articleIri;
        private final Resource article;
        private final Map<String, Resource> entities = new HashMap<>();

        Run(Extraction extraction, Given given) {
            this.x = extraction;
            this.given = given;
            this.doc = extraction.document();
            this.lang = doc.language().code();
            this.articleIri = articleIri(doc);
            this.article = model.createResource(articleIri);
        }

        Model write() {
            article.addProperty(RDF.type, NG.Article);
            article.addProperty(NG.language, lang);
            given.title().or(() -> HeadlineReader.headline(doc.text()))
                    .ifPresent(h -> article.addProperty(NG.headline, h, lang));
            given.url().ifPresent(url -> article.addProperty(OWL.sameAs, model.createResource(url)));
            given.id().ifPresent(id -> article.addProperty(DCTerms.identifier, id));
            if (given.textKept()) {
                article.addProperty(NG.articleText, doc.text());
            }
            writeEntities();
            given.published().or(() -> x.meta().published()).ifPresent(p -> article.addLiteral(NG.published, published(p)));
            if (given.publisher().isPresent()) {
                article.addProperty(NG.publisher, givenPublisher(given.publisher().get()));
            } else {
                x.meta().publisher().ifPresent(id -> article.addProperty(NG.publisher, entity(id)));
            }
            x.meta().dateline().ifPresent(id -> article.addProperty(NG.dateline, entity(id)));
            List<Investment> investments = x.investments();
            for (int i = 0; i < investments.size(); i++) {
                writeInvestment(investments.get(i), articleIri + "/investment/" + (i + 1));
            }
            List<Position> positions = x.positions();
            for (int i = 0; i < positions.size(); i++) {
                writePosition(positions.get(i), articleIri + "/position/" + (i + 1));
            }
            x.relations().forEach(this::writeRelation);
            List<Quote> quotes = x.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                writeQuote(quotes.get(i), articleIri + "/quote/" + (i + 1));
            }
            setUsedPrefixes();
            return model;
        }

        private void writeEntities() {
            for (Entity e : x.entities()) {
                Resource node = model.createResource(entityIri(e));
                // two entities of the extraction may be one node (same Wikidata id, same slug):
                // the first keeps the preferred label and the others' labels become alternatives
                boolean first = !model.contains(node, RDFS.label);
                entities.put(e.id(), node);
                node.addProperty(RDF.type, classOf(e.type()));
                PlaceKind kind = e.kind();
                if (e.type() == EntityType.PLACE && kind.className() != null) {
                    node.addProperty(RDF.type, model.createResource(NG.NS + kind.className()));
                }
                if (first) {
                    node.addProperty(RDFS.label, e.label(), lang);
                } else if (!model.contains(node, RDFS.label, model.createLiteral(e.label(), lang))) {
                    node.addProperty(SKOS.altLabel, e.label(), lang);
                }
                String preferred = node.getProperty(RDFS.label).getString();
                e.altLabels().stream()
                        .filter(alt -> !alt.equals(preferred) && !alt.isBlank())
                        .forEach(alt -> node.addProperty(SKOS.altLabel, alt, lang));
                node.addProperty(NG.mentionedIn, article);
                if (e.wikidata().isPresent()) {
                    node.addProperty(OWL.sameAs, model.createResource(WIKIDATA + wikidataId(e)));
                }
                e.mentions().forEach(span -> node.addProperty(NG.mention, mention(span)));
            }
        }

        /**
         * The organization a publisher's given name stands for: the one of the article that bears that name,
         * else a node of its own, minted as an unlinked organization of that name would be.
         */
        private Resource givenPublisher(String name) {
            Optional<Entity> named = x.entities().stream()
                    .filter(e -> e.type() == EntityType.ORGANIZATION)
                    .filter(e -> e.label().equalsIgnoreCase(name) || e.altLabels().stream().anyMatch(name::equalsIgnoreCase))
                    .findFirst();
            if (named.isPresent()) {
                return entity(named.get().id());
            }
            Entity publisher = new Entity("publisher", EntityType.ORGANIZATION, PlaceKind.OTHER, name, List.of(), List.of(),
                    Optional.empty());
            Resource node = model.createResource(entityIri(publisher));
            node.addProperty(RDF.type, NG.Organization);
            if (!node.hasProperty(RDFS.label)) {
                node.addProperty(RDFS.label, name, lang);
            }
            node.addProperty(NG.mentionedIn, article);
            return node;
        }

        private void writeInvestment(Investment inv, String iri) {
            Resource node = model.createResource(iri, NG.Investment);
            inv.investors().forEach(id -> node.addProperty(NG.investor, entity(id)));
            inv.target().ifPresent(id -> node.addProperty(NG.target, entity(id)));
            inv.amount().ifPresent(money -> node.addProperty(NG.amount, amount(money, iri + "/amount")));
            inv.duration().ifPresent(d -> node.addLiteral(NG.duration, typed(d, XSDDatatype.XSDduration)));
            inv.endDate().ifPresent(d -> node.addLiteral(NG.endDate, endDate(d)));
            inv.announced().ifPresent(d -> node.addLiteral(NG.announced,
                    model.createTypedLiteral(java.time.LocalDate.parse(d).toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
            inv.purpose().filter(p -> !p.isBlank()).ifPresent(p -> node.addProperty(NG.purpose, p, lang));
            node.addProperty(NG.evidence, mention(inv.evidence()));
            node.addLiteral(NG.confidence, confidence(inv.confidence()));
        }

        private Resource amount(Money money, String iri) {
            Resource node = model.createResource(iri, NG.MonetaryAmount);
            // plain units and no exponent, as the contract asks ("2900000000", not "2.9E+9")
            node.addLiteral(NG.value, typed(money.value().stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
            node.addProperty(NG.currency, money.currency());
            if (money.qualifier() != Money.Qualifier.EXACT) {
                node.addProperty(NG.amountQualifier, money.qualifier().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            node.addProperty(NG.evidence, mention(money.span()));
            return node;
        }

        private void writePosition(Position p, String iri) {
            Resource node = model.createResource(iri, NG.Position);
            entity(p.person()).addProperty(NG.holds, node);
            node.addProperty(NG.title, p.title(), lang);
            p.in().ifPresent(id -> node.addProperty(NG.positionIn, entity(id)));
            node.addProperty(NG.evidence, mention(p.evidence()));
            node.addLiteral(NG.confidence, confidence(p.confidence()));
        }

        private void writeRelation(Relation r) {
            Resource subject = entity(r.subject());
            Resource object = entity(r.object());
            Property property = switch (r.type()) {
                case PARTNER_OF -> NG.partnerOf;
                case PART_OF -> NG.partOf;
                case LOCATED_IN -> NG.locatedIn;
                case CREATOR_OF -> NG.creatorOf;
            };
            subject.addProperty(property, object);
            if (r.type() == Relation.Type.PARTNER_OF) {
                object.addProperty(property, subject);
            }
        }

        private void writeQuote(Quote q, String iri) {
            Resource node = model.createResource(iri, NG.Quote);
            q.speaker().ifPresent(id -> node.addProperty(NG.speaker, entity(id)));
            node.addProperty(NG.text, q.text(), lang);
            node.addProperty(NG.evidence, mention(q.span()));
            node.addLiteral(NG.confidence, confidence(q.confidence()));
        }

        /** One node per distinct span, so a sentence that is evidence of two facts is one mention. */
        private Resource mention(Span span) {
            if (span.end() > doc.text().length()) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                        + ") runs past the article's " + doc.text().length() + " chars");
            }
            int start = doc.codePointOffset(span.start());
            int end = doc.codePointOffset(span.end());
            Resource node = model.createResource(articleIri + "/mention/" + start + "-" + end);
            if (!model.contains(node, RDF.type, NG.Mention)) {
                node.addProperty(RDF.type, NG.Mention);
                node.addProperty(NG.inArticle, article);
                node.addLiteral(NG.start, typed(Integer.toString(start), XSDDatatype.XSDinteger));
                node.addLiteral(NG.end, typed(Integer.toString(end), XSDDatatype.XSDinteger));
                node.addProperty(NG.anchorText, doc.text(span));
            }
            return node;
        }

        private Resource entity(String id) {
            Resource node = entities.get(id);
            if (node == null) {
                throw new IllegalArgumentException("a fact names entity '" + id + "', which the extraction does not hold");
            }
            return node;
        }

        private Literal published(String lexical) {
            if (YEAR.matcher(lexical).matches()) {
                return typed(lexical, XSDDatatype.XSDgYear);
            }
            if (YEAR_MONTH.matcher(lexical).matches()) {
                return typed(lexical, XSDDatatype.XSDgYearMonth);
            }
            if (DATE.matcher(lexical).matches()) {
                return typed(lexical, XSDDatatype.XSDdate);
            }
            throw new IllegalArgumentException("not a year, year-month or date: " + lexical);
        }

        private Literal endDate(String lexical) {
            if (YEAR.matcher(lexical).matches()) {
                return typed(lexical, XSDDatatype.XSDgYear);
            }
            if (DATE.matcher(lexical).matches()) {
                return typed(lexical, XSDDatatype.XSDdate);
            }
            throw new IllegalArgumentException("not a year or date: " + lexical);
        }

        private Literal confidence(double value) {
            return typed(BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal);
        }

        private Literal typed(String lexical, RDFDatatype type) {
            if (!type.isValid(lexical)) {
                throw new IllegalArgumentException("not a valid " + type.getURI() + ": " + lexical);
            }
            return model.createTypedLiteral(lexical, type);
        }

        private void setUsedPrefixes() {
            List<Statement> statements = model.listStatements().toList();
            PREFIXES.entrySet().stream()
                    .filter(p -> uses(statements, p.getValue()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(p -> model.setNsPrefix(p.getKey(), p.getValue()));
        }

        private static boolean uses(List<Statement> statements, String namespace) {
            for (Statement s : statements) {
                if (inNamespace(s.getSubject(), namespace) || s.getPredicate().getURI().startsWith(namespace)
                        || inNamespace(s.getObject(), namespace)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inNamespace(RDFNode node, String namespace) {
            if (node.isURIResource()) {
                return node.asResource().getURI().startsWith(namespace);
            }
            return node.isLiteral() && Optional.ofNullable(node.asLiteral().getDatatypeURI())
                    .filter(dt -> !dt.equals(XSD.xstring.getURI()) && !dt.endsWith("#langString"))
                    .map(dt -> dt.startsWith(namespace)).orElse(false);
        }
    }

    private static Resource classOf(EntityType type) {
        return switch (type) {
            case ORGANIZATION -> NG.Organization;
            case PERSON -> NG.Person;
            case PLACE -> NG.Place;
            case PRODUCT -> NG.Product;
        };
    }
}
