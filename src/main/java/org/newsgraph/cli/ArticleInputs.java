package org.newsgraph.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.newsgraph.input.BadInputException;
import org.newsgraph.input.FeedReader;
import org.newsgraph.input.HtmlArticleReader;
import org.newsgraph.input.InputFormat;
import org.newsgraph.input.JsonLinesReader;
import org.newsgraph.input.SourceArticle;

/**
 * The articles named on the command line, in any input format: text files, JSON Lines, HTML pages, RSS
 * and Atom feeds, folders of them, and standard input ({@code -}). Every input is checked before anything
 * is written: one that cannot be read at all (missing, empty, binary, too large, not a feed) stops the
 * command; a record inside one that yields no article (a malformed JSON line, a page or feed item with no
 * text) is named and skipped as the run reaches it, or, with --fail-fast, stops the command before it
 * writes anything. Articles are then read one at a time, so an input of any size runs in bounded memory.
 *
 * <pre>{@code try (ArticleInputs inputs = ArticleInputs.checked(paths, settings, false, System.in)) { graphs.stream(inputs.pending(), ...); }}</pre>
 */
final class ArticleInputs implements AutoCloseable {

    /** How inputs are read: the format asked for, if any, JSON field names, the size limit, all or nothing. */
    record Settings(Optional<InputFormat> format, JsonLinesReader jsonLines, long maxBytes, boolean failFast) {
    }

    /** One input: a file (standard input is spooled to one) and the name the user knows it by. */
    private record Input(Path file, String name, InputFormat format) {
    }

    /** A feed is parsed whole, by Rome; this keeps a runaway file from filling the heap. */
    static final long MAX_FEED_BYTES = 64L << 20;
    private static final String STDIN = "stdin";

    private final List<Input> inputs;
    private final Settings settings;
    private final Optional<Path> spool;
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final FeedReader feeds = new FeedReader();
    private final List<InputStream> open = Collections.synchronizedList(new ArrayList<>());
    private int count;

    private ArticleInputs(List<Input> inputs, Settings settings, Optional<Path> spool) {
        this.inputs = List.copyOf(inputs);
        this.settings = settings;
        this.spool = spool;
    }

    /**
     * The inputs the paths name, checked. Folders give their files of the format asked for, or of any format
     * their extension names (but .xml); {@code deep} walks sub-folders too.
     */
    static ArticleInputs checked(List<Path> paths, Settings settings, boolean deep, InputStream stdin) {
        List<Input> inputs = new ArrayList<>();
        Optional<Path> spool = Optional.empty();
        try {
            for (Path path : paths) {
                if (path.toString().equals("-")) {
                    if (spool.isPresent()) {
                        throw new InputException("-: standard input given twice");
                    }
                    spool = Optional.of(spool(stdin, settings));
                    inputs.add(new Input(spool.get(), STDIN, settings.format().orElse(InputFormat.TEXT)));
                } else if (Files.isDirectory(path)) {
                    inputs.addAll(inFolder(path, settings.format(), deep));
                } else {
                    inputs.add(new Input(path, path.toString(),
                            settings.format().or(() -> InputFormat.ofFile(path)).orElse(InputFormat.TEXT)));
                }
            }
        } catch (RuntimeException e) {
            spool.ifPresent(ArticleInputs::delete);
            throw e;
        }
        ArticleInputs checked = new ArticleInputs(inputs, settings, spool);
        try {
            checked.check();
            return checked;
        } catch (RuntimeException e) {
            checked.close();
            throw e;
        }
    }

    /**
     * Every article the paths name, in any input format told by its extension, read whole and all or
     * nothing: for the commands that extract on the fly (query, validate, serve with --article).
     */
    static List<ArticleFiles.Article> readAll(List<Path> paths) {
        Settings settings = new Settings(Optional.empty(),
                new JsonLinesReader(Map.of(), ArticleFiles.DEFAULT_MAX_BYTES), ArticleFiles.DEFAULT_MAX_BYTES, true);
        try (ArticleInputs inputs = checked(paths, settings, false, System.in)) {
            List<ArticleFiles.Article> articles = new ArrayList<>();
            inputs.pending().forEachRemaining(read -> articles.add(read(read)));
            return List.copyOf(articles);
        }
    }

    /** How many articles the inputs hold, bad records included: the total a progress report counts to. */
    int count() {
        return count;
    }

    /**
     * Each article still to be read, as work that reads it: a file read, a line parsed, a page cleaned.
     * The work throws {@link BadInputException} for a record that yields no article, and {@link InputException}
     * for an input that changed since it was checked.
     */
    Iterator<Callable<ArticleFiles.Article>> pending() {
        Iterator<Input> each = inputs.iterator();
        return new Iterator<>() {
            private Iterator<Callable<ArticleFiles.Article>> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && each.hasNext()) {
                    current = records(each.next());
                }
                return current.hasNext();
            }

            @Override
            public Callable<ArticleFiles.Article> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public void close() {
        synchronized (open) {
            open.forEach(ArticleInputs::closeQuietly);
            open.clear();
        }
        spool.ifPresent(ArticleInputs::delete);
    }

