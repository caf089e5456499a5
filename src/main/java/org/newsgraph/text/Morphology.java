package org.newsgraph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The lexical layer: every word's lemmas and parts of speech, from LanguageTool's morphological
 * dictionaries (English and French), so that cue lexicons can hold lemmas ("investir", "acquire")
 * instead of every inflected form, and so that a capitalized common word at the start of a sentence
 * can be told from a name.
 *
 * <pre>{@code Morphology.of(Language.FR).lemmas("investira")  // [investir]}</pre>
 *
 * <p>Instances are immutable and safe to share between threads: the dictionary is read once per
 * language, and each thread gets its own look-up object (morfologik's is not thread-safe) and keeps the
 * readings of the words it looked up last.
 */
public final class Morphology {

    /** The parts of speech the extractors need, mapped from each dictionary's own tag set. */
    public enum Pos {
        NOUN, PROPER_NOUN, VERB, ADJECTIVE, ADVERB, DETERMINER, PREPOSITION, PRONOUN, CONJUNCTION, NUMBER, OTHER
    }

    /** One reading of a word: its lemma and part of speech. */
    public record Analysis(String lemma, Pos pos) {
        public Analysis {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(pos, "pos");
        }
    }

    private static final Morphology ENGLISH = new Morphology(Language.EN, "/org/languagetool/resource/en/english.dict");
    private static final Morphology FRENCH = new Morphology(Language.FR, "/org/languagetool/resource/fr/french.dict");

    /** How many words' readings each thread keeps: news repeats its words, and a dictionary look-up is slow. */
    private static final int KEPT = 50_000;

    private final Language language;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final ThreadLocal<Map<String, List<Analysis>>> recent = ThreadLocal.withInitial(HashMap::new);

    private Morphology(Language language, String resource) {
        this.language = language;
        Dictionary dictionary = readDictionary(resource);
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static Dictionary readDictionary(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the morphological dictionary " + resource + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the morphological dictionary " + resource, e);
        }
    }

    /** The layer for a language. */
    public static Morphology of(Language language) {
        return language == Language.FR ? FRENCH : ENGLISH;
    }

    /**
     * Every reading of a word as written, and of its lower-case form when it is capitalized (so
     * "Investit" at the start of a sentence is read as "investit"). Elided French articles and
     * pronouns ("l'", "d'", "s'") are read without their apostrophe's left part. Empty for an unknown word.
     */
    public List<Analysis> analyze(String word) {
        Map<String, List<Analysis>> known = recent.get();
        List<Analysis> out = known.get(word);
        if (out == null) {
            if (known.size() >= KEPT) {
                known.clear();
            }
            out = read(word);
            known.put(word, out);
        }
        return out;
    }

    private List<Analysis> read(String word) {
        String plain = withoutElision(word);
        Set<Analysis> out = new LinkedHashSet<>();
        DictionaryLookup dictionary = lookup.get();
        addAll(out, dictionary.lookup(plain));
        String lower = plain.toLowerCase(language.locale());
        if (!lower.equals(plain)) {
            addAll(out, dictionary.lookup(lower));
        }
        return List.copyOf(out);
    }

    /** "l'usine" → "usine", "s’offre" → "offre": French elided words are looked up without their left part. */
    private String withoutElision(String word) {
        String plain = word.replace('\u2019', '\'');
        int apostrophe = plain.indexOf('\'');
        if (language == Language.FR && apostrophe > 0 && apostrophe <= 3 && apostrophe < plain.length() - 1) {
            return plain.substring(apostrophe + 1);
        }
        return plain;
    }

    private void addAll(Set<Analysis> out, List<WordData> readings) {
        for (WordData reading : readings) {
            CharSequence stem = reading.getStem();
            CharSequence tag = reading.getTag();
            if (stem == null || tag == null) {
                continue;
            }
            out.add(new Analysis(stem.toString(), pos(tag.toString())));
        }
    }

    /** The distinct lemmas of a word, in the dictionary's order; empty for an unknown word. */
    public List<String> lemmas(String word) {
        List<String> out = new ArrayList<>();
        for (Analysis a : analyze(word)) {
            if (!out.contains(a.lemma())) {
                out.add(a.lemma());
            }
        }
        return List.copyOf(out);
    }

    /** The lemmas of the word's readings as this part of speech: {@code lemmas("investi", VERB)}. */
    public List<String> lemmas(String word, Pos pos) {
        return analyze(word).stream().filter(a -> a.pos() == pos).map(Analysis::lemma).distinct().toList();
    }

    /** The parts of speech a word may have. */
    public Set<Pos> parts(String word) {
        Set<Pos> out = EnumSet.noneOf(Pos.class);
        analyze(word).forEach(a -> out.add(a.pos()));
        return out;
    }

    /**
     * Whether a capitalized word is as likely a common word as a name: its lower-case form is in the
     * dictionary as something other than a proper noun ("Today", "Selon", "Investors"), and the word as
     * written is not listed as a proper noun ("Paris", "Apple" are).
     */
    public boolean isCommonWord(String written) {
        String word = withoutElision(written);
        DictionaryLookup dictionary = lookup.get();
        for (WordData reading : dictionary.lookup(word)) {
            if (reading.getTag() != null && pos(reading.getTag().toString()) == Pos.PROPER_NOUN) {
                return false;
            }
        }
        String lower = word.toLowerCase(language.locale());
        for (WordData reading : dictionary.lookup(lower)) {
            if (reading.getTag() != null && pos(reading.getTag().toString()) != Pos.PROPER_NOUN) {
                return true;
            }
        }
        return false;
    }

    private Pos pos(String tag) {
        return language == Language.FR ? frenchPos(tag) : englishPos(tag);
    }

    /** LanguageTool's English tags are Penn Treebank's. */
    private static Pos englishPos(String tag) {
        if (tag.startsWith("NNP")) {
            return Pos.PROPER_NOUN;
        }
        if (tag.startsWith("NN")) {
            return Pos.NOUN;
        }
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return Pos.VERB;
        }
        if (tag.startsWith("JJ")) {
            return Pos.ADJECTIVE;
        }
        if (tag.startsWith("RB") || tag.equals("WRB")) {
            return Pos.ADVERB;
        }
        if (tag.equals("DT") || tag.equals("PDT") || tag.equals("WDT")) {
            return Pos.DETERMINER;
        }
        if (tag.equals("IN") || tag.equals("TO")) {
            return Pos.PREPOSITION;
        }
        if (tag.startsWith("PRP") || tag.startsWith("WP") || tag.equals("EX")) {
            return Pos.PRONOUN;
        }
        if (tag.equals("CC")) {
            return Pos.CONJUNCTION;
        }
        if (tag.equals("CD")) {
            return Pos.NUMBER;
        }
        return Pos.OTHER;
    }

    /** LanguageTool's French tags (Dicollecte): the first letter is the part of speech. */
    private static Pos frenchPos(String tag) {
        String head = tag.toUpperCase(Locale.ROOT);
        if (head.startsWith("P+D") || head.startsWith("P+R")) {
            return Pos.PREPOSITION;
        }
        return switch (head.charAt(0)) {
            case 'Z' -> Pos.PROPER_NOUN;
            case 'N' -> Pos.NOUN;
            case 'V' -> Pos.VERB;
            case 'J' -> Pos.ADJECTIVE;
            case 'A' -> Pos.ADVERB;
            case 'D' -> Pos.DETERMINER;
            case 'P' -> Pos.PREPOSITION;
            case 'R' -> Pos.PRONOUN;
            case 'C' -> Pos.CONJUNCTION;
            case 'K' -> Pos.NUMBER;
            default -> Pos.OTHER;
        };
    }
}
