package io.frontline.decide;

import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A candidate ruleset running beside the live one on live traffic until {@code endsAt}: every decision's facts
 * are evaluated again under the candidate, on a thread of its own, and the two results compared. The live
 * answer never waits for it and is never changed by it; when the shadow falls behind, decisions are skipped
 * (counted as {@code skipped}) rather than queued without bound.
 */
public final class ShadowRun {
    /** Decisions waiting for the shadow at most; beyond that they are skipped. */
    static final int QUEUE = 10_000;

    /** Where a run stands. */
    public enum Status { RUNNING, FINISHED, STOPPED }

    private final String draftId;
    private final Ruleset candidate;
    private final String liveVersion;
    private final Instant startedAt;
    private final Instant endsAt;
    private final String by;
    private final Clock clock;
    private final RulesetComparison comparison = new RulesetComparison();
    private final AtomicLong skipped = new AtomicLong();
    private final ThreadPoolExecutor worker;
    private volatile Status status = Status.RUNNING;

    /** What a run has found so far. */
    public record Report(String draftId, String candidateVersion, String liveVersion, Instant startedAt,
                         Instant endsAt, String by, Status status, long skipped, RulesetComparison.Report comparison) {}

    public ShadowRun(String draftId, Ruleset candidate, String liveVersion, Instant endsAt, String by, Clock clock) {
        this.draftId = draftId;
        this.candidate = candidate;
        this.liveVersion = liveVersion;
        this.startedAt = clock.instant();
        this.endsAt = endsAt;
        this.by = by;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "shadow-run");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        }, (task, pool) -> skipped.incrementAndGet());
    }

    /**
     * Hands over a decision the live ruleset just made; returns at once. The facts must not change afterwards
     * (they do not: facts are immutable once assessed).
     *
     * @return false once the run is over: the caller may drop it
     */
    boolean offer(String decisionId, Subject subject, List<Object> facts, Outcome live, List<String> liveRules) {
        if (status != Status.RUNNING) {
            return false;
        }
        if (!clock.instant().isBefore(endsAt)) {
            finish(Status.FINISHED);
            return false;
        }
        worker.execute(() -> {
            Ruling ruling = new Ruling();
            candidate.evaluate(facts, ruling);
            comparison.record(decisionId, subject, live, liveRules, ruling.outcome(), ruling.firedRules());
        });
        return true;
    }

    /** Ends the run: decisions already handed over are still compared. */
    public void finish(Status how) {
        if (status == Status.RUNNING) {
            status = how;
            worker.shutdown();
        }
    }

    public Report report() {
        if (status == Status.RUNNING && !clock.instant().isBefore(endsAt)) {
            finish(Status.FINISHED);
        }
        return new Report(draftId, candidate.version(), liveVersion, startedAt, endsAt, by, status, skipped.get(),
                comparison.report());
    }

    public Status status() {
        return status;
    }
}
