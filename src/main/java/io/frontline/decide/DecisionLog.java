package io.frontline.decide;

import java.util.concurrent.CompletableFuture;

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

    /** Whether records can be taken now (readiness). */
    default boolean isWritable() {
        return true;
    }
}
