package io.cerbero.mcp.core.cache;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory counters: answers per (plugin, tool, status) and refusals per (bot tag, limit). Bot tags are chosen by
 * callers, so the refusal counters stop adding new tags past {@link #MAX_BOT_TAGS} (counted under {@code other}).
 */
public final class CacheCounters implements CacheMetrics {
    static final int MAX_BOT_TAGS = 1000;

    private final ConcurrentMap<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> refusals = new ConcurrentHashMap<>();

    @Override
    public void answered(String plugin, String tool, CacheStatus status) {
        answers.computeIfAbsent(plugin + "/" + tool + "/" + status.headerValue(), k -> new LongAdder()).increment();
    }

    @Override
    public void refused(String botTag, String limit) {
        String key = botTag + "/" + limit;
        LongAdder counter = refusals.get(key);
        if (counter == null) {
            counter = refusals.size() < MAX_BOT_TAGS
                    ? refusals.computeIfAbsent(key, k -> new LongAdder())
                    : refusals.computeIfAbsent("other/" + limit, k -> new LongAdder());
        }
        counter.increment();
    }

    /** Answers of one tool with one status so far. */
    public long answers(String plugin, String tool, CacheStatus status) {
        LongAdder counter = answers.get(plugin + "/" + tool + "/" + status.headerValue());
        return counter == null ? 0 : counter.sum();
    }

    /** Refusals of one bot tag by one limit so far. */
    public long refusals(String botTag, String limit) {
        LongAdder counter = refusals.get(botTag + "/" + limit);
        return counter == null ? 0 : counter.sum();
    }

    /** Every answer counter, {@code plugin/tool/status → count}, sorted. */
    public Map<String, Long> answerSnapshot() {
        return snapshot(answers);
    }

    /** Every refusal counter, {@code bot/limit → count}, sorted. */
    public Map<String, Long> refusalSnapshot() {
        return snapshot(refusals);
    }

    private static Map<String, Long> snapshot(ConcurrentMap<String, LongAdder> counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
