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
    void aTitleDoesNotReachAcrossAnotherPerson() {
        Positions found = read("Marc Duval, président de Globex, et Léa Morel ont signé l'accord.");
        assertEquals(List.of("Marc Duval | président | Globex"), found.positions().stream().map(p -> show(found.entities(), p)).toList());
    }

    @Test
    void aBareOfficeIsNotPlacedWhenNoCountryLeads() {
        String text = "Le Japon et la France ont signé. Le Japon et la France coopèrent. Le Premier ministre Kenji Sato a salué l'accord.";
        assertEquals(List.of(), read(text).positions());
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
