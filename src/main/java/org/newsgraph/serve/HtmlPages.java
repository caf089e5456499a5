package org.newsgraph.serve;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * The pages a person reads: an entity's names, types and facts with the sentence each came from, an
 * article's metadata, entities, facts and passages, the index of everything, and the page for an
 * unknown IRI. Call inside a read transaction.
 *
 * <pre>{@code String page = new HtmlPages(queries, iris).entity(iri);}</pre>
 */
final class HtmlPages {

    private static final List<String> ENTITY_CLASSES = List.of("Organization", "Person", "Place", "Product");
    private static final Map<String, String> PLURALS = Map.of(
            "Organization", "Organizations", "Person", "People", "Place", "Places", "Product", "Products");
    private static final Map<String, String> RELATION_WORDS = Map.of(
            "partnerOf", "partner of", "partOf", "part of", "locatedIn", "located in", "creatorOf", "maker of");
    private static final Map<String, String> QUALIFIERS = Map.of(
            "about", "about ", "more-than", "more than ", "up-to", "up to ", "at-least", "at least ");
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private final PageQueries queries;
    private final IriMap iris;
    private final RDFNode language;

    /** Pages whose names are in {@code language} ("en", "fr") where the graph has them, else in another. */
    HtmlPages(PageQueries queries, IriMap iris, String language) {
        this.queries = queries;
        this.iris = iris;
        this.language = org.apache.jena.rdf.model.ResourceFactory.createPlainLiteral(language);
    }

    /** The page of an organization, person, place or product. */
    String entity(String iri) {
        Map<String, RDFNode> self = Map.of("this", PageQueries.iri(iri));
        List<QuerySolution> properties = queries.select("properties", self);
        String name = label(iri);
        Html h = new Html();
        h.open("header", "class", "entity");
        h.open("p", "class", "kinds");
        for (String type : values(properties, RDF.type)) {
            h.element("span", kindName(type), "class", "kind");
        }
        h.close("p");
        h.element("h1", name);
        List<String> others = values(properties, RDFS.label).stream().filter(l -> !l.equals(name)).toList();
        List<String> alt = new ArrayList<>(others);
        values(properties, SKOS.altLabel).stream().filter(l -> !l.equals(name) && !alt.contains(l)).forEach(alt::add);
        if (!alt.isEmpty()) {
            h.open("p", "class", "aliases").text("Also named ");
            for (int i = 0; i < alt.size(); i++) {
                h.text(i == 0 ? "" : ", ").element("span", alt.get(i), "class", "alias");
            }
            h.close("p");
        }
        List<String> sameAs = values(properties, OWL.sameAs);
        List<String> articles = values(properties, NG.mentionedIn);
        h.open("p", "class", "meta");
        for (String wikidata : sameAs) {
            h.link(wikidata, "Wikidata " + wikidata.substring(wikidata.lastIndexOf('/') + 1), "class", "wikidata");
            h.text(" · ");
        }
        h.text("named in " + articles.size() + (articles.size() == 1 ? " article" : " articles"));
        h.close("p");
        h.close("header");

        Map<String, List<String>> facts = factsByType(queries.select("facts", self));
        investments(h, facts.get("Investment"), iri);
        positions(h, facts.get("Position"), iri);
        relations(h, iri);
        quotes(h, facts.get("Quote"), iri);
        if (!articles.isEmpty()) {
            h.element("h2", "Articles");
            h.open("ul", "class", "articles");
            articles.stream().sorted().forEach(a -> h.open("li").raw(articleLink(a)).close("li"));
            h.close("ul");
        }
        return page(name, h);
    }

