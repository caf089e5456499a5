package org.newsgraph.serve;

import java.util.Optional;

/**
 * Maps the server's own paths onto the base IRI that newsgraph minted, and back, so that
 * {@code /id/wd/Q90} on this server answers for {@code https://w3id.org/newsgraph/id/wd/Q90}.
 *
 * <pre>{@code String iri = new IriMap(base).iri("/id/wd/Q90");}</pre>
 */
record IriMap(String base) {

    IriMap {
        base = base.endsWith("/") ? base : base + "/";
    }

    /** The IRI for a request path such as {@code /id/wd/Q90}. */
    String iri(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server path of an IRI under the base, if it is one. */
    Optional<String> path(String iri) {
        return iri.startsWith(base) ? Optional.of("/" + iri.substring(base.length())) : Optional.empty();
    }

    /** Where a link to the IRI goes: this server for the base's IRIs, else the IRI itself. */
    String href(String iri) {
        return path(iri).orElse(iri);
    }

    /** Whether the IRI names an article (not one of its facts or mentions). */
    boolean isArticle(String iri) {
        return path(iri).map(p -> p.matches("/article/[^/]+")).orElse(false);
    }
}
