package io.frontline.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * frontline's configuration, one tree. Every key has a documented default (see {@code docs/configuration.md})
 * and can be set in a JSON config file or by an environment variable ({@code http.port} is
 * {@code FRONTLINE_HTTP_PORT}).
 */
public record FrontlineConfig(Http http, Paths paths, Detectors detectors, Review review, Policy policy) {

    /**
     * @param watch              reload the policy when its files change (behind the scenario gate)
     * @param reloadQuietMillis  how long the files must stay unchanged before a reload starts
     * @param fourEyes           a draft must be published by someone other than whoever drafted it
     */
    public record Policy(boolean watch, int reloadQuietMillis, boolean fourEyes) {}

    /**
     * @param strict             sync the review log to disk before answering each decision
     * @param syncIntervalMillis otherwise, how often the review log is synced (what a power cut can lose)
     * @param retentionDays      how long the review log keeps entries; older segments are purged
     * @param segmentMegabytes   how large a segment of the review log grows before the next one starts
     * @param keepFacts          each record keeps the facts the rules saw, so drafts can be backtested over them
     */
    public record Review(boolean strict, int syncIntervalMillis, int retentionDays, int segmentMegabytes,
                         boolean keepFacts) {}

    /**
     * @param host              interface to listen on
     * @param port              TCP port (0 picks a free one)
     * @param instances         HTTP event loops (one verticle instance each)
     * @param bodyLimitBytes    largest request body accepted
     * @param rateLimitPerSecond requests per second allowed per API key (sustained)
     * @param rateLimitBurst    requests a key may send at once above the sustained rate
     * @param idempotencyCapacity recent decisions kept per subject to answer retries with the same decision
     * @param idempotencyMemoryMb the memory, outside the heap, that holds those decisions' answers
     */
    public record Http(String host, int port, int instances, int bodyLimitBytes, int rateLimitPerSecond,
                       int rateLimitBurst, int idempotencyCapacity, int idempotencyMemoryMb) {}

    /** Where the policy and the data live. */
    public record Paths(Path rules, Path tables, Path intel, Path scenarios, Path data) {}

    /**
     * @param elderlyAge              age from which a customer counts as elderly
     * @param zone                    time zone for requests that carry no time
     * @param unusualAmountFactor     this many times the typical amount is unusual
     * @param maxAccounts             accounts kept in the in-process account memory
     * @param clockToleranceMinutes   how far a request's own time may be from frontline's clock and still be used
     */
    public record Detectors(int elderlyAge, ZoneId zone, int unusualAmountFactor, int maxAccounts,
                            int clockToleranceMinutes) {}
}
