package org.newsgraph.input;

import java.util.Optional;
import org.newsgraph.text.Language;

/**
 * What came with an article's text from where it was found (a JSON Lines record, a page's markup, a
 * feed item): it wins over what the text says of itself.
 *
 * @param id         the source's own identifier for the article
 * @param url        where the article was published
 * @param title      its headline
 * @param published  as precise as given: "2024", "2024-04" or "2024-04-16"
 * @param language   the language the source declares, which the extractor then reads the text in
 * @param publisher  the name of the paper or agency
 * @param textKept   whether the text was derived from markup, so the graph keeps it for the offsets to count in
 */
public record Given(Optional<String> id, Optional<String> url, Optional<String> title, Optional<String> published,
                    Optional<Language> language, Optional<String> publisher, boolean textKept) {

    /** Nothing given: a plain text file. */
    public static Given none() {
        return new Given(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }
}
