package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.text.Document;

/**
 * A corpus of any size made from a few articles, for the benchmark: copy {@code k} of an article gives
 * its unlinked people a new surname and its unlinked organizations a new first word (both suffixed with
 * syllables spelling {@code k}), and shifts its two- and three-digit numbers by {@code k}, so that every
 * article is distinct, with entities of its own, as in a real archive.
 *
 * <pre>{@code long words = BenchCorpus.of(BenchCorpus.bundledExamples()).write(500, folder);}</pre>
 */
final class BenchCorpus {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}{2,}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,:/-])[1-9]\\d{1,2}(?![\\d:/-]|[.,]\\d)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String[] SYLLABLES = {"ba", "de", "ki", "lo", "mu", "ra", "se", "ti", "vo", "zu"};

    /** An article and the words of it that name its own people and organizations. */
    private record Source(String text, Pattern names) {
    }

    private final List<Source> sources;

    private BenchCorpus(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The corpus grown from these article texts; each is extracted once to find the names to vary. */
    static BenchCorpus of(List<String> texts) {
        if (texts.isEmpty()) {
            throw new InputException("bench: no articles to make a corpus from");
        }
        List<Source> sources = new ArrayList<>();
        for (String text : texts) {
            Set<String> words = new LinkedHashSet<>();
            for (Entity entity : Pipeline.standard().extract(Document.of(text)).entities()) {
                if (entity.wikidata().isPresent()) {
                    continue;
                }
                String[] parts = SPACE.split(entity.label().trim());
                String word = entity.type() == EntityType.PERSON ? parts[parts.length - 1]
                        : entity.type() == EntityType.ORGANIZATION ? parts[0] : "";
                if (WORD.matcher(word).matches()) {
                    words.add(Pattern.quote(word));
                }
            }
            Pattern names = words.isEmpty() ? null
                    : Pattern.compile("(?<!\\p{L})(?:" + String.join("|", words) + ")(?!\\p{L})");
            sources.add(new Source(text, names));
        }
        return new BenchCorpus(sources);
    }

    /** The texts of the articles in a folder's .txt files, sorted by path. */
    static List<String> texts(Path folder) {
        return ArticleFiles.checked(List.of(folder)).stream().map(BenchCorpus::read).toList();
    }

    /** The texts of the example articles bundled in newsgraph's jar (or its classes folder). */
    static List<String> bundledExamples() {
        CodeSource code = BenchCorpus.class.getProtectionDomain().getCodeSource();
        try {
            Path root = Path.of(code.getLocation().toURI());
            if (Files.isDirectory(root)) {
                return textsIn(root.resolve("examples"));
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return textsIn(jar.getPath("/examples"));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new InputException("bench: cannot read the bundled examples: " + InputException.firstLine(e), e);
        }
    }

    private static List<String> textsIn(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(java.util.Comparator.comparing(Path::toString))
                    .map(BenchCorpus::read)
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Article {@code i} of the corpus: copy {@code i / sources} of source {@code i % sources}. */
    String article(int i) {
        Source source = sources.get(i % sources.size());
        int copy = i / sources.size();
        if (copy == 0) {
            return source.text();
        }
        String suffix = spelled(copy);
        String text = source.names() == null ? source.text()
                : source.names().matcher(source.text()).replaceAll(m -> Matcher.quoteReplacement(m.group() + suffix));
        return NUMBER.matcher(text).replaceAll(m -> String.valueOf(10 + (Integer.parseInt(m.group()) - 10 + copy) % 990));
    }

    /** Writes the first {@code n} articles into a folder as a0000.txt, ...; returns their words. */
    long write(int n, Path folder) {
        long words = 0;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < n; i++) {
                String text = article(i);
                words += words(text);
                Files.writeString(folder.resolve(String.format(Locale.ROOT, "a%06d.txt", i)), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write the corpus: " + InputException.firstLine(e), e);
        }
        return words;
    }

    /** Words as 'wc -w' counts them: runs of characters between spaces. */
    static long words(String text) {
        return SPACE.splitAsStream(text.strip()).filter(w -> !w.isEmpty()).count();
    }

    private static String spelled(int number) {
        StringBuilder syllables = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            syllables.append(SYLLABLES[digit - '0']);
        }
        return syllables.toString();
    }
}
