package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Reads the ontology, shapes and queries from the classpath, where the pom puts them.
 *
 * <pre>{@code Model shapes = Classpath.turtle("/ontology/shapes.ttl");}</pre>
 */
final class Classpath {

    private Classpath() {
    }

    static String text(String path) {
        try (InputStream in = Classpath.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model turtle(String path) {
        return RDFParser.fromString(text(path), Lang.TURTLE).toModel();
    }

    /** The file names of every query shipped under /queries. */
    static List<String> queryNames() {
        URL dir = Classpath.class.getResource("/queries");
        if (dir == null) {
            throw new IllegalStateException("no /queries on the classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
