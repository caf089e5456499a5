package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.text.Morphology.Pos;

class MorphologyTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "FR, investira, investir",
        "FR, Investit, investir",
        "FR, déboursé, débourser",
        "FR, rachètera, racheter",
        "FR, s’offre, offrir",
        "FR, acquièrent, acquérir",
        "EN, invested, invest",
        "EN, acquires, acquire",
        "EN, snapped, snap",
        "EN, paid, pay",
        "EN, bought, buy"})
    void verbsHaveTheirLemma(Language language, String word, String lemma) {
        assertTrue(Morphology.of(language).lemmas(word, Pos.VERB).contains(lemma),
                () -> word + " " + Morphology.of(language).analyze(word));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "FR, Selon", "FR, Mardi", "FR, Ce", "FR, L'entreprise", "FR, Investisseurs",
        "EN, Today", "EN, However", "EN, Investors", "EN, Meanwhile", "EN, Shares"})
    void capitalizedCommonWordsAreCommon(Language language, String word) {
        assertTrue(Morphology.of(language).isCommonWord(word), () -> word + " " + Morphology.of(language).analyze(word));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"FR, Lyon", "FR, Renault", "FR, Paris", "EN, Boeing", "EN, Paris", "EN, Zorblax", "FR, Kervadec"})
    void namesAndUnknownWordsAreNotCommon(Language language, String word) {
        assertFalse(Morphology.of(language).isCommonWord(word), () -> word + " " + Morphology.of(language).analyze(word));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"EN, plant, NOUN", "EN, the, DETERMINER", "EN, in, PREPOSITION", "FR, usine, NOUN", "FR, dans, PREPOSITION",
        "FR, nouvelle, ADJECTIVE", "EN, quickly, ADVERB"})
    void partsOfSpeech(Language language, String word, Pos pos) {
        assertTrue(Morphology.of(language).parts(word).contains(pos), () -> word + " " + Morphology.of(language).analyze(word));
    }

    @org.junit.jupiter.api.Test
    void unknownWordsHaveNoReading() {
        assertEquals(List.of(), Morphology.of(Language.EN).analyze("Zorblax"));
        assertEquals(List.of(), Morphology.of(Language.FR).lemmas("Kervadec"));
    }

    @org.junit.jupiter.api.Test
    void oneLayerServesManyThreads() throws Exception {
        Morphology fr = Morphology.of(Language.FR);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!fr.lemmas("investira", Pos.VERB).equals(List.of("investir"))) {
                        wrong.add(fr.lemmas("investira").toString());
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(wrong));
    }
}
