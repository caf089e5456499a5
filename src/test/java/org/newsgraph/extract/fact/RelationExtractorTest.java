package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.Relation;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.text.Document;

class RelationExtractorTest {

    private final RelationExtractor extractor = new RelationExtractor();

    /** Each case: text, then every relation expected as "subject property object", separated by ";". */
    static Stream<Arguments> relations() {
        return Stream.of(
                // partnerOf
                Arguments.of("Le groupe Acme a renforcé son partenariat avec Globex.", "Acme partnerOf Globex"),
                Arguments.of("The deal deepens Initech's partnership with Globex.", "Initech partnerOf Globex"),
                Arguments.of("The deal deepens Initech's multibillion-dollar partnership with Globex.", "Initech partnerOf Globex"),
                Arguments.of("The startup Acme works in partnership with Globex and Initech.",
                        "Acme partnerOf Globex; Acme partnerOf Initech"),
                Arguments.of("The startup Acme grows. Acme and Globex are partners in the venture.", "Acme partnerOf Globex"),
                Arguments.of("The firm Acme is carrying out the project with several partners, among them Globex and Initech.",
                        "Acme partnerOf Globex; Acme partnerOf Initech"),
                Arguments.of("Le groupe Vortexa, partenaire de Globex, a confirmé.", "Vortexa partnerOf Globex"),
                Arguments.of("Ils ont signé un partenariat entre la société Vortexa et le groupe Globex.", "Vortexa partnerOf Globex"),
                // partOf
                Arguments.of("La société Acme a créé sa filiale Acme Robotics.", "Acme Robotics partOf Acme"),
                Arguments.of("The company Globex said its subsidiary Globex Cloud would expand.", "Globex Cloud partOf Globex"),
                Arguments.of("The company Initech said Initech's Japanese subsidiary Initech Japan would expand.",
                        "Initech Japan partOf Initech"),
                Arguments.of("The company Initech said Initech's local subsidiary Initech Labs would expand.",
                        "Initech Labs partOf Initech"),
                Arguments.of("The group Acme is growing. Its Japanese arm, Acme Nippon, opened.", "Acme Nippon partOf Acme"),
                Arguments.of("The startup Globex grew. Globex Cloud, Globex's cloud computing unit, grew fast.", "Globex Cloud partOf Globex"),
                Arguments.of("The startup Globex grew. Globex Cloud, the Globex unit, grew fast.", "Globex Cloud partOf Globex"),
                Arguments.of("La société Vortexa a ouvert son premier laboratoire à Tokyo, Vortexa Labs.",
                        "Vortexa Labs partOf Vortexa; Vortexa Labs locatedIn Tokyo"),
                Arguments.of("La société Vortexa grandit. Vortexa Labs, le laboratoire d'IA de Vortexa, a recruté.",
                        "Vortexa Labs partOf Vortexa"),
                Arguments.of("The company Initech said Initech's parent Globex would invest.", "Initech partOf Globex"),
                // locatedIn
                Arguments.of("The Seattle-based company Acme said it would grow.", "Acme locatedIn Seattle"),
                Arguments.of("The startup Acme grows. The Seattle-based company said it would hire.", "Acme locatedIn Seattle"),
                Arguments.of("The startup Acme, a Seattle-based company, grows.", "Acme locatedIn Seattle"),
                Arguments.of("La société Vortexa, basée à Lyon, recrute.", "Vortexa locatedIn Lyon"),
                Arguments.of("La start-up Vortexa recrute. L'entreprise, basée à Paris, compte 40 salariés.", "Vortexa locatedIn Paris"),
                Arguments.of("The firm Initech, headquartered in Boston, grows.", "Initech locatedIn Boston"),
                Arguments.of("The firm Initech is based in Boston.", "Initech locatedIn Boston"),
                Arguments.of("La société Vortexa recrute. Le groupe de Lyon a levé des fonds.", "Vortexa locatedIn Lyon"),
                Arguments.of("The plant will open in Austin, Texas, next year.", "Austin locatedIn Texas"),
                Arguments.of("Nous avons visité Lyon (France) hier.", "Lyon locatedIn France"),
                Arguments.of("L'usine ouvrira à Menlo Park, près de Palo Alto (Californie), en 2025.",
                        "Palo Alto locatedIn Californie; Menlo Park locatedIn Californie"),
                // creatorOf
                Arguments.of("The company Acme said its chatbot Zeno would launch.", "Acme creatorOf Zeno"),
                Arguments.of("The startup Acme, the maker of the Zeno chatbot, grows.", "Acme creatorOf Zeno"),
                Arguments.of("La start-up Acme recrute. Zeno, le robot d'Acme, parle français.", "Acme creatorOf Zeno"),
                Arguments.of("Le chatbot Zeno parle français. Le robot Zeno plaît. Acme, la start-up qui a créé Zeno, recrute.",
                        "Acme creatorOf Zeno"),
                Arguments.of("Le chatbot Zeno parle français. La start-up Acme, qui a développé Zeno, recrute.", "Acme creatorOf Zeno"),
                Arguments.of("The startup Globex grows. Globex's Orion chips are fast.", "Globex creatorOf Orion"),
                Arguments.of("The firm Acme, the start-up behind the Zeno chatbot, grows.", "Acme creatorOf Zeno"),
                Arguments.of("The company Globex unveiled its AI model Orion.", "Globex creatorOf Orion"),
                Arguments.of("The startup Globex grew. Orion, Globex's cloud computing platform, grew.", "Globex creatorOf Orion"),
                Arguments.of("La société Acme a lancé son assistant conversationnel Zeno.", "Acme creatorOf Zeno"),
                // a possessive on a product's name
                Arguments.of("The startup Globex grows. Globex's in-house Orion and Vega chips are fast.",
                        "Globex creatorOf Orion; Globex creatorOf Vega"),
                Arguments.of("The startup Globex grows. Zeno, its service for lawyers, is popular.", "Globex creatorOf Zeno"),
                // a passive maker
                Arguments.of("The two cables, named Orion and Vega, will be built by the Japanese group Acme.",
                        "Acme creatorOf Orion; Acme creatorOf Vega"),
                Arguments.of("Les deux câbles, baptisés Orion et Vega, seront construits par le groupe Acme.",
                        "Acme creatorOf Orion; Acme creatorOf Vega"),
                // a unit named as its parent and a place; a known town in its country
                Arguments.of("The startup Acme grows. Acme Japan opened in Tokyo. Japan welcomed it.",
                        "Acme Japan partOf Acme; Acme Japan locatedIn Japan"),
                Arguments.of("The startup Globex grows. Globex Indonesia will hire.", "Globex Indonesia partOf Globex"),
                Arguments.of("The firm Initech grows in Brazil. Initech Corporation Brazil will hire.",
                        "Initech Corporation Brazil partOf Initech; Initech Corporation Brazil locatedIn Brazil"),
                // a partnership the sentence mentions without "with"
                Arguments.of("La société Acme a pris une participation dans Vortexa dans le cadre d'un partenariat.", "Acme partnerOf Vortexa"),
                Arguments.of("The firm Acme is carrying out the project with several partners, among them the Japanese telecom operators "
                        + "Globex and Initech and the Pacific carrier Vortexa.", "Acme partnerOf Globex; Acme partnerOf Initech; Acme partnerOf Vortexa"),
                // the subject, not the nearest organization, owns what a possessive points to
                Arguments.of("The startup Globex grows. Globex's cofounders are former researchers of Initech. The startup launched its assistant Zeno.",
                        "Globex creatorOf Zeno"),
                Arguments.of("The startup Acme signed with Globex, based in Boston.", "Globex locatedIn Boston"),
                // a partnership stated by a verb, an agreement, a relative clause
                Arguments.of("Le groupe Acme, basé à Lyon, s'est associé à l'opérateur de réseau Vortexa pour raccorder ses centrales.",
                        "Acme locatedIn Lyon; Acme partnerOf Vortexa"),
                Arguments.of("The carmaker Globex has signed a long-term supply agreement with Initech.", "Globex partnerOf Initech"),
                Arguments.of("The startup Acme grew fast. Its lab will work with the university Globex, with which the company signed a "
                        + "partnership agreement on Monday.", "Acme partnerOf Globex"),
                // a joint venture named after its noun belongs to the two partners
                Arguments.of("Le groupe Acme et le fabricant de capteurs Vortexa vont investir à Lyon. Les deux groupes détiendront chacun "
                        + "la moitié de la coentreprise, baptisée Globex.",
                        "Acme partnerOf Vortexa; Globex partOf Acme; Globex partOf Vortexa"),
                // units: "of the X-based Y", "filiale du conglomérat Y", "make Y a subsidiary of X", "deviendra une filiale"
                Arguments.of("The startup Acme grew. Acme Cell, a unit of the Boston-based group Globex, did not comment.",
                        "Acme Cell partOf Globex; Globex locatedIn Boston"),
                Arguments.of("L'armateur Vortexa, filiale du conglomérat Globex, a investi.", "Vortexa partOf Globex"),
                Arguments.of("The firm Globex agreed to buy Initech. The deal will make Initech a wholly owned subsidiary of Globex.",
                        "Initech partOf Globex"),
                Arguments.of("Le groupe Acme rachète la société Vortexa. Vortexa deviendra une filiale du groupe lyonnais.",
                        "Vortexa partOf Acme"),
                Arguments.of("The firm Acme grows. The Boston lab, to be called Acme Research, will hire.",
                        "Acme Research partOf Acme; Acme Research locatedIn Boston"),
                // makers: "maker of the experimental drug Z", "son produit phare, la batterie Z", a main verb of making
                Arguments.of("The firm Acme, maker of the experimental hepatitis drug Zenofib, raised money.", "Acme creatorOf Zenofib"),
                Arguments.of("La start-up Acme recrute. Son produit phare, la batterie Zeno, équipe deux sites.", "Acme creatorOf Zeno"),
                Arguments.of("La start-up Acme, issue d'un laboratoire lyonnais, a mis au point l'électrolyseur Zeno.", "Acme creatorOf Zeno"),
                // "the Boston company": a place before a definite common noun for the organization
                Arguments.of("The startup Acme raised money. The round values the Boston company at $20 million.", "Acme locatedIn Boston"),
                Arguments.of("The deal will give Globex and the Boston group Initech new warehouses.", "Initech locatedIn Boston"),
                // a town and its country joined by a preposition
                Arguments.of("La banque finance le port de Lyon, en France, depuis 2020.", "Lyon locatedIn France"),
                // a place placed by an apposition: what it is, or where in the larger place it lies
                Arguments.of("Acme will build a plant in Boulder, a city in Colorado, next year.", "Boulder locatedIn Colorado"),
                Arguments.of("The firm Globex will hire in Heidelberg, a small town in the southern German state of Baden-Württemberg.",
                        "Heidelberg locatedIn Baden-Württemberg"),
                Arguments.of("La start-up Vortexa recrute à Bobo-Dioulasso, deuxième ville du Burkina Faso.",
                        "Bobo-Dioulasso locatedIn Burkina Faso"),
                Arguments.of("La société Vortexa produit déjà à Kiruna, dans le nord de la Suède.", "Kiruna locatedIn Suède"),
                Arguments.of("The firm Globex said its plant in Bavaria, southern Germany, is late.", "Bavaria locatedIn Germany"),
                // "based in" after a described apposition or a relative clause, and a place after a noun that says what it is
                Arguments.of("The firm Acme will invest in Globex, an artificial intelligence company based in Abu Dhabi.",
                        "Globex locatedIn Abu Dhabi"),
                Arguments.of("The fund Kestrel, which was set up in 1990 and is based in the Danish city of Aarhus, is new.",
                        "Kestrel locatedIn Aarhus"),
                Arguments.of("La société Vortexa, une start-up basée dans la ville de Lyon, recrute.", "Vortexa locatedIn Lyon"),
                // a seat noun and its owner; a place that owns an organization's name
                Arguments.of("The startup Acme hired Jane Doe. She will not have to move to the company's home in Seattle.",
                        "Acme locatedIn Seattle"),
                Arguments.of("The plant sits 30 miles from Globex's Boston headquarters.", "Globex locatedIn Boston"),
                Arguments.of("La start-up Vortexa recrute. Le siège de Vortexa à Lyon accueillera 200 salariés.", "Vortexa locatedIn Lyon"),
                Arguments.of("La société Vortexa a ouvert son siège social à Lyon.", "Vortexa locatedIn Lyon"),
                Arguments.of("The deal gives Qatar's Kestrel a seat on the board.", "Kestrel locatedIn Qatar"),
                // a unit in apposition with a possessive, a brand between a possessive and its unit noun
                Arguments.of("Le groupe Vortexa veut renouveler les satellites de Orbis, sa filiale britannique, d'ici 2030.",
                        "Orbis partOf Vortexa"),
                Arguments.of("The group Globex is spending heavily on games. In January, its GameStation unit, Globex Interactive, agreed to grow.",
                        "Globex Interactive partOf Globex"),
                // control stated by a verb, a passive or a holding noun; a share short of control is no part
                Arguments.of("The fund Kestrel, which owns three quarters of the Globex Group, is a newcomer.", "Globex Group partOf Kestrel"),
                Arguments.of("Son fils dirige Vortexa Holding, la holding familiale qui contrôle Orbis.", "Orbis partOf Vortexa Holding"),
                Arguments.of("The firm Acme owns Globex.", "Globex partOf Acme"),
                Arguments.of("The studio Orbis, owned by the French group Vortexa, grew.", "Orbis partOf Vortexa"),
                Arguments.of("La société Orbis, contrôlée par le groupe Vortexa, recrute.", "Orbis partOf Vortexa"),
                Arguments.of("The fund Kestrel, the family-owned holding company behind the Globex Group, invested.",
                        "Globex Group partOf Kestrel"),
                Arguments.of("Le groupe Vortexa, propriétaire de Orbis, a recruté.", "Orbis partOf Vortexa"),
                // partners: "between the two companies", an apposed partner, a joint venture's owners
                Arguments.of("The deal gives the group Acme an option on the fund Kestrel. It also sets up a strategic partnership "
                        + "between the two companies.", "Acme partnerOf Kestrel"),
                Arguments.of("Le groupe Vortexa cédera ses droits à l'américain Orbis, son partenaire sur ce produit.", "Vortexa partnerOf Orbis"),
                Arguments.of("Acme rejected the bid for Zentrix, the joint venture owned by the group Globex and the fund Kestrel.",
                        "Globex partnerOf Kestrel; Zentrix partOf Globex; Zentrix partOf Kestrel"),
                Arguments.of("Le groupe refuse l'offre sur Zentrix, la coentreprise détenue à 68 % par le groupe Vortexa et à 32 % par "
                        + "l'américain Orbis.", "Vortexa partnerOf Orbis"),
                // makers: a list after a verb of making, "la citadine Z de X", a possessive in its own clause
                Arguments.of("The studio Acme, based in Lyon, makes the game Zorbo, one of the most popular games, and the software Zeno, "
                        + "a tool for developers.", "Acme locatedIn Lyon; Acme creatorOf Zorbo; Acme creatorOf Zeno"),
                Arguments.of("La voiture Zelia du groupe Vortexa se vend bien.", "Vortexa creatorOf Zelia"),
                Arguments.of("Le groupe Globex finance les sites de Francfort, où la société Acme exploite déjà son logiciel Zenith.",
                        "Acme creatorOf Zenith"),
                // an organization that joins a unit, a unit that its owner "set up"
                Arguments.of("Le groupe Vortexa a racheté la société Orbis, qui a rejoint sa branche Vortexa Beauté.",
                        "Orbis partOf Vortexa Beauté; Vortexa Beauté partOf Vortexa"),
                Arguments.of("The group Acme grows. Last month Acme agreed to buy Globex to build up Lumina Beauty, the beauty division it set up in May.",
                        "Lumina Beauty partOf Acme"),
                // a town, then its département or region after "en" or "dans le", as French writes them
                Arguments.of("Le groupe Acme construira une usine à Kervallon, en Moselle.", "Kervallon locatedIn Moselle"),
                Arguments.of("Le groupe Vortexa a racheté Orbis. Orbis deviendra une filiale à part entière de Vortexa.",
                        "Orbis partOf Vortexa"),
                Arguments.of("Le chantier Orbis, installé à Kervallon, dans le Morbihan, emploie 64 salariés.",
                        "Orbis locatedIn Kervallon; Kervallon locatedIn Morbihan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relations")
    void readsTheRelations(String text, String expected) {
        Set<String> want = Stream.of(expected.split(";\\s*")).collect(Collectors.toSet());
        assertEquals(want, read(text));
    }

    @Test
    void twoOrganizationsSharingAWordAreNotRelatedByNameAlone() {
        assertEquals(Set.of(), read("The startup Acme grew. The firm Acme Research hired staff from the group Acme."));
    }

    @Test
    void aTownListIsNotATownInItsCountry() {
        assertEquals(Set.of(), read("The firm will open offices in Lyon, Japan and Korea."));
        assertEquals(Set.of(), read("The firm will open offices in Paris, Lyon and Seattle."));
    }

    @Test
    void anAppositionThatPlacesNothingInAPlaceGivesNothing() {
        assertEquals(Set.of(), read("The firm Acme opened a lab in Lyon, a city near Geneva."));
        assertEquals(Set.of(), read("The firm Acme opened a lab in Lyon, a city bigger than Marseille."));
        assertEquals(Set.of(), read("The firm Acme opened offices in Lyon, northern Italy and Spain."));
    }

    @Test
    void aHomeMarketIsNoSeat() {
        assertEquals(Set.of(), read("The startup Acme grows. Acme's home market in Japan is slowing."));
    }

    @Test
    void aProductAfterASeatedCompanyHasNoSeat() {
        assertEquals(Set.of("Globex locatedIn Palo Alto", "Palo Alto locatedIn California"),
                read("The startup Globex grows. The Palo Alto, California-based company makes the Z1 pickup."));
    }

    @Test
    void aClauseAfterAPartnerIsNoListOfPartners() {
        assertEquals(Set.of("Acme partnerOf Globex"),
                read("The deal deepens Acme's partnership with Globex, under which the startup uses Initech as its cloud."));
    }

    @Test
    void aShareShortOfControlOrADeniedOwnerIsNoPart() {
        assertEquals(Set.of(), read("The fund Kestrel owns 24.5% of Globex."));
        assertEquals(Set.of(), read("La société Vortexa détient une participation dans Orbis."));
        assertEquals(Set.of(), read("The studio Orbis, partly owned by the group Vortexa, grew."));
        assertEquals(Set.of(), read("The fund Kestrel no longer owns Globex."));
    }

    @Test
    void aUnitNamedAfterItsParentIsNotGivenAnotherByAPossessive() {
        assertEquals(Set.of("Globex Japan partOf Globex"),
                read("The group Globex grows. The money will expand the Initech regions in Tokyo, its Japanese arm, Globex Japan, said."));
    }

    @Test
    void aUnitNamedAfterItsParentWithTradeWordsOrASuffixBeforeItsPlace() {
        assertTrue(read("Kaiwen Optics Co will invest in a plant. Kaiwen Optics Texas LLC will run it.")
                .contains("Kaiwen Optics Texas LLC partOf Kaiwen Optics Co"));
        assertTrue(read("Le groupe Ardenval reprend le site. La nouvelle société Ardenval Tubes Charleroi emploiera 120 personnes.")
                .contains("Ardenval Tubes Charleroi partOf Ardenval"));
        assertTrue(read("Kaiwen Optics Co will invest in a plant. Kaiwen Optics Holdings will run it.").stream()
                .noneMatch(r -> r.contains("partOf")), "no place, no unit by name");
    }

    @Test
    void theDatelineRelatesNothing() {
        assertEquals(Set.of(), read("Lyon, 11 juin 2024 (AFP) - La start-up Vortexa a levé des fonds."));
    }

    @Test
    void aTownIsPlacedInItsCountryOnlyWhereTheTextSaysSo() {
        // the press rarely states that Munich is in Germany; the graph keeps to what the article states
        assertEquals(Set.of(), read("La société Acme recrute à Munich. L'Allemagne salue cet investissement."));
    }

    @Test
    void aNameThatEndsOnAnUnknownWordIsNoUnit() {
        assertEquals(Set.of(), read("The startup Acme grew. The firm Acme Robotics hired staff."));
    }

    @Test
    void aPartnershipWithAPersonOrAPlaceIsNoPartnerOf() {
        assertEquals(Set.of(), read("The startup Acme signed a partnership with France."));
    }

    @Test
    void aSpinOffIsNoUnitOfTheLabItCameFrom() {
        assertEquals(Set.of(), read("La start-up Vortexa, issue d'un laboratoire de l'université Globex, recrute."));
    }

    @Test
    void aWordOfANameOrATitleIsNoPartnership() {
        assertEquals(Set.of(), read("The fund Kestrel Growth Partners said it would invest in Globex."));
        assertEquals(Set.of(), read("The startup Globex grew. Acme Ventures partner John Smith said the firm liked Globex."));
    }

    @Test
    void aProductWithoutAMakerNamedOrPointedToGivesNothing() {
        assertEquals(Set.of(), read("Millions of people use the chatbot Zeno every day."));
    }

    @Test
    void namedRelationsAreSurerThanInferredOnes() {
        double named = only("The startup Acme, a Seattle-based company, grows.").confidence();
        double inferred = only("The startup Acme grows. The Seattle-based company said it would hire.").confidence();
        assertTrue(named > inferred, named + " " + inferred);
    }

    private Relation only(String text) {
        Document doc = Document.of(text);
        List<Relation> rs = extractor.extract(doc, FactFixture.entities(doc));
        assertEquals(1, rs.size(), rs.toString());
        return rs.get(0);
    }

    private Set<String> read(String text) {
        Document doc = Document.of(text);
        ArticleEntities entities = FactFixture.entities(doc);
        return extractor.extract(doc, entities).stream()
                .map(r -> FactFixture.label(entities, r.subject()) + " " + r.type().propertyName() + " " + FactFixture.label(entities, r.object()))
                .collect(Collectors.toSet());
    }
}