    /** The page of an article: its metadata, entities, facts and the passages they were read from. */
    String article(String iri) {
        Map<String, RDFNode> self = Map.of("this", PageQueries.iri(iri));
        List<QuerySolution> properties = queries.select("properties", self);
        String title = headline(properties, iri);
        Html h = new Html();
        h.open("header", "class", "entity");
        h.open("p", "class", "kinds").element("span", "Article", "class", "kind").close("p");
        h.element("h1", title);
        h.open("dl", "class", "facts-meta");
        for (String source : values(properties, OWL.sameAs)) {
            h.element("dt", "Source").open("dd").link(source, source).close("dd");
        }
        values(properties, NG.language).forEach(l -> h.element("dt", "Language").element("dd", l));
        values(properties, NG.published).forEach(d -> h.element("dt", "Published").element("dd", d));
        for (String publisher : values(properties, NG.publisher)) {
            h.element("dt", "Publisher").open("dd").raw(entityLink(publisher)).close("dd");
        }
        for (String dateline : values(properties, NG.dateline)) {
            h.element("dt", "Filed from").open("dd").raw(entityLink(dateline)).close("dd");
        }
        h.close("dl");
        h.close("header");

        h.element("h2", "Entities");
        h.open("div", "class", "columns");
        for (String kind : ENTITY_CLASSES) {
            List<QuerySolution> rows = queries.select("article-entities",
                    Map.of("this", PageQueries.iri(iri), "type", PageQueries.iri(NG.NS + kind)));
            if (rows.isEmpty()) {
                continue;
            }
            h.open("section").element("h3", PLURALS.get(kind)).open("ul", "class", "entities");
            for (QuerySolution row : rows) {
                int mentions = row.getLiteral("mentions").getInt();
                h.open("li").link(iris.href(row.getResource("entity").getURI()), row.getLiteral("label").getString())
                        .element("span", mentions == 1 ? " 1 mention" : " " + mentions + " mentions", "class", "count")
                        .close("li");
            }
            h.close("ul").close("section");
        }
        h.close("div");

        Map<String, List<String>> facts = factsByType(queries.select("article-facts", self));
        investments(h, facts.get("Investment"), iri);
        positions(h, facts.get("Position"), iri);
        quotes(h, facts.get("Quote"), iri);
        Optional<String> text = values(properties, NG.articleText).stream().findFirst();
        if (text.isPresent()) {
            wholeText(h, text.get(), iri);
        } else {
            passages(h, iri);
        }
        return page(title, h);
    }

    /** The front page: every organization, person, place and product, and every article, with counts. */
    String index() {
        Html h = new Html();
        h.open("header", "class", "entity").element("h1", "newsgraph").element("p",
                "Organizations, people, places and products read from news articles, the investments, "
                        + "positions and relations between them, and the sentences that say so.",
                "class", "meta").close("header");
        List<QuerySolution> articles = queries.select("articles", Map.of());
        h.open("nav", "class", "summary").open("ul");
        Map<String, List<QuerySolution>> byKind = new LinkedHashMap<>();
        for (String kind : ENTITY_CLASSES) {
            byKind.put(kind, queries.select("entities", Map.of("type", PageQueries.iri(NG.NS + kind), "lang", language)));
            h.open("li").open("a", "href", "#" + kind.toLowerCase(Locale.ROOT))
                    .element("strong", Integer.toString(byKind.get(kind).size())).text(" " + PLURALS.get(kind).toLowerCase(Locale.ROOT))
                    .close("a").close("li");
        }
        h.open("li").open("a", "href", "#articles").element("strong", Integer.toString(articles.size()))
                .text(" articles").close("a").close("li");
        h.close("ul").open("p", "class", "note").text("SPARQL queries: ").element("code", "/sparql")
                .text(" (read only); graphs: ").element("code", "/data").close("p").close("nav");
        for (Map.Entry<String, List<QuerySolution>> kind : byKind.entrySet()) {
            if (kind.getValue().isEmpty()) {
                continue;
            }
            h.open("section", "id", kind.getKey().toLowerCase(Locale.ROOT));
            h.element("h2", PLURALS.get(kind.getKey()));
            h.open("ul", "class", "entities index");
            for (QuerySolution row : kind.getValue()) {
                int count = row.getLiteral("articles").getInt();
                h.open("li").link(iris.href(row.getResource("entity").getURI()), row.getLiteral("label").getString())
                        .element("span", count == 1 ? " 1 article" : " " + count + " articles", "class", "count")
                        .close("li");
            }
            h.close("ul").close("section");
        }
        h.open("section", "id", "articles").element("h2", "Articles");
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Article").element("th", "Language").element("th", "Published")
                .element("th", "Entities", "class", "num").element("th", "Facts", "class", "num")
                .close("tr").close("thead").open("tbody");
        for (QuerySolution row : articles) {
            String article = row.getResource("article").getURI();
            h.open("tr").open("td").raw(articleLink(article)).close("td")
                    .element("td", lexical(row, "language").orElse(""))
                    .element("td", lexical(row, "published").orElse(""))
                    .element("td", lexical(row, "entities").orElse("0"), "class", "num")
                    .element("td", lexical(row, "facts").orElse("0"), "class", "num")
                    .close("tr");
        }
        h.close("tbody").close("table").close("section");
        return page("newsgraph", h);
    }