    /**
     * Checks every input as far as it can be without extracting, and counts its articles; with --fail-fast,
     * reads every record too. A text file is checked whole, as it always was.
     */
    private void check() {
        for (Input input : inputs) {
            switch (input.format()) {
                case TEXT -> ArticleFiles.readText(input.file(), input.name(), "article", settings.maxBytes());
                case HTML -> checkFile(input, settings.maxBytes(), "--max-article-size");
                case JSONL -> checkFile(input, Long.MAX_VALUE, null);
                case FEED -> checkFile(input, MAX_FEED_BYTES, null);
            }
            if (input.format() == InputFormat.TEXT) {
                count++;
                continue;
            }
            Iterator<Callable<ArticleFiles.Article>> records = records(input);
            while (records.hasNext()) {
                Callable<ArticleFiles.Article> record = records.next();
                count++;
                if (settings.failFast()) {
                    read(record);
                }
            }
        }
    }

    private static ArticleFiles.Article read(Callable<ArticleFiles.Article> record) {
        try {
            return record.call();
        } catch (BadInputException e) {
            throw new InputException(e.getMessage(), e);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(InputException.firstLine(e), e);
        }
    }

    /** The work of reading each article of one input, lazily. */
    private Iterator<Callable<ArticleFiles.Article>> records(Input input) {
        return switch (input.format()) {
            case TEXT -> List.<Callable<ArticleFiles.Article>>of(() -> ArticleFiles.readOne(input.file(), input.name(),
                    settings.maxBytes())).iterator();
            case HTML -> List.<Callable<ArticleFiles.Article>>of(() -> page(input)).iterator();
            case JSONL -> jsonLines(input);
            case FEED -> feed(input);
        };
    }

    /** An HTML page, in the charset its bytes or its meta tag declare (UTF-8 if none). */
    private ArticleFiles.Article page(Input input) {
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(input.file().toFile(), null, "");
        } catch (IOException e) {
            throw new InputException(input.name() + ": cannot read: " + InputException.firstLine(e), e);
        }
        return article(html.read(page, input.name()));
    }

    private Iterator<Callable<ArticleFiles.Article>> jsonLines(Input input) {
        InputStream in = openStream(input);
        Iterator<JsonLinesReader.Line> lines = settings.jsonLines().lines(in, input.name()).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more;
                try {
                    more = lines.hasNext();
                } catch (UncheckedIOException e) {
                    throw new InputException(input.name() + ": cannot read: " + InputException.firstLine(e.getCause()), e);
                }
                if (!more) {
                    open.remove(in);
                    closeQuietly(in);
                }
                return more;
            }

            @Override
            public Callable<ArticleFiles.Article> next() {
                JsonLinesReader.Line line = lines.next();
                return () -> article(settings.jsonLines().parse(line));
            }
        };
    }

    private Iterator<Callable<ArticleFiles.Article>> feed(Input input) {
        List<FeedReader.Item> items;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input.file()))) {
            items = feeds.read(in, input.name());
        } catch (BadInputException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(input.name() + ": cannot read: " + InputException.firstLine(e), e);
        }
        return items.stream().<Callable<ArticleFiles.Article>>map(item -> () -> article(item.get())).iterator();
    }

    private InputStream openStream(Input input) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(input.file()), 1 << 16);
            open.add(in);
            return in;
        } catch (IOException e) {
            throw new InputException(input.name() + ": cannot read: " + InputException.firstLine(e), e);
        }
    }

    private static ArticleFiles.Article article(SourceArticle read) {
        return new ArticleFiles.Article(read.source(), read.document(), read.given());
    }

    /** A file that exists, is a regular file, is not empty and is within a size limit. */
    private static void checkFile(Input input, long maxBytes, String raisedWith) {
        Path file = input.file();
        String name = input.name();
        if (!Files.exists(file)) {
            throw new InputException(name + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(name + ": empty " + input.format().label() + " file");
            }
            if (size > maxBytes) {
                throw new InputException(String.format(Locale.ROOT, "%s: too large (%d bytes; the limit is %d%s)",
                        name, size, maxBytes, raisedWith == null ? "" : ", raised with " + raisedWith));
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + InputException.firstLine(e), e);
        }
    }

    private static List<Input> inFolder(Path folder, Optional<InputFormat> format, boolean deep) {
        try (Stream<Path> listing = deep ? Files.walk(folder) : Files.list(folder)) {
            List<Input> found = new ArrayList<>();
            listing.filter(Files::isRegularFile).sorted(deep ? Path::compareTo
                            : Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(file -> {
                        Optional<InputFormat> f = format.isPresent()
                                ? format.filter(x -> x.names(file))
                                : Arrays.stream(InputFormat.values()).filter(x -> x.namesInFolder(file)).findFirst();
                        f.ifPresent(x -> found.add(new Input(file, file.toString(), x)));
                    });
            if (found.isEmpty()) {
                throw new InputException(folder + ": no " + format.map(f -> f.label() + " articles")
                        .orElse("articles (.txt, .jsonl, .ndjson, .html, .htm, .rss or .atom files)"));
            }
            return found;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder + ": cannot read: " + InputException.firstLine(e), e);
        }
    }

    /** Standard input, copied to a temporary file so that it can be checked before anything is written. */
    private static Path spool(InputStream stdin, Settings settings) {
        try {
            Path file = Files.createTempFile("newsgraph-stdin-", ".tmp");
            try {
                Files.copy(stdin, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                delete(file);
                throw new InputException(STDIN + ": cannot read: " + InputException.firstLine(e), e);
            }
            return file;
        } catch (IOException e) {
            throw new InputException(STDIN + ": cannot spool to a temporary file: " + InputException.firstLine(e), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is no reason to fail a run that did its work
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more will be read from it
        }
    }
}
