package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.Quote;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** One article read with no positions known. */
    private record Read(Document doc, ArticleEntities entities, List<Quote> quotes) {

        String speaker(int i) {
            return Articles.label(entities, quotes.get(i).speaker().orElseThrow());
        }

        String text(int i) {
            return quotes.get(i).text();
        }
    }

    private Read read(String text) {
        return read(text, List.of());
    }

    private Read read(String text, List<String[]> titles) {
        Document doc = Document.of(text);
        ArticleEntities es = Articles.entities(doc);
        List<Position> positions = titles.stream()
                .map(t -> new Position(Articles.idOf(es, t[0]), t[1], Optional.empty(), new Span(0, 1), 0.8)).toList();
        List<Quote> quotes = extractor.extract(doc, es, positions);
        for (Quote q : quotes) {
            assertEquals(q.text(), text.substring(q.span().start(), q.span().end()), "span and text agree");
        }
        return new Read(doc, es, quotes);
    }

    // French, verb after the quote

    @Test
    void namedSpeakerAfterTheQuoteInFrench() {
        Read r = read("Le groupe Acme va ouvrir une usine à Lyon. « Nous sommes très heureux de ce projet », a déclaré Jean Dupont.");
        assertEquals(1, r.quotes().size());
        assertEquals("Nous sommes très heureux de ce projet", r.text(0));
        assertEquals("Jean Dupont", r.speaker(0));
        assertEquals(QuoteExtractor.NAMED, r.quotes().get(0).confidence());
    }

    @Test
    void partialQuoteAfterTheVerbOfAnApposedSpeaker() {
        Read r = read("Le groupe Acme investit au Portugal. Le ministre de l'Économie, Paul Girard, a salué « un signal de confiance "
                + "envers notre pays ».");
        assertEquals(1, r.quotes().size());
        assertEquals("un signal de confiance envers notre pays", r.text(0));
        assertEquals("Paul Girard", r.speaker(0));
    }

    @Test
    void aNamedSpeakerAfterTheQuoteKeepsTheVerbPastALongApposition() {
        Read r = read("Globex will spend $2 billion in Chile. \"Chile is the future of our whole industry,\" Ana Ruiz, president "
                + "of the company's Chilean subsidiary Globex Chile, told a news conference in Santiago.");
        assertEquals(1, r.quotes().size());
        assertEquals("Ana Ruiz", r.speaker(0));
        Read far = read("Globex will spend $2 billion in Chile. \"Chile is the future of our whole industry,\" Ana Ruiz, president "
                + "of the company's Chilean subsidiary, and a long list of other titles that never ends here at all, the end.");
        assertEquals(0, far.quotes().size(), "no speech verb: no speaker");
    }

    @Test
    void colonAfterAnApposedSpeakerWithAnHonorific() {
        Read r = read("The startup Globex grew. Globex's founder and chief scientific officer, Dr Jane Holloway, said: "
                + "\"Poland trains some of the best biologists in Europe.\"");
        assertEquals(1, r.quotes().size());
        assertEquals("Jane Holloway", r.speaker(0));
    }

    @Test
    void invertedPronounTakesTheLastSpeaker() {
        Read r = read("« Nous sommes très heureux de ce projet », a déclaré Jean Dupont. "
                + "« C'est une étape importante pour la région », a-t-il ajouté.");
        assertEquals(2, r.quotes().size());
        assertEquals("C'est une étape importante pour la région", r.text(1));
        assertEquals("Jean Dupont", r.speaker(1));
        assertEquals(QuoteExtractor.PRONOUN, r.quotes().get(1).confidence());
    }

    @Test
    void invertedPronounTakesThePersonLastNamedInThePreviousParagraph() {
        Read r = read("La directrice d'Initech, Claire Vasseur, présentait mardi les résultats.\n"
                + "« Les commandes ont doublé en un an », a-t-elle détaillé.");
        assertEquals(1, r.quotes().size());
        assertEquals("Claire Vasseur", r.speaker(0));
    }

    @Test
    void pronounLooksNoFurtherThanThePreviousParagraph() {
        Read r = read("Jean Dupont dirige Acme depuis 2015.\nLe site emploie 300 personnes.\n"
                + "Les travaux dureront deux ans.\n« Nous serons prêts à temps », a-t-il assuré.");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void speakerFollowedByTheNewspaperHeSpokeTo() {
        Read r = read("« Le site ouvrira ses portes en 2026 », a indiqué Paul Girard au quotidien Le Matin.");
        assertEquals(1, r.quotes().size());
        assertEquals("Paul Girard", r.speaker(0));
    }

    @Test
    void reflexiveSpeechVerb() {
        Read r = read("« Nous avons convaincu les meilleurs investisseurs », s'est félicité Lucien Moreau, le fondateur de Globex.");
        assertEquals("Lucien Moreau", r.speaker(0));
    }

    // French, verb before the quote

    @Test
    void speakerAndColonBeforeTheQuote() {
        Read r = read("Marie Lefèvre a déclaré : « Nous allons recruter 500 personnes d'ici à 2026. »");
        assertEquals(1, r.quotes().size());
        assertEquals("Nous allons recruter 500 personnes d'ici à 2026.", r.text(0));
        assertEquals("Marie Lefèvre", r.speaker(0));
    }

    @Test
    void selonIntroducesTheSpeaker() {
        Read r = read("Selon Marie Lefèvre, « la France reste très attractive pour nos clients ».");
        assertEquals("la France reste très attractive pour nos clients", r.text(0));
        assertEquals("Marie Lefèvre", r.speaker(0));
        assertEquals(QuoteExtractor.NAMED, r.quotes().get(0).confidence());
    }

    @Test
    void titleDescriptionNamesTheOnePersonWithThatTitle() {
        Read r = read("Hans Becker a reçu les dirigeants d'Acme à Berlin. Jean Dupont était présent. "
                + "Le chancelier a salué « un investissement historique pour le pays ».",
                List.<String[]>of(new String[] {"Hans Becker", "chancelier"}, new String[] {"Jean Dupont", "président"}));
        assertEquals(1, r.quotes().size());
        assertEquals("Hans Becker", r.speaker(0));
        assertEquals(QuoteExtractor.TITLE, r.quotes().get(0).confidence());
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfAParagraphGoesOnInTheNext() {
        Read r = read("Acme raised $5 million on Monday.\n\nAnn Lee, chief executive of Acme, said: \"Farmers cannot wait. "
                + "The machine was built for them.\n\n\"Now we want to sell it abroad.\"\n\nThe round was led by Globex.");
        assertEquals("Ann Lee", r.speaker(0));
        assertEquals("Farmers cannot wait. The machine was built for them.", r.text(0));
    }

    @Test
    void anAbbreviatedTitleNamesThePersonWithTheFullOne() {
        Read r = read("Acme bought Globex. Ann Lee said the purchase would be paid in cash. Analyst Bob Stone called it dear.\n\n"
                + "\"Cameras sell phones now,\" the CFO said.",
                List.<String[]>of(new String[] {"Ann Lee", "Chief Financial Officer"}));
        assertEquals(1, r.quotes().size());
        assertEquals("Ann Lee", r.speaker(0));
    }

    @Test
    void titleHeldByTwoPeopleNamesNoOne() {
        Read r = read("Hans Becker et Olaf Brandt ont visité le site. "
                + "Le ministre a salué « un investissement historique pour le pays ».",
                List.<String[]>of(new String[] {"Hans Becker", "ministre"}, new String[] {"Olaf Brandt", "ministre"}));
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void guillemetsWithNoBreakAndNarrowNoBreakSpaces() {
        Read r = read("«\u202FNous visons 40 % du marché\u202F», a expliqué Jean Dupont. "
                + "«\u00A0Le reste suivra bientôt\u00A0», a-t-il ajouté.");
        assertEquals(List.of("Nous visons 40 % du marché", "Le reste suivra bientôt"), r.quotes().stream().map(Quote::text).toList());
        assertEquals("Jean Dupont", r.speaker(1));
    }

    @Test
    void quoteAcrossASentenceBreak() {
        Read r = read("« Nous allons recruter. Les travaux commencent en mai », a précisé Jean Dupont.");
        assertEquals(1, r.quotes().size());
        assertEquals("Nous allons recruter. Les travaux commencent en mai", r.text(0));
        assertEquals("Jean Dupont", r.speaker(0));
    }

    @Test
    void partialQuoteThenSelonLui() {
        Read r = read("Jean Dupont a évoqué « une étape décisive pour l'entreprise » qui, selon lui, doit durer.");
        assertEquals("Jean Dupont", r.speaker(0));
    }

    // English, verb after the quote

    @Test
    void saidThenName() {
        Read r = read("Globex Corp will invest $2 billion in Japan. \"This is a big day for us,\" said John Carter.");
        assertEquals(1, r.quotes().size());
        assertEquals("This is a big day for us,", r.text(0));
        assertEquals("John Carter", r.speaker(0));
    }

    @Test
    void nameThenSaidAndPronounAfterward() {
        Read r = read("Globex Corp chief executive John Carter visited the site on Friday.\n"
                + "\"We will hire a thousand people,\" Carter said. \"It is the biggest plant we own,\" he said.\n"
                + "\"Nobody expected this so soon,\" she told reporters.");
        assertEquals(3, r.quotes().size());
        assertEquals("John Carter", r.speaker(0));
        assertEquals(QuoteExtractor.NAMED, r.quotes().get(0).confidence());
        assertEquals("John Carter", r.speaker(1));
        assertEquals(QuoteExtractor.PRONOUN, r.quotes().get(1).confidence());
        assertEquals("John Carter", r.speaker(2), "the only person in reach, whatever the pronoun");
    }

    @Test
    void curlyQuotesAndShortQuoteDirectlyAttributed() {
        Read r = read("“Absolutely,” said Emily Stone when asked about the deal.");
        assertEquals(1, r.quotes().size());
        assertEquals("Absolutely,", r.text(0));
        assertEquals("Emily Stone", r.speaker(0));
    }

    // English, verb before the quote

    @Test
    void saidColonBeforeTheQuoteOverAnApposition() {
        Read r = read("Emily Stone, the chief financial officer of Initech, said: \"We are confident about next year.\"");
        assertEquals("Emily Stone", r.speaker(0));
        assertEquals("We are confident about next year.", r.text(0));
    }

    @Test
    void toldReportersBeforeTheQuote() {
        Read r = read("Carter met Emily Stone in Osaka. John Carter told reporters \"the plant will open next year\".");
        assertEquals(1, r.quotes().size());
        assertEquals("John Carter", r.speaker(0));
    }

    @Test
    void describedAsPartialQuote() {
        Read r = read("John Carter described the investment as \"a milestone for the whole region\".");
        assertEquals("a milestone for the whole region", r.text(0));
        assertEquals("John Carter", r.speaker(0));
    }

    @Test
    void theMinisterSaid() {
        Read r = read("Akira Tanaka welcomed the plan in Osaka. \"This plant will bring jobs to the region,\" the minister said.",
                List.<String[]>of(new String[] {"Akira Tanaka", "minister"}));
        assertEquals("Akira Tanaka", r.speaker(0));
        assertEquals(QuoteExtractor.TITLE, r.quotes().get(0).confidence());
    }

    @Test
    void unattributedQuoteGoesOnFromThePreviousSpeaker() {
        Read r = read("\"We will build three more plants,\" John Carter said. \"The first one opens in Osaka next spring.\"");
        assertEquals(2, r.quotes().size());
        assertEquals("John Carter", r.speaker(1));
        assertEquals(QuoteExtractor.CONTINUED, r.quotes().get(1).confidence());
    }

    // not speech, or no person to say it

    @Test
    void scareQuotesAreNotQuotations() {
        Read r = read("John Carter said Acme would build a \"smart factory\" near Osaka. "
                + "Marie Lefèvre parle d'une « start-up » prometteuse. The so-called \"AI gigafactory of the future\" will open in 2026.");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void titlesOfWorksAreNotQuotations() {
        Read r = read("Jean Dupont a publié l'an dernier le livre « Une brève histoire du calcul ». "
                + "John Carter wrote a book titled \"The long road to a better grid\" in 2019. "
                + "Emily Stone said the company had read \"Machines That Think Faster\" twice.");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void quotesWithoutAPersonSpeakerAreDropped() {
        Read r = read("« Nous investissons massivement en France », a indiqué Acme dans un communiqué. "
                + "\"We are thrilled to join the region,\" the company said. "
                + "« Le marché est en pleine croissance ».");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void organizationSubjectBlocksAPersonFurtherBack() {
        Read r = read("John Carter left in March, and Globex said it would remain \"fully committed to the Japanese market\".");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void speakerAfterTheVerbPastTheNewsAgencyAndHisTitle() {
        Read r = read("« C'est une décision mûrement réfléchie », a déclaré à l'AFP le président d'Acme, Jean Dupont.");
        assertEquals("Jean Dupont", r.speaker(0));
    }

    @Test
    void pourIntroducesASpeakerOnlyWhenAPersonFollows() {
        Read r = read("Pour Paul Girard, économiste chez Initech, « ce type d'annonce reste fragile ». "
                + "Jean Dupont a dit vouloir investir pour « relancer toute la filière du textile ».");
        assertEquals(2, r.quotes().size());
        assertEquals("Paul Girard", r.speaker(0));
        assertEquals("Jean Dupont", r.speaker(1), "the speech verb before 'pour'");
    }

    @Test
    void saidThenOrganizationTitleThenName() {
        Read r = read("\"This is a generational opportunity for our company,\" said Globex chief executive Dana Whitfield in a statement.");
        assertEquals("Dana Whitfield", r.speaker(0));
    }

    @Test
    void calledSomethingSomethingIsSpeechButAProjectCalledSomethingIsNot() {
        Read r = read("Governor Mark Ellison called the deal \"a huge win for local families.\" "
                + "The company, which calls the project \"the fab of the future,\" expects output in 2027. "
                + "Mark Ellison visited a plant called \"Big Blue River Works\" last year.");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertEquals("Mark Ellison", r.speaker(0));
        assertEquals("a huge win for local families.", r.text(0));
    }

    // issue: speakers by surname, title or apposition; quotes over paragraphs; dialogue; incises

    @Test
    void lastNameAloneThatTheNameFinderLeftUnlinked() {
        Read r = read("The resort unit, which chairman Brian O'Daly has run since 2019, grew fast.\n\n"
                + "\"We have only begun to build on the land we own,\" O'Daly said.");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertEquals("Brian O'Daly", r.speaker(0));
    }

    @Test
    void lastNameTheNameFinderMissedOrMistyped() {
        String text = "The resort unit, which chairman Brian O'Daly has run since 2019, grew fast.\n\n"
                + "\"We have only begun to build on the land we own,\" O'Daly said.";
        Document doc = Document.of(text);
        ArticleEntities es = Articles.entities(doc);
        int at = text.indexOf("O'Daly said");
        Span last = new Span(at + 2, at + 6);
        List<ArticleEntities.Placed> placed = new java.util.ArrayList<>(es.placed().stream()
                .filter(p -> p.span().end() <= at || p.span().start() >= at + 6).toList());
        // unlinked: no mention there at all
        ArticleEntities unlinked = new ArticleEntities(es.entities(), placed, es.evidence());
        List<Quote> q = extractor.extract(doc, unlinked, List.of());
        assertEquals(1, q.size(), q.toString());
        assertEquals("Brian O'Daly", Articles.label(es, q.get(0).speaker().orElseThrow()));
        // mistyped: "Daly" taken for a company, the name cut at its apostrophe
        org.newsgraph.extract.Entity stray = new org.newsgraph.extract.Entity("organization:daly",
                org.newsgraph.extract.EntityType.ORGANIZATION, org.newsgraph.extract.PlaceKind.OTHER, "Daly",
                List.of(), List.of(last), Optional.empty());
        List<org.newsgraph.extract.Entity> all = new java.util.ArrayList<>(es.entities());
        all.add(stray);
        placed.add(new ArticleEntities.Placed(last, stray.id(), stray.type()));
        placed.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        ArticleEntities mistyped = new ArticleEntities(all, placed, es.evidence());
        q = extractor.extract(doc, mistyped, List.of());
        assertEquals(1, q.size(), q.toString());
        assertEquals("Brian O'Daly", Articles.label(es, q.get(0).speaker().orElseThrow()));
    }

    @Test
    void aCompanyNamedAsTheWholeSubjectStaysTheCompany() {
        String text = "Acme hired Laura Benz in May.\n\n\"Our plant will double its output,\" Benz said.";
        Document doc = Document.of(text);
        ArticleEntities es = Articles.entities(doc);
        int at = text.indexOf("Benz said");
        Span name = new Span(at, at + 4);
        org.newsgraph.extract.Entity company = new org.newsgraph.extract.Entity("organization:benz",
                org.newsgraph.extract.EntityType.ORGANIZATION, org.newsgraph.extract.PlaceKind.OTHER, "Benz",
                List.of(), List.of(name), Optional.empty());
        List<org.newsgraph.extract.Entity> all = new java.util.ArrayList<>(es.entities());
        all.add(company);
        List<ArticleEntities.Placed> placed = new java.util.ArrayList<>(es.placed().stream()
                .filter(p -> p.span().end() <= at || p.span().start() >= at + 4).toList());
        placed.add(new ArticleEntities.Placed(name, company.id(), company.type()));
        List<Quote> q = extractor.extract(doc, new ArticleEntities(all, placed, es.evidence()), List.of());
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void titleThenNameBetweenCommasBeforeTheVerb() {
        Read r = read("Globex, which owns most of Acme, is a newcomer. \"We see this as an investment in the long run,\" "
                + "its chief executive, Lena Marsh Holloway, said.");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertEquals("Lena Marsh Holloway", r.speaker(0));
    }

    @Test
    void theMinisterNamedInAnAppositionWithNoPositionRead() {
        Read r = read("La ministre de l'Industrie, Jeanne Marchal, a salué un projet « exemplaire ». "
                + "« Nous devons produire en France une partie de nos composants », a indiqué la ministre.");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertEquals("Jeanne Marchal", r.speaker(0));
        Read en = read("Paul Hartley, the minister, visited the site. \"This plant will make a real difference to the region,\" said the minister.");
        assertEquals(1, en.quotes().size(), en.quotes().toString());
        assertEquals("Paul Hartley", en.speaker(0));
    }

    @Test
    void aTitleTwoMinistersShareNamesNoOne() {
        Read r = read("Le ministre de l'Industrie, Jean Marchal, et le ministre des Finances, Paul Girard, étaient présents. "
                + "« Nous devons produire en France une partie de nos composants », a indiqué le ministre.");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void pronounReachesPastAParagraphWhenItsOwnSpeaksOfATitle() {
        Read r = read("« Nous avons les talents », a expliqué Marc Leroy, le président d'Acme.\n\n"
                + "Le programme prévoit de former dix mille personnes.\n\n"
                + "Le dirigeant a insisté sur le coût de l'énergie. « Il est plus simple d'investir ici qu'ailleurs », a-t-il assuré.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertEquals("Marc Leroy", r.speaker(1));
    }

    @Test
    void speakerInAnInciseOfAQuoteThatRunsOnIntoTheNextParagraph() {
        Read r = read("Acme va doubler sa production d'ici 2030.\n\n"
                + "« Nous sommes à un tournant, a déclaré Paul Girard devant la presse. Il faut agir dès maintenant.\n\n"
                + "« Ce plan n'est pas seulement celui d'Acme. C'est un projet pour toute la région. »");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertTrue(r.text(0).startsWith("Nous sommes à un tournant"), r.text(0));
        assertEquals("Paul Girard", r.speaker(0));
        assertEquals("Paul Girard", r.speaker(1));
    }

    @Test
    void aParagraphLeftOpenTakesTheSpeakerOfItsContinuation() {
        Read r = read("Acme will double its output by 2030.\n\n"
                + "“We have waited a long time for this moment. The region deserves it.\n\n"
                + "“And we will deliver on time,” said Jane Whitfield, the chief executive.");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertTrue(r.text(0).startsWith("We have waited"), r.text(0));
        assertEquals("Jane Whitfield", r.speaker(0));
        assertEquals("Jane Whitfield", r.speaker(1));
    }

    @Test
    void dialogueDashesInAnInterview() {
        Read r = read("Le président d'Acme, Paul Girard, ne cache pas sa satisfaction.\n\n"
                + "— Globex vous a-t-il rattrapé ?\n\n"
                + "— Non. Nous restons de loin le premier acteur du secteur, répond-il.\n\n"
                + "— Et demain ?\n\n"
                + "— Nous verrons bien.\n");
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertTrue(r.text(0).startsWith("Non. Nous restons"), r.text(0));
        assertEquals("Paul Girard", r.speaker(0));
    }

    @Test
    void aDialogueLineNamesItsSpeakerAfterATitleAndAnExpressiveVerb() {
        Read r = read("Acme commande six avions.\n\n"
                + "— C'est le plus gros investissement de notre histoire, et il se fera ici, a insisté la directrice générale "
                + "d'Acme Océan, Marie Durand, lors de la signature.\n\n"
                + "— On a tenu deux ans sans savoir. Là, on repart pour vingt ans, sourit Anne Morel, directrice du site.\n");
        assertEquals(2, r.quotes().size(), r.quotes().toString());
        assertEquals("Marie Durand", r.speaker(0));
        assertEquals("Anne Morel", r.speaker(1));
    }

    @Test
    void dashedListAfterAColonIsNoQuote() {
        Read r = read("Paul Girard, le président d'Acme, a détaillé ses priorités :\n\n"
                + "— renforcer les équipes de recherche ;\n\n"
                + "— recruter de nouveaux talents dans le logiciel.\n");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }
}
