package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.plugin.sentiment.client.NewsArticle;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the providers' articles into one list, newest first. Two articles are the same story when their titles
 * match once case, punctuation and spacing are ignored, or when they link to the same page (scheme, {@code www.},
 * query, fragment and trailing slash ignored). A merged story keeps its first publication time and lists every
 * provider, publisher and tag that carried it.
 */
final class NewsMerger {
    private NewsMerger() {
    }

    /** A story being merged; mutable only inside {@link #merge}. */
    static final class Story {
        final NewsArticle first;
        Instant publishedAt;
        final Set<String> providers = new LinkedHashSet<>();
        final Set<String> publishers = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>();
        String sentiment;
        NewsArticle.Votes votes;
        String summary;

        Story(NewsArticle article) {
            this.first = article;
            this.publishedAt = article.publishedAt();
            add(article);
        }

        void add(NewsArticle a) {
            if (a.publishedAt().isBefore(publishedAt)) {
                publishedAt = a.publishedAt();
            }
            providers.add(a.provider());
            if (a.publisher() != null) {
                publishers.add(a.publisher());
            }
            tags.addAll(a.tags());
            sentiment = sentiment != null ? sentiment : a.sentiment();
            votes = votes != null ? votes : a.votes();
            summary = summary != null ? summary : a.summary();
        }
    }

    static List<Story> merge(List<NewsArticle> articles, int limit) {
        List<NewsArticle> newestFirst = new ArrayList<>(articles);
        newestFirst.sort(Comparator.comparing(NewsArticle::publishedAt).reversed());
        Map<String, Story> byKey = new HashMap<>();
        List<Story> stories = new ArrayList<>();
        for (NewsArticle article : newestFirst) {
            String titleKey = "t:" + titleKey(article.title());
            String urlKey = article.url() == null ? null : "u:" + urlKey(article.url());
            Story story = byKey.get(titleKey);
            if (story == null && urlKey != null) {
                story = byKey.get(urlKey);
            }
            if (story == null) {
                story = new Story(article);
                stories.add(story);
            } else {
                story.add(article);
            }
            byKey.putIfAbsent(titleKey, story);
            if (urlKey != null) {
                byKey.putIfAbsent(urlKey, story);
            }
        }
        stories.sort(Comparator.comparing((Story s) -> s.publishedAt).reversed());
        return stories.size() <= limit ? stories : List.copyOf(stories.subList(0, limit));
    }

    static String titleKey(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String urlKey(String url) {
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return host + path;
        } catch (IllegalArgumentException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }
}
