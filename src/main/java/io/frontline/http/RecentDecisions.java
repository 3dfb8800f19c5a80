package io.frontline.http;

import io.frontline.domain.Subject;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final Map<Subject, Map<String, Entry>> bySubject = new EnumMap<>(Subject.class);
    private final AnswerRing answers;

    /** A request's digest and where its answer lies in the ring; {@code at} is -1 while it is being decided. */
    private record Entry(long digestHigh, long digestLow, long at) {
        boolean pending() {
            return at < 0;
        }

        boolean sameRequest(long high, long low) {
            return digestHigh == high && digestLow == low;
        }
    }

    /**
     * What {@link #replayOrReserve} found: the earlier answer to replay, or (when {@code earlier} is null) the id
     * reserved for this request, to {@link #complete} or {@link #release}.
     */
    record Claim(Subject subject, String id, long digestHigh, long digestLow, byte[] earlier) {
        boolean replays() {
            return earlier != null;
        }
    }

    /**
     * @param capacity    ids kept per subject; 0 keeps none
     * @param answerBytes the size of the ring the answers are kept in
     */
    RecentDecisions(int capacity, int answerBytes) {
        this.capacity = capacity;
        this.answers = capacity == 0 ? null : new AnswerRing(answerBytes);
        for (Subject s : Subject.values()) {
            bySubject.put(s, new LinkedHashMap<>(Math.min(Math.max(capacity, 16), 1024), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > capacity;
                }
            });
        }
    }

    /**
     * The earlier response (UTF-8 JSON) to this very request, or else the id reserved for this request.
     *
     * @param request the request as decided: records, compared by value, amounts by their numeric value
     * @throws HttpFailure a conflict when the id was used for a different request or is being decided now
     */
    Claim replayOrReserve(Subject subject, String id, Object request) {
        if (capacity == 0) {
            return new Claim(subject, id, 0, 0, null);
        }
        long[] digest = RequestDigest.of(request);
        Map<String, Entry> entries = bySubject.get(subject);
        synchronized (this) {
            Entry e = entries.get(id);
            byte[] answer = e == null || e.pending() ? null : answers.read(e.at).orElse(null);
            if (e == null || !e.pending() && answer == null) { // unknown, or its answer written over: forgotten
                entries.put(id, new Entry(digest[0], digest[1], -1));
                return new Claim(subject, id, digest[0], digest[1], null);
            }
            if (!e.sameRequest(digest[0], digest[1])) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " was already decided for a different request; "
                        + "use a new id for a new " + subject.wire());
            }
            if (e.pending()) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " is being decided right now; retry shortly");
            }
            return new Claim(subject, id, digest[0], digest[1], answer);
        }
    }

    /**
     * Keeps the answer to a request whose id was reserved for it. Should the reservation have been pushed out
     * meanwhile and the id since be reserved or answered for another request, that one stands.
     */
    void complete(Claim claim, byte[] response) {
        if (capacity == 0 || claim.replays()) {
            return;
        }
        Map<String, Entry> entries = bySubject.get(claim.subject());
        synchronized (this) {
            Entry e = entries.get(claim.id());
            boolean ours = e == null || e.pending() && e.sameRequest(claim.digestHigh(), claim.digestLow());
            if (!ours) {
                return;
            }
            if (!answers.fits(response.length)) {
                entries.remove(claim.id()); // too large to keep: a retry is decided again
                return;
            }
            entries.put(claim.id(), new Entry(claim.digestHigh(), claim.digestLow(), answers.write(response)));
        }
    }

    /** Frees an id reserved for a request whose decision failed, so that a retry can decide it. */
    void release(Claim claim) {
        if (capacity == 0 || claim.replays()) {
            return;
        }
        Map<String, Entry> entries = bySubject.get(claim.subject());
        synchronized (this) {
            Entry e = entries.get(claim.id());
            if (e != null && e.pending() && e.sameRequest(claim.digestHigh(), claim.digestLow())) {
                entries.remove(claim.id());
            }
        }
    }
}
