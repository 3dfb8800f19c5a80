package io.frontline.http;

import io.frontline.domain.Subject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the latest decisions by subject id so that a client retrying the same request gets the same
 * decision back, decided once, and one reusing an id for a different request gets a conflict. An id is
 * reserved while it is being decided. Bounded twice, least recently used first out: at most {@code capacity}
 * ids per subject, and the answers in an {@link AnswerRing} of fixed size outside the heap — an id whose answer
 * has been written over is forgotten. A request is kept as its {@link RequestDigest digest}, so that what stays
 * on the heap is some hundred bytes per id and answers under load never fill the collector's old generation.
 * Thread-safe.
 */
final class RecentDecisions {
    private final int capacity;
    private final Map<String, Entry> entries;
    private final AnswerRing answers;

    /** A request's digest and where its answer lies in the ring; {@code at} is -1 while it is being decided. */
    private record Entry(long digestHigh, long digestLow, long at) {
        boolean sameRequest(long[] digest) {
            return digestHigh == digest[0] && digestLow == digest[1];
        }
    }

    /**
     * @param capacity    ids kept per subject; 0 keeps none
     * @param answerBytes the size of the ring the answers are kept in
     */
    RecentDecisions(int capacity, int answerBytes) {
        this.capacity = capacity;
        this.answers = capacity == 0 ? null : new AnswerRing(answerBytes);
        int limit = 2 * capacity; // both subjects share the map
        this.entries = new LinkedHashMap<>(Math.min(Math.max(limit, 16), 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > limit;
            }
        };
    }

    /**
     * The earlier response (UTF-8 JSON) to this very request, or empty after reserving the id for this request.
     *
     * @param request the request as decided: records, compared by value, amounts by their numeric value
     * @throws HttpFailure a conflict when the id was used for a different request or is being decided now
     */
    Optional<byte[]> replayOrReserve(Subject subject, String id, Object request) {
        if (capacity == 0) {
            return Optional.empty();
        }
        long[] digest = RequestDigest.of(request);
        String key = key(subject, id);
        synchronized (entries) {
            Entry e = entries.get(key);
            Optional<byte[]> answer = e == null || e.at < 0 ? Optional.empty() : answers.read(e.at);
            if (e == null || e.at >= 0 && answer.isEmpty()) { // unknown, or its answer written over: forgotten
                entries.put(key, new Entry(digest[0], digest[1], -1));
                return Optional.empty();
            }
            if (!e.sameRequest(digest)) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " was already decided for a different request; "
                        + "use a new id for a new " + subject.wire());
            }
            if (e.at < 0) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " is being decided right now; retry shortly");
            }
            return answer;
        }
    }

    /** Keeps the answer to a request whose id this thread reserved. */
    void complete(Subject subject, String id, Object request, byte[] response) {
        if (capacity > 0) {
            String key = key(subject, id);
            synchronized (entries) {
                if (!answers.fits(response.length)) {
                    entries.remove(key); // too large to keep: a retry is decided again
                    return;
                }
                Entry reserved = entries.get(key);
                long[] digest = reserved != null ? new long[] {reserved.digestHigh, reserved.digestLow}
                        : RequestDigest.of(request); // pushed out while it was being decided
                entries.put(key, new Entry(digest[0], digest[1], answers.write(response)));
            }
        }
    }

    /** Frees a reserved id whose decision failed, so that a retry can decide it. */
    void release(Subject subject, String id) {
        if (capacity > 0) {
            String key = key(subject, id);
            synchronized (entries) {
                Entry e = entries.get(key);
                if (e != null && e.at < 0) {
                    entries.remove(key);
                }
            }
        }
    }

    private static String key(Subject subject, String id) {
        return subject.wire() + "/" + id;
    }
}
