package org.newsgraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.NG;

/**
 * Parsing SPARQL with newsgraph's usual prefixes already declared, so a one-line query typed at the
 * shell can say {@code ng:Organization} without a PREFIX line; a query's own PREFIX lines win.
 *
 * <pre>{@code Query q = QueryLib.parse("SELECT ?o { ?o a ng:Organization }");}</pre>
 */
public final class QueryLib {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private QueryLib() {
    }

    /** The prefixes every parsed query starts with: rdf, rdfs, owl, xsd, dc, skos, ng and wd. */
    public static PrefixMapping standardPrefixes() {
        return STANDARD;
    }

    /**
     * Parses a SPARQL query.
     *
     * @throws org.apache.jena.query.QueryParseException if it is not a valid query
     */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(STANDARD));
        return QueryFactory.parse(query, sparql, null, Syntax.defaultQuerySyntax);
    }
}
