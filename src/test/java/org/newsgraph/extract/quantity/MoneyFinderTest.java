package org.newsgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.Money.Qualifier;
import org.newsgraph.text.Language;

class MoneyFinderTest {

    private static final MoneyFinder FINDER = new MoneyFinder();

    private static String surface(String text, Money m) {
        return text.substring(m.span().start(), m.span().end());
    }

    /** The one amount in the text has this surface, value, currency and qualifier. */
    private static void assertOne(String text, Language lang, String surface, String value, String currency,
                                  Qualifier qualifier) {
        List<Money> found = FINDER.find(text, lang);
        assertEquals(1, found.size(), () -> "in [" + text + "] found " + found);
        Money m = found.get(0);
        assertEquals(surface, surface(text, m));
        assertEquals(new BigDecimal(value), m.value(), () -> "value of " + surface);
        assertEquals(currency, m.currency());
        assertEquals(qualifier, m.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme va investir 2,9 milliards de dollars en Inde.|2,9 milliards de dollars|2900000000|USD",
            "Zitouna investira 50 millions de DT à Sfax.|50 millions de DT|50000000|TND",
            "Atlas a investi 300 millions de DH à Agadir.|300 millions de DH|300000000|MAD",
            "Sétif Agro investira 2 milliards de DA.|2 milliards de DA|2000000000|DZD",
            "Dakar Agro investira 12 milliards FCFA à Thiès.|12 milliards FCFA|12000000000|XOF",
            "Lublin Meble investira 40 millions de zł.|40 millions de zł|40000000|PLN",
            "Brno Kola investira 900 millions de couronnes tchèques.|900 millions de couronnes tchèques|900000000|CZK",
            "Le projet est chiffré à 45 milliards d'ariary.|45 milliards d'ariary|45000000000|MGA",
            "Pest Gyár investira 12 milliards de forints.|12 milliards de forints|12000000000|HUF",
            "Globex injecte 600 millions d'euros dans l'usine.|600 millions d'euros|600000000|EUR",
            "Globex injecte 600 millions d’euros dans l'usine.|600 millions d’euros|600000000|EUR",
            "Un plan de 4 Md€ sur cinq ans.|4 Md€|4000000000|EUR",
            "Un plan de 4Md€.|4Md€|4000000000|EUR",
            "Initech lève 1,2 milliard d’euros.|1,2 milliard d’euros|1200000000|EUR",
            "Le fonds pèse 150 milliards de yens.|150 milliards de yens|150000000000|JPY",
            "Une aide de 10 millions de couronnes suédoises.|10 millions de couronnes suédoises|10000000|SEK",
            "Acme apporte trois millions d'euros.|trois millions d'euros|3000000|EUR",
            "Acme apporte un milliard de dollars.|un milliard de dollars|1000000000|USD",
            "Le ticket d'entrée est de 300 € par salarié.|300 €|300|EUR",
            "Le ticket d'entrée est de 300\u00A0€.|300\u00A0€|300|EUR",
            "Un budget de 12\u202F000 € est prévu.|12\u202F000 €|12000|EUR",
            "Un budget de 4 M€ est prévu.|4 M€|4000000|EUR",
            "Acme a investi 5 millions $US au Canada.|5 millions $US|5000000|USD",
            "Globex débloque 2 milliards de francs suisses.|2 milliards de francs suisses|2000000000|CHF",
            "Une enveloppe de 500 millions de livres sterling.|500 millions de livres sterling|500000000|GBP",
            "Un contrat de 20 milliards de roupies.|20 milliards de roupies|20000000000|INR",
            "Un prêt de 3 milliards de dollars canadiens.|3 milliards de dollars canadiens|3000000000|CAD",
            "Acme paie 2 milliards de yuans.|2 milliards de yuans|2000000000|CNY",
            "Une usine à 750 millions de dirhams.|750 millions de dirhams|750000000|AED",
            "Un montant de 40 milliards de wons.|40 milliards de wons|40000000000|KRW",
            "Un projet de 5 milliards de réals.|5 milliards de réals|5000000000|BRL",
            "Une dette de 2 billions de dollars.|2 billions de dollars|2000000000000|USD",
            "Initech reçoit 1,5 million USD.|1,5 million USD|1500000|USD",
            "Acme a levé USD 300 millions.|USD 300 millions|300000000|USD",
            "Un apport de 2 milliards d’euros symboliques.|2 milliards d’euros|2000000000|EUR",
            "Acme investit 1 000 000 d'euros.|1 000 000 d'euros|1000000|EUR",
    })
    void frenchAmounts(String text, String surface, String value, String currency) {
        assertOne(text, Language.FR, surface, value, currency, Qualifier.EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme will invest $1.5 billion in Ohio.|$1.5 billion|1500000000|USD",
            "Acme will invest $1.5bn in Ohio.|$1.5bn|1500000000|USD",
            "Globex raised US$ 3m from angels.|US$ 3m|3000000|USD",
            "Globex raised US$3m from angels.|US$3m|3000000|USD",
            "Initech pledged A$2 billion.|A$2 billion|2000000000|AUD",
            "Initech pledged S$40m.|S$40m|40000000|SGD",
            "Initech pledged C$1bn.|C$1bn|1000000000|CAD",
            "Abadi will invest RM1.2 billion in Kulim.|RM1.2 billion|1200000000|MYR",
            "The plant will cost Rp 5 trillion.|Rp 5 trillion|5000000000000|IDR",
            "Jamii Foods will spend KSh2.5 billion on a mill.|KSh2.5 billion|2500000000|KES",
            "Ndovu raised USh40 billion.|USh40 billion|40000000000|UGX",
            "Falcon will invest Dh2 billion in Abu Dhabi.|Dh2 billion|2000000000|AED",
            "Tisza will invest HUF 12 billion in the line.|HUF 12 billion|12000000000|HUF",
            "The group raised USD5m.|USD5m|5000000|USD",
            "Kedah will add MYR 45 million.|MYR 45 million|45000000|MYR",
            "Siam Glass will spend 4.5 billion baht.|4.5 billion baht|4500000000|THB",
            "The line cost ฿900 million.|฿900 million|900000000|THB",
            "Almaty Steel will invest ₸60 billion.|₸60 billion|60000000000|KZT",
            "Accra Cocoa will spend 2 billion cedis.|2 billion cedis|2000000000|GHS",
            "Harwick agreed to pay $1.35-billion for Kinnear.|$1.35-billion|1350000000|USD",
            "The $220-million plant opens in 2027.|$220-million|220000000|USD",
            "The mill cost 900 million Ethiopian birr.|900 million Ethiopian birr|900000000|ETB",
            "Initech pledged HK$5bn.|HK$5bn|5000000000|HKD",
            "Initech pledged NZ$3m.|NZ$3m|3000000|NZD",
            "Acme spends €4 billion on plants.|€4 billion|4000000000|EUR",
            "Acme spends £300 million on plants.|£300 million|300000000|GBP",
            "Acme spends £300m on plants.|£300m|300000000|GBP",
            "Acme spends ¥100bn on plants.|¥100bn|100000000000|JPY",
            "Acme spends ₹500 crore on plants.|₹500 crore|5000000000|INR",
            "Acme spends Rs 500 crore on plants.|Rs 500 crore|5000000000|INR",
            "Acme spends ₩2 trillion on plants.|₩2 trillion|2000000000000|KRW",
            "The fund holds 2.26 trillion yen.|2.26 trillion yen|2260000000000|JPY",
            "Globex will put five billion dollars into chips.|five billion dollars|5000000000|USD",
            "Globex will put 2 billion euros into chips.|2 billion euros|2000000000|EUR",
            "Globex will put EUR 5 million into chips.|EUR 5 million|5000000|EUR",
            "Globex will put USD 2.5 billion into chips.|USD 2.5 billion|2500000000|USD",
            "Globex will put a billion dollars into chips.|a billion dollars|1000000000|USD",
            "Globex will put half a billion dollars into chips.|half a billion dollars|500000000|USD",
            "Globex will put two hundred million Swiss francs into chips.|two hundred million Swiss francs|200000000|CHF",
            "Globex will put 10 million Swedish kronor into chips.|10 million Swedish kronor|10000000|SEK",
            "Globex will put 1.5 million Chinese yuan into chips.|1.5 million Chinese yuan|1500000|CNY",
            "Globex will put 100 billion won into chips.|100 billion won|100000000000|KRW",
            "Globex will put 3 million pounds into chips.|3 million pounds|3000000|GBP",
            "It hired staff and five million dollars followed.|five million dollars|5000000|USD",
            "A $5 billion real estate plan.|$5 billion|5000000000|USD",
            "Acme paid $1,250,000 for the site.|$1,250,000|1250000|USD",
            "Acme paid $2.5B for the site.|$2.5B|2500000000|USD",
    })
    void englishAmounts(String text, String surface, String value, String currency) {
        assertOne(text, Language.EN, surface, value, currency, Qualifier.EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme investira environ 2 milliards d'euros.|2 milliards d'euros|ABOUT",
            "Acme investira quelque 2 milliards d'euros.|2 milliards d'euros|ABOUT",
            "Acme investira près de 2 milliards d'euros.|2 milliards d'euros|ABOUT",
            "Acme investira autour de 2 milliards d'euros.|2 milliards d'euros|ABOUT",
            "Acme investira plus de 2 milliards d'euros.|2 milliards d'euros|MORE_THAN",
            "Acme investira plus d'un milliard d'euros.|un milliard d'euros|MORE_THAN",
            "Acme investira plus d’un milliard d’euros.|un milliard d’euros|MORE_THAN",
            "Acme investira au moins 2 milliards d'euros.|2 milliards d'euros|AT_LEAST",
            "Acme investira pas moins de 2 milliards d'euros.|2 milliards d'euros|AT_LEAST",
            "Acme investira jusqu'à 2 milliards d'euros.|2 milliards d'euros|UP_TO",
            "Acme investira jusqu’à 2 milliards d'euros.|2 milliards d'euros|UP_TO",
            "Acme investira moins de 2 milliards d'euros.|2 milliards d'euros|UP_TO",
            "Acme investira 2 milliards d'euros.|2 milliards d'euros|EXACT",
            "Le surplus de 2 milliards d'euros.|2 milliards d'euros|EXACT",
    })
    void frenchQualifiers(String text, String surface, Qualifier qualifier) {
        Money m = FINDER.find(text, Language.FR).get(0);
        assertEquals(surface, surface(text, m));
        assertEquals(qualifier, m.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme will invest about $2 billion.|$2 billion|ABOUT",
            "Acme will invest around $2 billion.|$2 billion|ABOUT",
            "Acme will invest roughly $2 billion.|$2 billion|ABOUT",
            "Acme will invest some $2 billion.|$2 billion|ABOUT",
            "Acme will invest nearly $2 billion.|$2 billion|ABOUT",
            "Acme will invest almost $2 billion.|$2 billion|ABOUT",
            "Acme will invest more than $2bn.|$2bn|MORE_THAN",
            "Acme will invest over $2bn.|$2bn|MORE_THAN",
            "Acme will invest at least €1 billion.|€1 billion|AT_LEAST",
            "Acme will invest up to £5m.|£5m|UP_TO",
            "Acme will invest no more than £5m.|£5m|UP_TO",
            "Acme will invest £5m.|£5m|EXACT",
            "The takeover $5m deal.|$5m|EXACT",
    })
    void englishQualifiers(String text, String surface, Qualifier qualifier) {
        Money m = FINDER.find(text, Language.EN).get(0);
        assertEquals(surface, surface(text, m));
        assertEquals(qualifier, m.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Acme a créé 3 000 emplois en 2023.",
            "Une usine de 40 000 m² ouverte en 2017.",
            "Des millions de dollars ont été dépensés.",
            "Des milliards d'euros sont en jeu.",
            "Acme vend 2 millions de tonnes par an.",
            "Le modèle A380 a volé 12 fois.",
            "La zone euro a crû de 0,5 %.",
            "Acme compte 46 ans d'histoire et 12 usines.",
            "Le dollar a baissé de 2 % face à l'euro.",
    })
    void noFalseMoneyInFrench(String text) {
        assertEquals(List.of(), FINDER.find(text, Language.FR));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Acme signed a multibillion-dollar deal.",
            "Acme signed a billion-dollar deal.",
            "Acme signed a multi-million dollar deal.",
            "The plant will employ 840,000 Indonesians.",
            "Hundreds of millions of dollars were spent.",
            "Billions of euros are at stake.",
            "The dollar fell 2% against the yen.",
            "It ranks in the TOP 10 of 2024.",
            "The factory covers 3 km and 5 m of pipes.",
            "Sales grew 12.5 percent in 2023.",
            "Acme has 500 stores and won 3 awards.",
    })
    void noFalseMoneyInEnglish(String text) {
        assertEquals(List.of(), FINDER.find(text, Language.EN));
    }

    @Test
    void codesAndLetteredPrefixesMustKeepTheirCase() {
        assertEquals(List.of(), FINDER.find("The usd 5 million note.", Language.EN));
        assertEquals(List.of(), FINDER.find("Try 5 times.", Language.EN));
        assertEquals(List.of(), FINDER.find("The all 5 factories and the top 3 plants.", Language.EN),
                "codes that are words are no currency");
        assertEquals(List.of(), FINDER.find("Le modèle rm3 et le dt 5.", Language.FR));
        Money m = FINDER.find("Initech paid a$2 million.", Language.EN).get(0);
        assertEquals("USD", m.currency(), "a lower-case a$ is not the Australian dollar");
    }

    @Test
    void everyAmountInTextOrder() {
        String text = "Acme investira 2 milliards d'euros en France et 500 millions de dollars au Texas.";
        List<Money> found = FINDER.find(text, Language.FR);
        assertEquals(List.of("2 milliards d'euros", "500 millions de dollars"),
                found.stream().map(m -> surface(text, m)).toList());
        assertEquals(List.of("EUR", "USD"), found.stream().map(Money::currency).toList());
    }

    @Test
    void conversionInParenthesesIsFoundButNotStated() {
        String text = "Globex will spend 2.26 trillion yen (about $15 billion) on plants.";
        List<Money> all = FINDER.find(text, Language.EN);
        assertEquals(List.of("2.26 trillion yen", "$15 billion"), all.stream().map(m -> surface(text, m)).toList());
        assertEquals(Qualifier.ABOUT, all.get(1).qualifier());
        List<Money> stated = FINDER.findStated(text, Language.EN);
        assertEquals(1, stated.size());
        assertEquals("JPY", stated.get(0).currency());
        assertEquals(new BigDecimal("2260000000000"), stated.get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme investira 2,26 billions de yens (soit environ 15 milliards de dollars).|FR|JPY",
            "Acme investira 500 millions d'euros, soit 550 millions de dollars.|FR|EUR",
            "Acme investira 500 millions d'euros (550 millions de dollars).|FR|EUR",
            "Acme will invest €1.2bn ($1.3bn) in Spain.|EN|EUR",
            "Acme will invest £1bn, or about $1.3bn, in Wales.|EN|GBP",
            "Acme will invest $1bn (€920m) in Wales.|EN|USD",
    })
    void restatedAmountsAreDropped(String text, Language lang, String currency) {
        assertEquals(2, FINDER.find(text, lang).size());
        List<Money> stated = FINDER.findStated(text, lang);
        assertEquals(1, stated.size(), () -> "stated: " + stated);
        assertEquals(currency, stated.get(0).currency());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme investira 2 milliards d'euros et Globex 500 millions de dollars.|FR",
            "Acme investira 2 milliards d'euros (dont 500 millions d'euros en France).|FR",
            "Acme will invest $2bn and Globex €500m.|EN",
    })
    void separateAmountsAreAllStated(String text, Language lang) {
        assertEquals(2, FINDER.findStated(text, lang).size());
    }

    @Test
    void spansAreUtf16IndicesOfTheGivenText() {
        String text = "\uD83D\uDE80 Acme lève 3 millions d'euros.";
        Money m = FINDER.find(text, Language.FR).get(0);
        assertEquals("3 millions d'euros", surface(text, m));
        assertEquals(13, m.span().start(), "the rocket takes two UTF-16 chars");
    }

    @Test
    void noMoneyInEmptyText() {
        assertTrue(FINDER.find("", Language.EN).isEmpty());
        assertTrue(FINDER.findStated("", Language.FR).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The plant will cost between £31 billion and £34 billion.|EN|34000000000",
            "Its estimate rose from $25 billion to $26 billion in May.|EN|26000000000",
            "Le projet coûtera entre 2 milliards d'euros et 3 milliards d'euros.|FR|3000000000",
            "Le plan est chiffré de 155 à 185 milliards de dollars.|FR|185000000000",
    })
    void aRangeStatesItsUpperBound(String text, Language lang, String value) {
        List<Money> stated = FINDER.findStated(text, lang);
        assertEquals(1, stated.size(), () -> "in [" + text + "] found " + stated);
        assertEquals(0, new BigDecimal(value).compareTo(stated.get(0).value()));
    }

    @Test
    void twoAmountsThatAreNoRangeStayTwo() {
        assertEquals(2, FINDER.findStated("Acme gave $5 billion to Peru and $3 billion to Chile.", Language.EN).size());
        assertEquals(2, FINDER.findStated("Acme spent $2 billion and Globex $1 billion.", Language.EN).size());
    }

    @Test
    void aBareDollarInAStoryFromACountryWithItsOwnDollarIsThatCountrys() {
        String text = "Acme investira 20 milliards de dollars, dont 3 milliards de dollars américains, et Globex, plus tard, US$5 millions.";
        List<String> currencies = FINDER.inCountry(FINDER.find(text, Language.FR), text, Optional.of("Q16"), List.of()).stream()
                .map(Money::currency).toList();
        assertEquals(List.of("CAD", "USD", "USD"), currencies);
        String en = "Acme will spend $2 billion and 3 billion euros.";
        assertEquals(List.of("AUD", "EUR"), FINDER.inCountry(FINDER.find(en, Language.EN), en, Optional.of("Q408"), List.of()).stream()
                .map(Money::currency).toList());
        assertEquals(List.of("USD", "EUR"), FINDER.inCountry(FINDER.find(en, Language.EN), en, Optional.of("Q142"), List.of()).stream()
                .map(Money::currency).toList(), "France has no dollar of its own");
    }

    @Test
    void aSharedCurrencyNameIsTheCurrencyOfTheStorysCountry() {
        String fr = "Le groupe investira 410 millions de dirhams à Kénitra et 2 milliards de dirhams émiratis à Dubaï.";
        assertEquals(List.of("MAD", "AED"), currencies(fr, Language.FR, Optional.of("Q1028"), List.of()),
                "in a story from Morocco bare dirhams are Moroccan; named ones stay what they say");
        String dinars = "L'agence a accordé 18 milliards de dinars au projet.";
        assertEquals(List.of("TND"), currencies(dinars, Language.FR, Optional.empty(), List.of("Q142", "Q948")),
                "without a dateline, the first named country that calls its money so");
        assertEquals(List.of("DZD"), currencies(dinars, Language.FR, Optional.of("Q262"), List.of("Q948")), "the dateline first");
        String en = "The start-up raised 240 million kronor and 5 million francs, then 2 million Swiss francs.";
        assertEquals(List.of("SEK", "CHF", "CHF"), currencies(en, Language.EN, Optional.empty(), List.of()),
                "read alone, a shared name is the largest economy's");
        assertEquals(List.of("SEK", "XOF", "CHF"), currencies(en, Language.EN, Optional.of("Q1041"), List.of()),
                "bare francs in a story from Dakar are CFA francs");
        String pesos = "Acme will spend 3 billion pesos in Monterrey and $40 million.";
        assertEquals(List.of("CLP", "USD"), currencies(pesos, Language.EN, Optional.empty(), List.of("Q298", "Q96")),
                "a bare dollar is localized by the dateline only");
    }

    private static List<String> currencies(String text, Language lang, Optional<String> filedFrom, List<String> named) {
        return FINDER.inCountry(FINDER.find(text, lang), text, filedFrom, named).stream().map(Money::currency).toList();
    }
}
