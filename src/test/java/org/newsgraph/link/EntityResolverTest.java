package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.name.CapitalizedNameFinder;
import org.newsgraph.text.Document;

class EntityResolverTest {

    private static List<Entity> entities(String text) {
        Document doc = Document.of(text);
        return new EntityResolver(Gazetteer.bundled()).resolve(doc, new CapitalizedNameFinder(Gazetteer.bundled()).find(doc)).entities();
    }

    private static Optional<Entity> named(List<Entity> es, String label) {
        return es.stream().filter(e -> e.label().equals(label)).findFirst();
    }

    @Test
    void acronymDefinedInParenthesesIsTheSameEntity() {
        List<Entity> es = entities("Brakka Cloud Services (BCS) will grow. BCS hired 300 people.");
        Entity bcs = named(es, "Brakka Cloud Services").orElseThrow();
        assertTrue(bcs.altLabels().contains("BCS"));
        assertEquals(3, bcs.mentions().size());
    }

    @Test
    void surnameAloneIsTheFullNamesPerson() {
        List<Entity> es = entities("The plan was announced by chief executive Maria Kowalczyk on Monday. Kowalczyk said it would pay off.");
        Entity p = named(es, "Maria Kowalczyk").orElseThrow();
        assertEquals(EntityType.PERSON, p.type());
        assertEquals(2, p.mentions().size());
    }

    @Test
    void namesSharingAWordStayApart() {
        List<Entity> es = entities("Microsoft opened Microsoft Research Lagos, its new lab, in June.");
        assertTrue(named(es, "Microsoft").isPresent());
        assertTrue(named(es, "Microsoft Research Lagos").isPresent());
    }

    @Test
    void knownEntitiesMeetByWikidataIdAndTakeTheArticlesLanguage() {
        List<Entity> es = entities("L'Agence France-Presse a publié la dépêche. Selon l'AFP, le Japon investit.");
        Entity afp = es.stream().filter(e -> e.wikidata().equals(Optional.of("Q40464"))).findFirst().orElseThrow();
        assertEquals(2, afp.mentions().size());
        assertEquals("Japon", es.stream().filter(e -> e.wikidata().equals(Optional.of("Q17"))).findFirst().orElseThrow().label());
    }

    @Test
    void spellsChecksInitialsInOrder() {
        assertTrue(EntityResolver.spells("BCS", "Brakka Cloud Services"));
        assertTrue(!EntityResolver.spells("AP", "United Arab Emirates"));
    }

    @Test
    void aShortFormOfAnUnknownCompanyIsTheCompany() {
        List<Entity> es = entities("Le groupe Brakka Logistique rachète Kerlo. L'opération permettra à Brakka de grandir.");
        Entity b = named(es, "Brakka Logistique").orElseThrow();
        assertTrue(b.altLabels().contains("Brakka"), b.toString());
        assertTrue(named(es, "Brakka").isEmpty());
    }

    @Test
    void aUnitPresentedAsSuchStaysApart() {
        List<Entity> es = entities("La société Brakka a créé sa filiale Brakka Robotics. Brakka Robotics recrute.");
        assertTrue(named(es, "Brakka").isPresent());
        assertTrue(named(es, "Brakka Robotics").isPresent());
    }

    @Test
    void lowerCaseFrenchNamesMeetTheirAcronym() {
        List<Entity> es = entities("La Banque nordique de développement (BND) a prêté. La BND est basée à Oslo.");
        Entity bank = named(es, "Banque nordique de développement").orElseThrow();
        assertTrue(bank.altLabels().contains("BND"), bank.toString());
    }

    @Test
    void aTownNamedLikeTheArticlesFirmIsThatFirmUnlessPlaced() {
        List<Entity> es = entities("The round was led by Kolding Partners. Kolding managing partner Ane Holm joins the board.");
        Entity firm = named(es, "Kolding Partners").orElseThrow();
        assertEquals(2, firm.mentions().size());
        assertTrue(named(es, "Kolding").isEmpty());
        List<Entity> placed = entities("Kolding Partners will build a plant in Kolding. Kolding has 60,000 inhabitants.");
        assertEquals(EntityType.PLACE, named(placed, "Kolding").orElseThrow().type());
        List<Entity> cued = entities("Kolding a racheté le port. Le groupe Kolding emploie 300 personnes.");
        assertEquals(EntityType.ORGANIZATION, named(cued, "Kolding").orElseThrow().type());
    }

    @Test
    void aFoundersSurnameAloneIsTheCompanyNamedAfterHim() {
        List<Entity> es = entities("Peter Harlow and Co. will spend $2 billion on a plant. The plant, Harlow said, would open in 2027.");
        Entity company = named(es, "Peter Harlow and Co").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(2, company.mentions().size());
        assertTrue(named(es, "Harlow").isEmpty());
    }

    @Test
    void anAcronymTakesItsFullNamesType() {
        List<Entity> es = entities("Le champ gazier Kerval Profond (KP) produira dès 2026. KP sera exploité par Norvatek.");
        Entity field = named(es, "Kerval Profond").orElseThrow();
        assertEquals(EntityType.PLACE, field.type());
        assertTrue(field.altLabels().contains("KP"));
    }
}
