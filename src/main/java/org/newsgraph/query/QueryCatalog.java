package org.newsgraph.query;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The queries shipped in the {@code queries/} folder of newsgraph's jar or classes folder, found by
 * scanning it, so the list never drifts from the files.
 *
 * <pre>{@code Optional<ShippedQuery> q = QueryCatalog.bundled().named("investments");}</pre>
 */
public final class QueryCatalog {

    private static final String FOLDER = "queries";

    private final List<ShippedQuery> queries;

    private QueryCatalog(List<ShippedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries shipped with this build of newsgraph. */
    public static QueryCatalog bundled() {
        CodeSource source = QueryCatalog.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return new QueryCatalog(List.of());
        }
        try {
            return at(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("newsgraph's own location is not a file: " + source.getLocation(), e);
        }
    }

    /**
     * The queries in {@code queries/*.rq} under a classpath root: a folder, or a jar file, which is opened
     * as a zip file system since its entries are not files.
     */
    public static QueryCatalog at(Path classpathRoot) {
        try {
            if (Files.isDirectory(classpathRoot)) {
                return new QueryCatalog(scan(classpathRoot.resolve(FOLDER)));
            }
            if (Files.isRegularFile(classpathRoot)) {
                try (FileSystem jar = FileSystems.newFileSystem(classpathRoot)) {
                    return new QueryCatalog(scan(jar.getPath("/" + FOLDER)));
                }
            }
            return new QueryCatalog(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped queries in " + classpathRoot, e);
        }
    }

    private static List<ShippedQuery> scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<ShippedQuery> found = new ArrayList<>();
        for (Path file : files) {
            found.add(ShippedQuery.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return found;
    }

    /** All shipped queries, sorted by name. */
    public List<ShippedQuery> queries() {
        return queries;
    }

    public Optional<ShippedQuery> named(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
