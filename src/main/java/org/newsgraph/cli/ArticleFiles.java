package org.newsgraph.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.input.Given;
import org.newsgraph.text.Document;

/**
 * Reads the article files and folders named on the command line, strictly: each must be a non-empty
 * UTF-8 text, since every offset in the graph counts characters of exactly that text.
 *
 * <pre>{@code List<ArticleFiles.Article> articles = ArticleFiles.read(paths);}</pre>
 */
final class ArticleFiles {

    /** An article, the name the user knows it by (for messages) and what came with its text. */
    record Article(String source, Document document, Given given) {

        Article(String source, Document document) {
            this(source, document, Given.none());
        }
    }

    /** The largest article read unless told otherwise: news articles weigh kilobytes; this leaves room. */
    static final long DEFAULT_MAX_BYTES = 2_000_000;

    private ArticleFiles() {
    }

    /**
     * The article files the paths name, each checked as {@link #readOne} would read it (so that bad input
     * stops a command before it writes anything) but not kept: a folder of any size is listed, not held.
     */
    static List<Path> checked(List<Path> paths) {
        return checked(paths, DEFAULT_MAX_BYTES);
    }

    /** As {@link #checked(List)}, refusing files larger than {@code maxBytes}. */
    static List<Path> checked(List<Path> paths, long maxBytes) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> texts = textsIn(path);
                if (texts.isEmpty()) {
                    throw new InputException(path + ": no .txt articles");
                }
                files.addAll(texts);
            } else {
                files.add(path);
            }
        }
        files.forEach(file -> readText(file, "article", maxBytes));
        return List.copyOf(files);
    }

    /** Reads every file, and every {@code *.txt} of every folder sorted by name, in the order given. */
    static List<Article> read(List<Path> paths) {
        return checked(paths).stream().map(ArticleFiles::readOne).toList();
    }

    private static List<Path> textsIn(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot read: " + InputException.firstLine(e), e);
        }
    }

    /** Reads one article file. */
    static Article readOne(Path path) {
        return readOne(path, path.toString(), DEFAULT_MAX_BYTES);
    }

    /** Reads one article file that the user knows by {@code name}, within a size limit. */
    static Article readOne(Path path, String name, long maxBytes) {
        return new Article(name, Document.of(readText(path, name, "article", maxBytes)));
    }

    /**
     * Reads a text file as strict UTF-8.
     *
     * @param what what the file should hold, for the message about an empty one: "empty article"
     */
    static String readText(Path path, String what) {
        return readText(path, what, DEFAULT_MAX_BYTES);
    }

    /** As {@link #readText(Path, String)}, refusing a file larger than {@code maxBytes}. */
    static String readText(Path path, String what, long maxBytes) {
        return readText(path, path.toString(), what, maxBytes);
    }

    /** As {@link #readText(Path, String, long)}, naming the file {@code name} in messages (standard input's spool). */
    static String readText(Path file, String name, String what, long maxBytes) {
        if (!Files.exists(file)) {
            throw new InputException(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(name + ": is a folder, not a file");
        }
        // a pipe or a device could block forever or never end
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(String.format(java.util.Locale.ROOT,
                        "%s: too large (%d bytes; the limit is %d, raised with --max-article-size)",
                        name, size, maxBytes));
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + InputException.firstLine(e), e);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + InputException.firstLine(e), e);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name + ": not a text file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid UTF-8 text", e);
        }
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new InputException(name + ": empty " + what);
        }
        return text;
    }
}