    /** The page for an IRI the store knows nothing about. */
    String notFound(String iri) {
        Html h = new Html();
        h.open("header", "class", "entity").element("h1", "Not found").close("header");
        h.open("p").text("The graph says nothing about ").element("code", iri).text(".").close("p");
        h.open("p").link("/", "Back to the index").close("p");
        return page("Not found", h);
    }

    private void investments(Html h, List<String> facts, String self) {
        if (facts == null || facts.isEmpty()) {
            return;
        }
        h.element("h2", "Investments");
        h.open("table", "class", "grid investments").open("thead").open("tr")
                .element("th", "Investor").element("th", "Target").element("th", "Amount", "class", "num")
                .element("th", "Period").element("th", "Purpose").close("tr").close("thead");
        for (String fact : facts) {
            Map<String, RDFNode> bound = Map.of("fact", PageQueries.iri(fact));
            List<QuerySolution> parties = queries.select("parties", bound);
            QuerySolution slots = queries.select("investment", bound).stream().findFirst().orElse(null);
            h.open("tbody", "class", "fact", "id", anchor(fact)).open("tr");
            h.open("td").raw(parties(parties, "investor", self, "not named")).close("td");
            h.open("td").raw(parties(parties, "target", self, "—")).close("td");
            h.element("td", slots == null ? "" : amount(slots), "class", "num amount");
            h.element("td", slots == null ? "" : period(slots));
            h.element("td", slots == null ? "" : lexical(slots, "purpose").orElse(""), "class", "purpose");
            h.close("tr");
            h.open("tr", "class", "evidence-row").open("td", "colspan", "5");
            evidence(h, fact);
            h.close("td").close("tr").close("tbody");
        }
        h.close("table");
    }

    private void positions(Html h, List<String> facts, String self) {
        if (facts == null || facts.isEmpty()) {
            return;
        }
        h.element("h2", "Positions");
        h.open("ul", "class", "facts");
        for (String fact : facts) {
            Optional<QuerySolution> row = queries.select("position", Map.of("fact", PageQueries.iri(fact))).stream().findFirst();
            if (row.isEmpty()) {
                continue;
            }
            QuerySolution p = row.get();
            h.open("li", "class", "fact", "id", anchor(fact)).open("p", "class", "statement");
            h.raw(partyLink(p.getResource("person").getURI(), self)).text(", ").element("strong", p.getLiteral("title").getString());
            if (p.contains("in")) {
                h.text(" — ").raw(partyLink(p.getResource("in").getURI(), self));
            }
            h.close("p");
            evidence(h, fact);
            h.close("li");
        }
        h.close("ul");
    }

    private void relations(Html h, String self) {
        List<QuerySolution> rows = queries.select("relations", Map.of("this", PageQueries.iri(self)));
        if (rows.isEmpty()) {
            return;
        }
        h.element("h2", "Relations");
        h.open("ul", "class", "relations");
        for (QuerySolution row : rows) {
            String relation = row.getResource("relation").getLocalName();
            h.open("li").raw(partyLink(row.getResource("subject").getURI(), self))
                    .text(" " + RELATION_WORDS.getOrDefault(relation, relation) + " ")
                    .raw(partyLink(row.getResource("object").getURI(), self)).close("li");
        }
        h.close("ul");
    }

    private void quotes(Html h, List<String> facts, String self) {
        if (facts == null || facts.isEmpty()) {
            return;
        }
        h.element("h2", "Quotes");
        h.open("ul", "class", "facts");
        for (String fact : facts) {
            Optional<QuerySolution> row = queries.select("quote", Map.of("fact", PageQueries.iri(fact))).stream().findFirst();
            if (row.isEmpty()) {
                continue;
            }
            h.open("li", "class", "fact", "id", anchor(fact)).open("blockquote", "class", "quote")
                    .element("p", "“" + row.get().getLiteral("text").getString() + "”");
            if (row.get().contains("speaker")) {
                h.open("footer").text("— ").raw(partyLink(row.get().getResource("speaker").getURI(), self)).close("footer");
            }
            h.close("blockquote");
            evidence(h, fact);
            h.close("li");
        }
        h.close("ul");
    }

