package io.paddock.seed;

import java.util.List;

/**
 * A whole seed: the entity registry and one file per source article. Obtain one with {@link SeedReader};
 * it is validated before it is returned.
 *
 * @param registry the entity registry ({@code registry.json})
 * @param articles the article files ({@code articles/*.json}), sorted by name
 */
public record Seed(SeedFile registry, List<SeedFile> articles) {

    /**
     * Defensive copy.
     *
     * @param registry the entity registry ({@code registry.json})
     * @param articles the article files ({@code articles/*.json}), sorted by name
     */
    public Seed {
        articles = List.copyOf(articles);
    }
}
