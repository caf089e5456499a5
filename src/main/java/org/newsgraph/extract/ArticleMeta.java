package org.newsgraph.extract;

import java.util.Optional;

/**
 * What the article says of itself: when, by whom, from where.
 *
 * @param published  as precise as the text: "2024", "2024-04" or "2024-04-16"
 * @param publisher  entity id of the agency or paper, where named
 * @param dateline   entity id of the place the story was filed from
 */
public record ArticleMeta(Optional<String> published, Optional<String> publisher, Optional<String> dateline) {

    public static ArticleMeta none() {
        return new ArticleMeta(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
