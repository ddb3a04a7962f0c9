package io.cerbero.mcp.core.invoke;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known name nearest to a mistyped one, if it is near enough to be a typo. */
final class ClosestName {
    /** Names longer than this are not compared (a hostile 1 MB name must not cost a quadratic distance). */
    private static final int MAX_COMPARED = 64;

    private ClosestName() {
    }

    /**
     * The closest of {@code known} to {@code given} (case-insensitive edit distance), when at most a third of its
     * letters (and at least 2) differ; empty otherwise.
     */
    static Optional<String> among(String given, Collection<String> known) {
        if (given == null || given.isEmpty() || given.length() > MAX_COMPARED) {
            return Optional.empty();
        }
        String typed = given.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, typed.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        return known.stream()
                .filter(name -> distance.apply(typed, name.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt((String name) -> distance.apply(typed, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
