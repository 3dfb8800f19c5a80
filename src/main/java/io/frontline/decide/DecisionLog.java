package io.frontline.decide;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where every decision is recorded before its answer leaves: the review log. The future completes once the
 * record is durable as configured; a failed future means the decision must not be answered.
 */
public interface DecisionLog {
    /** Records nothing (tests, scenario runs). */
    DecisionLog NONE = (request, decided, nanos) -> CompletableFuture.completedFuture(null);

    /**
     * @param request the request decided (a transaction or contact request)
     * @param nanos   time taken to decide
     */
    CompletableFuture<?> record(Object request, Decided decided, long nanos);

    /**
     * {@link #record(Object, Decided, long)} for a thread that serves requests in turns (an event loop): the record
     * may wait for the others of the same turn and be written with them when {@code turnEnd} runs the task it is
     * handed, at the end of the turn.
     *
     * @param turnEnd runs a task at the end of the calling thread's current turn, on that thread; null to record at
     *                once, as {@link #record(Object, Decided, long)} does
     */
    default CompletableFuture<?> record(Object request, Decided decided, long nanos, Executor turnEnd) {
        return record(request, decided, nanos);
    }

    /** Whether records can be taken now (readiness). */
    default boolean isWritable() {
        return true;
    }
}
