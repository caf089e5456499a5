package org.newsgraph.extract;

import java.util.List;
import java.util.ArrayList;
import org.newsgraph.extract.fact.InvestmentExtractor;
import org.newsgraph.extract.fact.PositionExtractor;
import org.newsgraph.extract.fact.Positions;
import org.newsgraph.extract.fact.RelationExtractor;
import org.newsgraph.extract.fact.ArticleHeaderReader;
import org.newsgraph.extract.fact.QuoteExtractor;
import org.newsgraph.extract.name.CapitalizedNameFinder;
import org.newsgraph.extract.name.NameMention;
import org.newsgraph.extract.name.PublicBodyFinder;
import org.newsgraph.extract.quantity.DurationFinder;
import org.newsgraph.extract.quantity.MoneyFinder;
import org.newsgraph.extract.quantity.TimeSpan;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Document;

/**
 * The standard extractor: text, mentions, entities, facts.
 *
 * <pre>{@code Extraction x = Pipeline.standard().extract(Document.of(text));}</pre>
 */
public final class Pipeline implements Extractor {

    private static final Pipeline STANDARD = new Pipeline(Gazetteer.bundled());

    private final CapitalizedNameFinder names;
    private final PublicBodyFinder bodies;
    private final EntityResolver resolver;
    private final MoneyFinder money = new MoneyFinder();
    private final Gazetteer gazetteer;
    private final DurationFinder durations = new DurationFinder();
    private final InvestmentExtractor investments;
    private final PositionExtractor positions;
    private final RelationExtractor relations;
    private final ArticleHeaderReader header;
    private final QuoteExtractor quotes = new QuoteExtractor();

    public Pipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new CapitalizedNameFinder(gazetteer);
        this.resolver = new EntityResolver(gazetteer);
        this.bodies = new PublicBodyFinder(gazetteer);
        this.header = new ArticleHeaderReader(gazetteer);
        this.investments = new InvestmentExtractor(gazetteer);
        this.positions = new PositionExtractor(gazetteer);
        this.relations = new RelationExtractor(gazetteer);
    }

    /** The pipeline with the bundled lexicons, loaded once. */
    public static Pipeline standard() {
        return STANDARD;
    }

    @Override
    public Extraction extract(Document document) {
        List<Money> stated = money.findStated(document.text(), document.language());
        List<NameMention> mentions = new ArrayList<>(names.find(document));
        mentions.addAll(bodies.find(document));
        // "RM45 million", "Shs180b": a currency's letters glued to the figure are no name
        mentions.removeIf(m -> stated.stream().anyMatch(a -> a.span().overlaps(m.span())));
        ArticleHeaderReader.Header head = header.read(document, resolver.resolve(document, mentions));
        ArticleEntities entities = head.entities();
        java.util.Optional<String> filedFrom = datelineCountry(head.meta(), entities);
        List<Money> amounts = money.inCountry(stated, document.text(), filedFrom, countriesByMentions(entities));
        List<TimeSpan> times = durations.find(document.text(), document.language());
        // positions may add the countries that only a demonym names, so relations read the grown entities
        Positions roles = positions.extract(document, entities, filedFrom);
        entities = roles.entities();
        List<Relation> links = relations.extract(document, entities);
        List<Investment> found = investments.extract(document, entities, amounts, times, roles.positions(), head.meta().published());
        List<Quote> said = quotes.extract(document, entities, roles.positions());
        return assemble(document, head.meta(), entities, withTargetsTheOntologyAllows(found, entities),
                roles.positions(), links, said);
    }

    /** The Wikidata id of the country the story was filed from: its dateline's, or the country of its dateline's city. */
    private java.util.Optional<String> datelineCountry(ArticleMeta meta, ArticleEntities entities) {
        return meta.dateline().flatMap(entities::entity).flatMap(this::countryOf);
    }

    /**
     * The Wikidata id of the country a place is or lies in, from the gazetteer: by the place's id, or by its
     * name for a town listed for recognition only ("Calgary", in Canada, with no id of its own).
     */
    private java.util.Optional<String> countryOf(Entity place) {
        java.util.Optional<GazetteerEntry> entry = place.wikidata().flatMap(gazetteer::byWikidata)
                .or(() -> gazetteer.lookup(place.label()).stream().filter(g -> g.type() == EntityType.PLACE).findFirst());
        return entry.flatMap(g -> g.kind() == org.newsgraph.extract.PlaceKind.COUNTRY && g.hasWikidata()
                ? java.util.Optional.of(g.wikidata()) : g.country());
    }

    /** The Wikidata ids of the countries the article's places are in, the most often named first. */
    private List<String> countriesByMentions(ArticleEntities entities) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Entity e : entities.entities()) {
            if (e.type() != EntityType.PLACE) {
                continue;
            }
            countryOf(e).ifPresent(q -> counts.merge(q, e.mentions().size(), Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).toList();
    }

    /**
     * The investments with no person as target: the ontology's targets are places, organizations and
     * products ("Jean Dupont lève 5 millions" raises for a company the text does not name). An investment
     * left with neither investor nor target says nothing and goes.
     */
    static List<Investment> withTargetsTheOntologyAllows(List<Investment> found, ArticleEntities entities) {
        List<Investment> out = new ArrayList<>();
        for (Investment i : found) {
            boolean personTarget = i.target().flatMap(entities::entity).map(e -> e.type() == EntityType.PERSON).orElse(false);
            Investment kept = personTarget
                    ? new Investment(i.investors(), java.util.Optional.empty(), i.amount(), i.duration(), i.endDate(),
                            i.purpose(), i.evidence(), i.confidence(), i.announced())
                    : i;
            if (!kept.investors().isEmpty() || kept.target().isPresent()) {
                out.add(kept);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The extraction, less the entities that only their capitals speak for and that no fact uses: a
     * capitalized word, even repeated, is too weak a sign of a name and says nothing of its type.
     */
    private static Extraction assemble(Document document, ArticleMeta meta, ArticleEntities entities, List<Investment> investments,
                                       List<Position> positions, List<Relation> relations, List<Quote> quotes) {
        java.util.Set<String> used = new java.util.HashSet<>();
        investments.forEach(i -> {
            used.addAll(i.investors());
            i.target().ifPresent(used::add);
        });
        positions.forEach(p -> {
            used.add(p.person());
            p.in().ifPresent(used::add);
        });
        relations.forEach(r -> {
            used.add(r.subject());
            used.add(r.object());
        });
        quotes.forEach(q -> q.speaker().ifPresent(used::add));
        meta.publisher().ifPresent(used::add);
        meta.dateline().ifPresent(used::add);
        List<Entity> kept = entities.entities().stream()
                .filter(e -> used.contains(e.id()) || !entities.isWeak(e.id()) || e.type() == EntityType.PLACE)
                .toList();
        return new Extraction(document, meta, kept, investments, positions, relations, quotes);
    }
}
