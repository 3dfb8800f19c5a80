package io.frontline.http;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API key: a sustained rate per second plus a burst. Thread-safe. */
final class RateLimiter {
    private final int perSecond;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    int perSecond() {
        return perSecond;
    }

    boolean tryAcquire(String keyId) {
        return buckets.computeIfAbsent(keyId, k -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst) {
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        synchronized boolean take(int perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