    /** The sentence a fact was read from, its parties and amount highlighted, and its article. */
    private void evidence(Html h, String fact) {
        for (QuerySolution row : queries.select("evidence", Map.of("fact", PageQueries.iri(fact)))) {
            String article = row.getResource("article").getURI();
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            List<QuerySolution> marks = queries.select("highlights", Map.of(
                    "fact", PageQueries.iri(fact), "article", PageQueries.iri(article),
                    "from", row.getLiteral("start"), "to", row.getLiteral("end")));
            h.open("figure", "class", "evidence").open("blockquote");
            highlighted(h, row.getLiteral("text").getString(), start, spans(marks), false);
            h.close("blockquote").open("figcaption").raw(articleLink(article))
                    .text(", characters " + start + "–" + end).close("figcaption").close("figure");
        }
    }

    /** The article's whole text, kept in the graph (a page's, a feed item's), paragraph by paragraph, its entities marked. */
    private void wholeText(Html h, String text, String article) {
        List<Mark> mentions = spans(queries.select("mentions", Map.of("this", PageQueries.iri(article))));
        h.element("h2", "Text");
        h.element("p", "The text the offsets count in, with the entities the article names.", "class", "note");
        h.open("div", "class", "passages");
        int offset = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            if (!paragraph.isBlank()) {
                h.open("p", "class", "passage", "id", "c" + offset);
                highlighted(h, paragraph, offset, mentions, true);
                h.close("p");
            }
            offset += paragraph.codePointCount(0, paragraph.length()) + 2;
        }
        h.close("div");
    }

    private void passages(Html h, String article) {
        List<QuerySolution> passages = queries.select("passages", Map.of("this", PageQueries.iri(article)));
        if (passages.isEmpty()) {
            return;
        }
        List<Mark> mentions = spans(queries.select("mentions", Map.of("this", PageQueries.iri(article))));
        h.element("h2", "Text");
        h.element("p", "The sentences the facts were read from, with the entities the article names.", "class", "note");
        h.open("div", "class", "passages");
        int shownTo = -1;
        for (QuerySolution row : passages) {
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            if (end <= shownTo) {
                continue;
            }
            h.open("p", "class", "passage", "id", "c" + start);
            highlighted(h, row.getLiteral("text").getString(), start, mentions, true);
            h.close("p");
            shownTo = end;
        }
        h.close("div");
    }

    /** Writes text that starts at code point {@code offset} of its article, marking the spans inside it. */
    private void highlighted(Html h, String text, int offset, List<Mark> marks, boolean linked) {
        int[] points = text.codePoints().toArray();
        int at = 0;
        for (Mark mark : marks) {
            int from = mark.start() - offset;
            int to = mark.end() - offset;
            if (from < at || to > points.length || from >= to) {
                continue;
            }
            h.text(new String(points, at, from - at));
            String words = new String(points, from, to - from);
            if (linked && mark.entity() != null) {
                h.open("mark").link(iris.href(mark.entity()), words).close("mark");
            } else {
                h.element("mark", words);
            }
            at = to;
        }
        h.text(new String(points, at, points.length - at));
    }

    private record Mark(int start, int end, String entity) {
    }

    private static List<Mark> spans(List<QuerySolution> rows) {
        return rows.stream()
                .map(r -> new Mark(r.getLiteral("start").getInt(), r.getLiteral("end").getInt(),
                        r.contains("entity") ? r.getResource("entity").getURI() : null))
                .sorted(Comparator.comparingInt(Mark::start).thenComparing(m -> -m.end()))
                .toList();
    }

    private String parties(List<QuerySolution> parties, String role, String self, String none) {
        List<String> links = parties.stream()
                .filter(r -> r.getResource("role").getLocalName().equals(role))
                .map(r -> partyLink(r.getResource("party").getURI(), self))
                .toList();
        return links.isEmpty() ? new Html().element("span", none, "class", "none").toString() : String.join(", ", links);
    }

    /** A link to another entity's page, or its name in bold when it is the page's own entity. */
    private String partyLink(String iri, String self) {
        return iri.equals(self) ? new Html().element("strong", label(iri), "class", "self").toString() : entityLink(iri);
    }

    private String entityLink(String iri) {
        return new Html().link(iris.href(iri), label(iri)).toString();
    }

    private String articleLink(String iri) {
        return new Html().link(iris.href(iri), articleTitle(iri)).toString();
    }

    /** The article's headline, else "Article" and its hash. */
    private static String headline(List<QuerySolution> properties, String iri) {
        return values(properties, NG.headline).stream().findFirst().orElse("Article " + iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** What a link to an article says: its headline, date and publisher. */
    private String articleTitle(String iri) {
        List<QuerySolution> properties = queries.select("properties", Map.of("this", PageQueries.iri(iri)));
        StringBuilder title = new StringBuilder(headline(properties, iri));
        values(properties, NG.published).stream().findFirst().ifPresent(d -> title.append(", ").append(d));
        values(properties, NG.publisher).stream().findFirst().ifPresent(p -> title.append(", ").append(label(p)));
        return title.toString();
    }

    private String label(String iri) {
        return queries.select("label", Map.of("this", PageQueries.iri(iri), "lang", language)).stream().findFirst()
                .map(r -> r.getLiteral("label").getString())
                .orElseGet(() -> iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static String amount(QuerySolution slots) {
        if (!slots.contains("amount")) {
            return "";
        }
        BigDecimal value = slots.getLiteral("amount").getLexicalForm().isEmpty()
                ? BigDecimal.ZERO : new BigDecimal(slots.getLiteral("amount").getLexicalForm());
        String code = slots.getLiteral("currency").getString();
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            format.setCurrency(Currency.getInstance(code));
        } catch (IllegalArgumentException unknown) {
            format = NumberFormat.getNumberInstance(Locale.US);
        }
        format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(0);
        String qualifier = lexical(slots, "qualifier").map(q -> QUALIFIERS.getOrDefault(q, q + " ")).orElse("");
        String number = format.format(value);
        // the code spells out which dollar or franc; the symbol alone is ambiguous
        return qualifier + number + (number.contains(code) ? "" : " " + code);
    }

    private static String period(QuerySolution slots) {
        List<String> parts = new ArrayList<>();
        lexical(slots, "duration").map(HtmlPages::duration).ifPresent(parts::add);
        lexical(slots, "endDate").map(d -> "by " + d).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** {@code P2Y6M} as "2 years 6 months"; a form it does not know is shown as written. */
    static String duration(String lexical) {
        Matcher m = DURATION.matcher(lexical);
        if (!m.matches()) {
            return lexical;
        }
        String[] units = {"year", "month", "week", "day"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            String n = m.group(i + 1);
            if (n != null) {
                parts.add(n + " " + units[i] + (n.equals("1") ? "" : "s"));
            }
        }
        return parts.isEmpty() ? lexical : String.join(" ", parts);
    }

    private static Map<String, List<String>> factsByType(List<QuerySolution> rows) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            byType.computeIfAbsent(row.getResource("type").getLocalName(), t -> new ArrayList<>())
                    .add(row.getResource("fact").getURI());
        }
        return byType;
    }

    private static List<String> values(List<QuerySolution> properties, org.apache.jena.rdf.model.Property p) {
        return properties.stream()
                .filter(r -> r.getResource("p").getURI().equals(p.getURI()))
                .map(r -> r.get("o"))
                .map(o -> o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI())
                .distinct()
                .toList();
    }

    private static Optional<String> lexical(QuerySolution row, String variable) {
        return Optional.ofNullable(row.get(variable)).map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
    }

    private static String kindName(String typeIri) {
        return typeIri.startsWith(NG.NS) ? typeIri.substring(NG.NS.length()) : typeIri;
    }

    private static String anchor(String factIri) {
        String[] parts = factIri.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "-" + parts[parts.length - 1] : factIri;
    }

    private static String page(String title, Html body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · newsgraph</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n<body>\n"
                + "<div class=\"bar\"><a class=\"home\" href=\"/\">newsgraph</a></div>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
    }
}
