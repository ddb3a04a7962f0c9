package io.cerbero.mcp.core.cache;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory counters: answers per (plugin, tool, status), background refreshes per (plugin, tool) and refusals per
 * (bot tag, limit). Bot tags are chosen by
 * callers, so the refusal counters stop adding new tags past {@link #MAX_BOT_TAGS} (counted under {@code other}).
 */
public final class CacheCounters implements CacheMetrics {
    static final int MAX_BOT_TAGS = 1000;

    private final ConcurrentMap<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> refreshes = new ConcurrentHashMap<>();

    @Override
    public void answered(String plugin, String tool, CacheStatus status) {
        answers.computeIfAbsent(plugin + "/" + tool + "/" + status.headerValue(), k -> new LongAdder()).increment();
    }

    @Override
    public void refreshed(String plugin, String tool) {
        refreshes.computeIfAbsent(plugin + "/" + tool, k -> new LongAdder()).increment();
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

    /** Background refreshes of one tool's entries started so far. */
    public long refreshes(String plugin, String tool) {
        LongAdder counter = refreshes.get(plugin + "/" + tool);
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

    /** Every refresh counter, {@code plugin/tool → count}, sorted. */
    public Map<String, Long> refreshSnapshot() {
        return snapshot(refreshes);
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
