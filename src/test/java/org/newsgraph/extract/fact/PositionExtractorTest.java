package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Position;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.text.Document;

class PositionExtractorTest {

    private final PositionExtractor extractor = new PositionExtractor();

    /** Each case: text, then "person | title | in" for the one position expected. */
    static Stream<Arguments> oneRole() {
        return Stream.of(
                // apposition after the name
                Arguments.of("Marc Duval, président de Globex, a annoncé un accord.", "Marc Duval | président | Globex"),
                Arguments.of("Sophie Martin, directrice générale d'Initech en France, a confirmé la vente.",
                        "Sophie Martin | directrice générale | Initech"),
                Arguments.of("Léa Morel, cofondatrice et PDG de Vortexa, a confirmé la levée.", "Léa Morel | cofondatrice et pdg | Vortexa"),
                Arguments.of("Jane Porter, vice president of data and AI at Initech, said the plan was ready.",
                        "Jane Porter | vice president | Initech"),
                Arguments.of("The startup Globex is hiring. Dana Cole, Globex's chief executive, said the firm would grow.",
                        "Dana Cole | chief executive | Globex"),
                Arguments.of("The deal was signed on Monday. Ann Lee, president of Globex, said so.", "Ann Lee | president | Globex"),
                Arguments.of("The plant will open soon. Ann Lee, governor of Texas, welcomed it.", "Ann Lee | governor | Texas"),
                Arguments.of("The deal was signed on Monday. Ann Lee is the chief executive of Globex.", "Ann Lee | chief executive | Globex"),
                // title before the name
                Arguments.of("Le premier ministre japonais Kenji Sato a salué l'accord.", "Kenji Sato | premier ministre | Japon"),
                Arguments.of("Japanese Prime Minister Kenji Sato welcomed the deal.", "Kenji Sato | prime minister | Japan"),
                Arguments.of("Indonesian President Budi Hartono welcomed the deal.", "Budi Hartono | president | Indonesia"),
                Arguments.of("U.S. President Tom Baker welcomed the deal.", "Tom Baker | president | United States"),
                Arguments.of("The firm Acme is growing. Acme chief executive John Miller said the company would hire.",
                        "John Miller | chief executive | Acme"),
                Arguments.of("The firm Globex is growing. Globex vice chair and president Ann Lee said it would hire.",
                        "Ann Lee | vice chair and president | Globex"),
                Arguments.of("Le ministre malaisien de l'Investissement, du Commerce et de l'Industrie, Aziz Rahman, a salué l'accord.",
                        "Aziz Rahman | ministre | Malaisie"),
                Arguments.of("Le patron d'Initech, Marc Blanc, a confirmé la vente.", "Marc Blanc | patron | Initech"),
                Arguments.of("The firm Globex is growing. Globex’s chairman is Peter Wong.", "Peter Wong | chairman | Globex"),
                // possessives and context
                Arguments.of("Le groupe Acme a annoncé que son président Paul Girard quitterait l'entreprise.",
                        "Paul Girard | président | Acme"),
                Arguments.of("The startup Initech raised money on Monday. Its chief executive Ann Lee said it would hire.",
                        "Ann Lee | chief executive | Initech"),
                Arguments.of("La start-up Vortexa a levé des fonds. Son directeur général Hugo Petit s'en est félicité.",
                        "Hugo Petit | directeur général | Vortexa"),
                Arguments.of("The startup Globex said chief executive Ann Lee would step down.", "Ann Lee | chief executive | Globex"),
                Arguments.of("Le Japon investit. Le Japon accélère. Le Premier ministre Kenji Sato a salué l'accord.",
                        "Kenji Sato | premier ministre | Japon"));
    }

