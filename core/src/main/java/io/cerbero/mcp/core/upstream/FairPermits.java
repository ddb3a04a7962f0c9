package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.Upstream.Budget;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One upstream's venue budget, handed out fairly: a call takes its request's weight from a token bucket
 * (bucket4j, on the timer's clock) before it is sent; when the budget is short, waiting calls are granted
 * round-robin by caller (bot tag), one grant per caller per turn, so one bot's burst cannot hold the whole budget
 * while another bot waits.
 *
 * <p>Non-blocking: a call that must wait is a queued future, completed by the {@link PermitTimer} when its turn
 * comes (so its continuation, the send, runs on the timer's thread, never on a parked one). A call not granted
 * within its {@linkplain #maxWait maximum wait} fails with RATE_LIMIT; a request heavier than the whole budget is refused at once; while
 * the venue has asked for a pause ({@link #pauseFor}, from a 429's reset header) nothing is granted. A call that
 * cannot make it even if no other bot were waiting (its own bot's queue already needs longer than the wait) is
 * refused at once rather than held to its deadline.
 *
 * <p>The head of a caller's queue waits for its full weight (a heavy request is not overtaken forever by light
 * ones). Thread-safe: state changes under this object's lock; futures are completed outside it.
 */
final class FairPermits {
    /** Waiting calls beyond this are refused at once rather than queued (bot tags are caller-chosen). */
    static final int MAX_WAITING = 10_000;

    private final String name;
    private final Budget budget;
    private final Bucket bucket;
    private final Clock clock;
    private final PermitTimer timer;
    private final Duration maxWait;
    private final BudgetCounters counters = new BudgetCounters();
    /** Callers with waiting calls, in turn order: the first key is served next, then moved to the back. */
    private final Map<String, ArrayDeque<Waiter>> turns = new LinkedHashMap<>();
    private int waiting;
    private boolean turnScheduled;
    private Instant pausedUntil = Instant.MIN;

    /** Timed by {@code timer}'s clock, so the bucket's refills and the timer's wake-ups agree. */
    FairPermits(String name, Budget budget, PermitTimer timer, Duration maxWait) {
        this.name = Objects.requireNonNull(name, "name");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(timer.clock(), "clock");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        this.bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.capacity()).refillGreedy(budget.refill(), budget.period()))
                .withCustomTimePrecision(new ClockTimeMeter(clock))
                .build();
    }

    /**
     * Completes when {@code caller} may send a request of {@code weight}: at once when the budget has it and nobody
     * waits, else in the caller's turn. Fails with a {@link ToolException}: RATE_LIMIT when no turn comes within the
     * maximum wait (or the venue's pause outlasts it), UPSTREAM_REJECTED when the weight exceeds the whole budget.
     */
    CompletableFuture<Void> acquire(String caller, long weight) {
        if (weight > budget.capacity()) {
            counters.refused();
            return CompletableFuture.failedFuture(ToolException.of(ErrorCode.UPSTREAM_REJECTED, "request weight "
                    + weight + " exceeds the whole budget of " + name + " (" + budget.describe() + "): it can never "
                    + "be sent").withRetryable(false).withDetail(RejectedBy.DETAIL, RejectedBy.RATE_LIMITER));
        }
        Waiter waiter;
        List<Waiter> granted;
        synchronized (this) {
            Instant now = clock.instant();
            Duration pause = Duration.between(now, pausedUntil.isBefore(now) ? now : pausedUntil);
            if (pause.compareTo(maxWait(weight)) > 0) {
                counters.refused();
                return CompletableFuture.failedFuture(refusal(pause, "the venue asked to wait " + pause.toSeconds()
                        + " s"));
            }
            if (waiting == 0 && pause.isZero() && bucket.tryConsume(weight)) {
                counters.immediate();
                return CompletableFuture.completedFuture(null);
            }
            Duration ownBacklog = refillTime(queuedBy(caller) + weight - bucket.getAvailableTokens());
            if (ownBacklog.compareTo(maxWait(weight)) > 0) {
                // this caller's own queue already outlasts the wait: other callers can only make it longer
                counters.refused();
                return CompletableFuture.failedFuture(refusal(ownBacklog.minus(maxWait(weight)),
                        "this bot's calls already queued need " + ownBacklog.toMillis() + " ms of budget"));
            }
            if (waiting >= MAX_WAITING) {
                counters.refused();
                return CompletableFuture.failedFuture(refusal(Duration.ofSeconds(1), MAX_WAITING + " calls waiting"));
            }
            waiter = new Waiter(caller, weight);
            turns.computeIfAbsent(caller, k -> new ArrayDeque<>()).add(waiter);
            waiting++;
            counters.queued();
            granted = grantInTurn(now);
        }
        timer.schedule(deadline(weight), () -> expire(waiter));
        complete(granted);
        return waiter.future;
    }

    /**
     * How long a call of {@code weight} may wait for its turn: the base wait, plus the time the budget takes to
     * refill that weight, so a slow budget (a few requests a minute) still serves a queued call rather than refusing
     * every call that cannot go at once.
     */
    Duration maxWait(long weight) {
        return maxWait.plus(refillTime(weight));
    }

    /**
     * When a queued call gives up: one more refill after its maximum wait, so a call admitted with a backlog just
     * inside the wait is not lost to timer jitter; it is later only when other bots' turns came first.
     */
    private Duration deadline(long weight) {
        return maxWait(weight).plus(refillTime(weight));
    }

    /** How long the budget takes to refill {@code units} (zero for none). */
    private Duration refillTime(long units) {
        return units <= 0 ? Duration.ZERO : budget.period().multipliedBy(units).dividedBy(budget.refill());
    }

    /** Under the lock: the weight this caller has waiting. */
    private long queuedBy(String caller) {
        ArrayDeque<Waiter> queue = turns.get(caller);
        return queue == null ? 0 : queue.stream().mapToLong(w -> w.weight).sum();
    }

    /** Holds every grant until {@code wait} from now (a 429's Retry-After or reset time): the venue asked. */
    void pauseFor(Duration wait) {
        synchronized (this) {
            Instant until = clock.instant().plus(wait);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
        }
    }

    BudgetCounters counters() {
        return counters;
    }

    /** The timer's turn: grant what the budget allows now, schedule the next turn for the rest. */
    private void nextTurn() {
        List<Waiter> granted;
        synchronized (this) {
            turnScheduled = false;
            granted = grantInTurn(clock.instant());
        }
        complete(granted);
    }

    /** Under the lock: grants callers in turn while the budget lasts; schedules the next turn when some still wait. */
    private List<Waiter> grantInTurn(Instant now) {
        List<Waiter> granted = new ArrayList<>();
        if (now.isBefore(pausedUntil)) {
            scheduleTurn(Duration.between(now, pausedUntil));
            return granted;
        }
        while (!turns.isEmpty()) {
            Map.Entry<String, ArrayDeque<Waiter>> turn = turns.entrySet().iterator().next();
            ArrayDeque<Waiter> queue = turn.getValue();
            Waiter head = queue.peek();
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(head.weight);
            if (!probe.isConsumed()) {
                scheduleTurn(Duration.ofNanos(probe.getNanosToWaitForRefill()));
                break;
            }
            queue.poll();
            waiting--;
            turns.remove(turn.getKey());
            if (!queue.isEmpty()) {
                turns.put(turn.getKey(), queue); // to the back of the line: the next caller goes first
            }
            granted.add(head);
        }
        return granted;
    }

    private void scheduleTurn(Duration delay) {
        if (!turnScheduled) {
            turnScheduled = true;
            timer.schedule(delay, this::nextTurn);
        }
    }

    /** The waiter's deadline: if it still waits, it leaves the line with RATE_LIMIT. */
    private void expire(Waiter waiter) {
        synchronized (this) {
            ArrayDeque<Waiter> queue = turns.get(waiter.caller);
            if (queue == null || !queue.remove(waiter)) {
                return; // granted already
            }
            waiting--;
            if (queue.isEmpty()) {
                turns.remove(waiter.caller);
            }
        }
        counters.refused();
        waiter.future.completeExceptionally(refusal(Duration.ofSeconds(1), "no turn within "
                + deadline(waiter.weight).toMillis() + " ms"));
    }

    private static void complete(List<Waiter> granted) {
        granted.forEach(w -> w.future.complete(null));
    }

    private ToolException refusal(Duration retryAfter, String why) {
        return ToolException.of(ErrorCode.RATE_LIMIT, "gateway budget for " + name + " is spent (" + why + ")")
                .withRetryable(true)
                .withRetryAfter(retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter)
                .withDetail(RejectedBy.DETAIL, RejectedBy.RATE_LIMITER)
                .withFix("slow down: this upstream allows " + budget.describe()
                        + "; market data is cached by the gateway, so polling faster gains nothing");
    }

    /** A queued call; identity equality, so the deadline removes exactly this one. */
    private static final class Waiter {
        final String caller;
        final long weight;
        final CompletableFuture<Void> future = new CompletableFuture<>();

        Waiter(String caller, long weight) {
            this.caller = caller;
            this.weight = weight;
        }
    }

    /** bucket4j's time from the timer's clock, so specs drive refills with their hand clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
