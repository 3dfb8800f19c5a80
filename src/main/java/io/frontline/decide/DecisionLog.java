package io.frontline.decide;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where every decision is recorded before its answer leaves: the review log. The future completes once the
 * record is durable as configured; a failed future means the decision must not be answered.
 */
public interface DecisionLog {
    /** Records nothing (tests, scenario runs). */
    DecisionLog NONE = (request, decided, nanos, turnEnd) -> CompletableFuture.completedFuture(null);

    /**
     * @param request the request decided (a transaction or contact request)
     * @param nanos   time taken to decide
     * @param turnEnd for a thread that serves requests in turns (an event loop): runs a task at the end of the
     *                current turn, on that thread, and the record may wait to be written then, with the others of the
     *                same turn; null to record at once
     */
    CompletableFuture<?> record(Object request, Decided decided, long nanos, Executor turnEnd);

    /** Whether records can be taken now (readiness). */
    default boolean isWritable() {
        return true;
    }
}