    /** Each case: text, then every position expected as "person | title | in", separated by ";". */
    static Stream<Arguments> roles() {
        return Stream.of(
                // a possessive points to the sentence's subject, not to the nearest organization
                Arguments.of("Paris, 11 juin 2024 (AFP) - La start-up Vortexa a levé des fonds. Son président Jean Martin s'en est félicité.",
                        "Jean Martin | président | Vortexa"),
                Arguments.of("Former Globex employees founded the startup Initech. Its chief executive Ann Lee said it would hire.",
                        "Ann Lee | chief executive | Initech"),
                Arguments.of("The startup Initech hired researchers of Globex. Its chief executive Ann Lee said so.",
                        "Ann Lee | chief executive | Initech"),
                Arguments.of("Selon son président Marc Duval, Acme va recruter.", "Marc Duval | président | Acme"),
                Arguments.of("La start-up Acme recrute. La société Globex aussi. Acme grandit. Le groupe Globex ferme une usine. "
                        + "L'entreprise a levé des fonds, a dit son président Marc Duval.", "Marc Duval | président | Acme"),
                // a unit named after the title's "of"
                Arguments.of("Ann Lee, chief executive of the company's Japanese subsidiary Acme Japan, said so.",
                        "Ann Lee | chief executive | Acme Japan"),
                Arguments.of("Ann Lee, president director of Acme's local subsidiary Acme Brasil, said so.",
                        "Ann Lee | president director | Acme Brasil"),
                Arguments.of("Marie Durand, directrice de la filiale française d'Acme, Acme France, a confirmé.",
                        "Marie Durand | directrice | Acme France"),
                // plural titles and joined names
                Arguments.of("La start-up Vortexa recrute. Ses deux autres cofondateurs, Jean Martin et Paul Durand, sont ingénieurs.",
                        "Jean Martin | cofondateur | Vortexa; Paul Durand | cofondateur | Vortexa"),
                Arguments.of("The startup Globex grew. Its co-founders Ann Lee and Bo Kim are engineers.",
                        "Ann Lee | co-founder | Globex; Bo Kim | co-founder | Globex"),
                Arguments.of("The startup Globex grew. Its directors Ann Lee and Bo Kim met.",
                        "Ann Lee | director | Globex; Bo Kim | director | Globex"),
                // boards
                Arguments.of("The startup Globex grew. Ann Lee will join Globex's board of directors.", "Ann Lee | board member | Globex"),
                Arguments.of("The firm Initech grows. Ann Lee sits on the board of Initech.", "Ann Lee | board member | Initech"),
                Arguments.of("Globex will buy a stake in Initech. Under the deal, Globex president Ann Lee will join Initech's board.",
                        "Ann Lee | board member | Initech; Ann Lee | president | Globex"),
                Arguments.of("La société Acme grandit. Marie Durand rejoint le conseil d'administration du groupe Acme.",
                        "Marie Durand | administrateur | Acme"),
                Arguments.of("La société Acme grandit. Marie Durand siège au conseil de surveillance d'Acme.",
                        "Marie Durand | administrateur | Acme"),
                // copula past an honorific, a possessive after a plural name
                Arguments.of("The firm Globex grows. Globex's chairman is Sheikh Omar Haddad.", "Omar Haddad | chairman | Globex"),
                Arguments.of("The firm Globex grows. Ann Lee, the United Arab Emirates’ national security adviser, spoke.",
                        "Ann Lee | national security adviser | United Arab Emirates"),
                // a head of state written bare
                Arguments.of("La France investit. La France accélère. Le président Paul Girard a salué l'accord.", "Paul Girard | président | France"),
                Arguments.of("La France investit. La France accélère. Le président de la République, Paul Girard, a salué l'accord.",
                        "Paul Girard | président de la république | France"),
                Arguments.of("Japan invests. Japan grows. President Kenji Sato welcomed the deal.", "Kenji Sato | president | Japan"),
                // a portfolio of capitalized words is no organization
                Arguments.of("Malaysia's Trade and Industry Minister Aziz Rahman welcomed the deal.", "Aziz Rahman | minister | Malaysia"),
                // an honorific after the apposition's comma; a partner at a firm; a firm described before its name
                Arguments.of("The startup Globex grew. Globex's founder and chief scientific officer, Dr Jane Holloway, said the lab would open.",
                        "Jane Holloway | founder and chief scientific officer | Globex"),
                Arguments.of("Paul Durand, associé chez Vortexa Capital, rejoindra le conseil.", "Paul Durand | associé | Vortexa Capital"),
                Arguments.of("L'entrepreneur Marc Duval, fondateur de la société de négoce Globex Trading, investit.",
                        "Marc Duval | fondateur | Globex Trading"),
                // a bare title in the one organization of the sentence, the outlet spoken to left out
                Arguments.of("The startup Globex will expand into Chile, chief executive Jane Holloway told Reuters.",
                        "Jane Holloway | chief executive | Globex"),
                // a verb states the position: active, passive, relative, appointment, succession
                Arguments.of("Tom Walker, who also runs the carmaker Initech and the rocket company Vortexa, fired him.",
                        "Tom Walker | head | Initech; Tom Walker | head | Vortexa"),
                Arguments.of("The startup Globex is growing. Globex is chaired by Mary Hobson.", "Mary Hobson | chair | Globex"),
                Arguments.of("La start-up Vortexa, dirigée par Marie Durand, recrute.", "Marie Durand | dirigeant | Vortexa"),
                Arguments.of("Le fonds Acme Capital, que préside Paul Girard, investit.", "Paul Girard | président | Acme Capital"),
                Arguments.of("Paul Girard, qui dirige le fonds Acme Capital, a critiqué la stratégie.", "Paul Girard | dirigeant | Acme Capital"),
                Arguments.of("Le groupe Globex a été fondé par l'homme d'affaires Paul Girard en 1990.", "Paul Girard | fondateur | Globex"),
                Arguments.of("The startup Globex makes design software. It was founded in 2012 by co-founders Dana Cole and Evan Brooks, "
                        + "who met at college.", "Dana Cole | founder | Globex; Evan Brooks | founder | Globex"),
                Arguments.of("The startup Globex grew fast. Globex was co-founded in 2016 by Dana Cole, a former banker.",
                        "Dana Cole | co-founder | Globex"),
                Arguments.of("The startup Globex on Tuesday named Mary Hobson as its new chairman and chief executive.",
                        "Mary Hobson | chairman and chief executive | Globex"),
                Arguments.of("Paul Girard succède à Marc Duval à la tête de Vortexa.", "Paul Girard | dirigeant | Vortexa"),
                Arguments.of("Mary Hobson will succeed Tom Walker as chief executive of Globex.", "Mary Hobson | chief executive | Globex"),
                Arguments.of("La société Vortexa recrute. Marc Duval, également à la tête de Globex, investit.",
                        "Marc Duval | dirigeant | Globex"),
                // a minister's portfolio is not where the post is held: the country is
                Arguments.of("La France investit. La France accélère. Le ministre de l'Économie, Paul Girard, a salué l'accord.",
                        "Paul Girard | ministre | France"),
                Arguments.of("La France investit. La France accélère. La ministre de la Transition énergétique, Marie Durand, a salué l'accord.",
                        "Marie Durand | ministre | France"),
                Arguments.of("L'Allemagne investit. L'Allemagne accélère. Le ministre fédéral de l'Économie et de la Protection du climat, "
                        + "Paul Becker, a salué l'accord.", "Paul Becker | ministre | Allemagne"),
                Arguments.of("Germany invests. Germany grows. German Economy Minister Paul Becker welcomed it.", "Paul Becker | minister | Germany"),
                Arguments.of("France invests. France grows. The move was championed by Finance Minister Paul Girard.",
                        "Paul Girard | minister | France"),
                // a head of state the gazetteer knows holds office in his own country, not the article's
                Arguments.of("Japan invests. Japan grows. Japan and the United States agree. President Joe Biden welcomed the plan.",
                        "Joe Biden | president | United States"),
                // a bare title in a sentence that names no organization: the organization the article is about
                Arguments.of("The startup Globex raised money. Globex will hire. The plan was approved on Monday. "
                        + "Chief financial officer Ann Lee forecast growth.", "Ann Lee | chief financial officer | Globex"),
                Arguments.of("La start-up Vortexa lève des fonds. Vortexa recrute. Le PDG, Marc Duval, a salué l'opération.",
                        "Marc Duval | pdg | Vortexa"),
                Arguments.of("La start-up Vortexa lève des fonds. Vortexa recrute. « Nous grandirons », ajoute Marc Duval, directeur technique.",
                        "Marc Duval | directeur technique | Vortexa"),
                // a possessive that points to no organization is not the one the sentence names in passing
                Arguments.of("La start-up Vortexa lève des fonds. Vortexa recrute. L'argent servira à recruter. Jean Martin est passé par Globex. "
                        + "Ses deux autres cofondateurs, Paul Durand et Marc Duval, sont d'anciens chercheurs d'Initech.",
                        "Paul Durand | cofondateur | Vortexa; Marc Duval | cofondateur | Vortexa"),
                // "who became" before the title; a title on each side of the name
                Arguments.of("The group Globex grew. Mary Hobson, who became Globex's chairman and chief executive in late 2022, spoke.",
                        "Mary Hobson | chairman and chief executive | Globex"),
                Arguments.of("Pour le nouveau directeur général de Vortexa, Marc Duval, ancien patron de Globex, l'opération est bonne.",
                        "Marc Duval | directeur général | Vortexa; Marc Duval | patron | Globex"),
                // regional offices and titles the lexicon gained
                Arguments.of("La région investit. Le président de la région Alsace-Lorraine, Paul Girard, a salué l'accord.",
                        "Paul Girard | président | Alsace-Lorraine"),
                Arguments.of("Le ministre-président de la Bavière, Paul Becker, a salué l'accord.", "Paul Becker | ministre-président | Bavière"),
                Arguments.of("The fund grew, said the head of Globex Capital, Paul Becker.", "Paul Becker | head | Globex Capital"),
                Arguments.of("The startup Globex grew. Mary Hobson, Globex's executive vice-president in charge of sales, said so.",
                        "Mary Hobson | executive vice-president | Globex"),
                // a passive past an apposition: the sentence's subject, or the name the apposition describes
                Arguments.of("Le Globex Football Club, racheté en 2011 par Initech, la branche du fonds, est présidé par Marc Duval.",
                        "Marc Duval | président | Globex Football Club"),
                Arguments.of("L'opération doit recevoir l'aval de Globex Bank, la banque centrale, dirigée par le gouverneur Marc Duval.",
                        "Marc Duval | dirigeant | Globex Bank"),
                // a short time phrase between the naming verb and the title
                Arguments.of("La société Vortexa grandit. Sa fille, Marie Durand, a été nommée l'an dernier présidente-directrice générale de Globex.",
                        "Marie Durand | présidente-directrice générale | Globex"),
                // a counterpart holds the title of the holder named before, in the place or organization given
                Arguments.of("Le PDG de Globex, Paul Girard, salue l'offre. Son homologue d'Initech, Marc Duval, estime que l'offre est bonne.",
                        "Paul Girard | pdg | Globex; Marc Duval | pdg | Initech"),
                Arguments.of("Japan invests. Japan grows. Prime Minister Kenji Sato met his French counterpart Paul Girard.",
                        "Kenji Sato | prime minister | Japan; Paul Girard | prime minister | France"),
                Arguments.of("La France investit. La France accélère. Le président Paul Girard a reçu son homologue sénégalais, Amadou Diallo.",
                        "Paul Girard | président | France; Amadou Diallo | président | Sénégal"),
                // the place written after the name; auxiliaries before a naming verb or a verb of becoming
                Arguments.of("The plant will open in Texas. Governor Ann Lee of Texas welcomed it.", "Ann Lee | governor | Texas"),
                Arguments.of("Ann Lee has been appointed chief executive of Globex.", "Ann Lee | chief executive | Globex"),
                Arguments.of("Ann Lee will become chairman of Globex in May.", "Ann Lee | chairman | Globex"),
                Arguments.of("Marie Durand sera nommée directrice générale de Globex.", "Marie Durand | directrice générale | Globex"),
                Arguments.of("Marie Durand va devenir présidente de Globex.", "Marie Durand | présidente | Globex"),
                Arguments.of("Ann Lee, who is now Globex's chief executive, spoke.", "Ann Lee | chief executive | Globex"),
                // appointing with no "as", joining as, taking over as, remaining
                Arguments.of("The startup Globex grew. Globex appointed Ann Lee chief executive.", "Ann Lee | chief executive | Globex"),
                Arguments.of("Ann Lee takes over as chief executive of Globex.", "Ann Lee | chief executive | Globex"),
                Arguments.of("The startup Globex grew fast. Ann Lee, who previously ran Initech, joined Globex as chief executive.",
                        "Ann Lee | chief executive | Globex"),
                Arguments.of("Marie Durand rejoindra Globex en tant que directrice financière.", "Marie Durand | directrice financière | Globex"),
                Arguments.of("The startup Globex grew fast. Globex said Ann Lee will remain chief executive until March.",
                        "Ann Lee | chief executive | Globex"),
                // an age after the name, an organization's name before the title, a list of titles
                Arguments.of("The startup Globex grew. Ann Lee, 54, the chief executive of Globex, said so.", "Ann Lee | chief executive | Globex"),
                Arguments.of("Le groupe Globex grandit. Marie Durand, 54 ans, directrice générale de Globex, a confirmé.",
                        "Marie Durand | directrice générale | Globex"),
                Arguments.of("The startup Globex grew. Ann Lee, Globex chief executive, said so.", "Ann Lee | chief executive | Globex"),
                Arguments.of("The startup Globex grew. Ann Lee, Globex's chairman, president and chief executive, said so.",
                        "Ann Lee | chairman, president and chief executive | Globex"),
                // a common noun for the organization named before: "du groupe", "du constructeur suédois"
                Arguments.of("Le constructeur Globex grandit. Globex recrute. Le patron du constructeur suédois, Marc Duval, a confirmé.",
                        "Marc Duval | patron | Globex"),
                Arguments.of("The startup Globex grew. Globex hired. The chief executive of the company, Ann Lee, said so.",
                        "Ann Lee | chief executive | Globex"),
                // a company named inside the quotation is not the one "du groupe" points back to
                Arguments.of("Le groupe Globex rachète Initech. « Avec Initech, nous changeons de taille », résume le PDG du groupe lyonnais, Marc Duval.",
                        "Marc Duval | pdg | Globex"),
                // a bare regional or city office: the region or city the article leads with
                Arguments.of("Texas welcomed the plant. The plant in Texas will open in 2025. Governor Ann Lee welcomed it.",
                        "Ann Lee | governor | Texas"),
                Arguments.of("La ville de Lyon investit. Lyon grandit. Le maire Paul Girard a salué le projet.", "Paul Girard | maire | Lyon"),
                // a place after a post in an organization is its remit: the owner before the title holds it
                Arguments.of("The startup Globex grew. Globex's head of Asia, Ann Lee, said so.", "Ann Lee | head | Globex"),
                // a deputy minister at a ministry; a regional office with its portfolio and an unknown regional adjective
                Arguments.of("Vortexa will build a plant. Ann Lee, a deputy minister at the Ministry of Trade and Industry, said so.",
                        "Ann Lee | deputy minister | Ministry of Trade and Industry"),
                Arguments.of("Le canton du Tessin investit dans le Tessin. Le conseiller d'État tessinois chargé de l'économie, Marc Duval, s'en félicite.",
                        "Marc Duval | conseiller d'état | Tessin"),
                // the short form of an organization's name before "'s", the most named of those it starts
                Arguments.of("The startup Vortexa Bio grew. Vortexa Bio hired. Vortexa Labs Poland opened. Vortexa's founder, Dr Ann Lee, said so.",
                        "Ann Lee | founder | Vortexa Bio"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void readsEveryRole(String text, String expected) {
        Positions found = read(text);
        List<String> got = found.positions().stream().map(p -> show(found.entities(), p)).sorted().toList();
        assertEquals(Stream.of(expected.split(";\\s*")).filter(e -> !e.isEmpty()).sorted().toList(), got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRole")
    void readsTheRole(String text, String expected) {
        Positions found = read(text);
        List<String> got = found.positions().stream().map(p -> show(found.entities(), p)).toList();
        assertEquals(List.of(expected), got);
    }

    @Test
    void aCountryNamedOnlyByItsDemonymBecomesAnEntityWithItsWikidataId() {
        Positions found = read("Le premier ministre japonais Kenji Sato a salué l'accord.");
        Entity japan = found.entities().entities().stream().filter(e -> e.wikidata().equals(Optional.of("Q17"))).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, japan.type());
        assertEquals(found.positions().get(0).in(), Optional.of(japan.id()));
    }

    @Test
    void aRoleWithoutOrganizationOrCountryIsNotKept() {
        // two organizations and a bare title: nothing says which one she leads
        assertEquals(List.of(), read("The startup Globex sued the firm Initech. Chief executive Ann Lee declined to comment.").positions());
        assertEquals(List.of(), read("The deal was signed on Monday. Ann Lee, a friend of the founder, was there.").positions());
    }

    @Test
    void aVerbInThePastOrAnObjectPastAClauseTellsNoCurrentPosition() {
        // a past passive tells a former holder; a founder does not lapse
        assertEquals(List.of(), read("The startup Globex grew. Globex was run by Mary Hobson until 2019.").positions());
        assertEquals(List.of(), read("La start-up Vortexa recrute. Vortexa était dirigée par Marie Durand.").positions());
        // the organization past "qui contrôle" is not the one he runs
        assertEquals(List.of(), read("Paul Girard dirige la holding familiale qui contrôle Globex.").positions());
        // "X's" before a noun names no organization run
        assertEquals(List.of(), read("Mary Hobson leads Globex's European expansion.").positions());
        // a past verb tells a former post: "previously ran", "dirigeait"
        assertEquals(List.of(), read("The startup Globex grew. Ann Lee, who previously ran Initech, praised it.").positions());
        assertEquals(List.of(), read("La start-up Vortexa recrute. Marie Durand dirigeait Globex.").positions());
        // a verb of remaining or joining without a title gives nothing
        assertEquals(List.of(), read("The startup Globex grew. Ann Lee remains confident. Ann Lee joined Globex in 2019.").positions());
        // a time limit after the holder tells a former post; a person who qualifies another noun holds nothing
        assertEquals(List.of(), read("The startup Globex grew. The fund Initech Capital, run by Ann Lee until 2019, grew.").positions());
        assertEquals(List.of(), read("The startup Globex grew. Globex is led by Ann Lee's team.").positions());
        // "led by" a person only for a present passive of an organization
        assertEquals(List.of(), read("The startup Globex raised $10m in a round led by Mary Hobson in 2019.").positions());
    }

    @Test
    void aTitleDoesNotReachAcrossAnotherPerson() {
        Positions found = read("Marc Duval, président de Globex, et Léa Morel ont signé l'accord.");
        assertEquals(List.of("Marc Duval | président | Globex"), found.positions().stream().map(p -> show(found.entities(), p)).toList());
    }

    @Test
    void aBareOfficeIsNotPlacedWhenNoCountryLeads() {
        String text = "Le Japon et la France ont signé. Le Japon et la France coopèrent. Le Premier ministre Kenji Sato a salué l'accord.";
        assertEquals(List.of(), read(text).positions());
        // a governor holds office in a state, not in the country the article is about
        assertEquals(List.of(), read("The United States welcomed it. The United States grows. Governor Ann Lee welcomed it.").positions());
        String portfolio = "Le Japon et la France ont signé. Le Japon et la France coopèrent. Le ministre de l'Économie, Paul Girard, a salué.";
        assertEquals(List.of(), read(portfolio).positions());
    }

    @Test
    void confidenceFallsAsThePlaceIsInferredRatherThanWritten() {
        double written = read("Marc Duval, président de Globex, a annoncé un accord.").positions().get(0).confidence();
        double possessive = read("Le groupe Acme a annoncé que son président Paul Girard partirait.").positions().get(0).confidence();
        double country = read("Le Japon investit. Le Japon accélère. Le Premier ministre Kenji Sato a salué l'accord.").positions().get(0).confidence();
        assertTrue(written > possessive && possessive > country, written + " " + possessive + " " + country);
    }

    @Test
    void evidenceIsTheSentenceThatStatesTheRole() {
        Document doc = Document.of("The deal was signed on Monday. Ann Lee, president of Globex, said so.");
        Position p = extractor.extract(doc, FactFixture.entities(doc)).positions().get(0);
        assertEquals("Ann Lee, president of Globex, said so.", doc.text(p.evidence()));
    }

    private Positions read(String text) {
        Document doc = Document.of(text);
        return extractor.extract(doc, FactFixture.entities(doc));
    }

    private static String show(ArticleEntities entities, Position p) {
        return FactFixture.label(entities, p.person()) + " | " + p.title() + " | " + p.in().map(i -> FactFixture.label(entities, i)).orElse("-");
    }
}
