package io.frontline.http;

import io.frontline.domain.Subject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the latest decisions by subject id so that a client retrying the same request gets the same
 * decision back, decided once, and one reusing an id for a different request gets a conflict. An id is
 * reserved while it is being decided. Bounded, least recently used first out. Thread-safe.
 */
final class RecentDecisions {
    private final int capacity;
    private final Map<String, Entry> entries;

    /** A request and its response; the response is null while it is being decided. */
    private record Entry(Object request, String response) {}

    RecentDecisions(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(Math.max(capacity, 16), 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The earlier response to this very request, or empty after reserving the id for this request.
     *
     * @param request the request in a form whose {@code equals} says "the same request"
     * @throws HttpFailure a conflict when the id was used for a different request or is being decided now
     */
    Optional<String> replayOrReserve(Subject subject, String id, Object request) {
        if (capacity == 0) {
            return Optional.empty();
        }
        String key = subject.wire() + "/" + id;
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e == null) {
                entries.put(key, new Entry(request, null));
                return Optional.empty();
            }
            if (!e.request.equals(request)) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " was already decided for a different request; "
                        + "use a new id for a new " + subject.wire());
            }
            if (e.response == null) {
                throw HttpFailure.conflict(subject.wire() + " " + id + " is being decided right now; retry shortly");
            }
            return Optional.of(e.response);
        }
    }

    void complete(Subject subject, String id, Object request, String response) {
        if (capacity > 0) {
            synchronized (entries) {
                entries.put(subject.wire() + "/" + id, new Entry(request, response));
            }
        }
    }

    /** Frees a reserved id whose decision failed, so that a retry can decide it. */
    void release(Subject subject, String id) {
        if (capacity > 0) {
            synchronized (entries) {
                Entry e = entries.get(subject.wire() + "/" + id);
                if (e != null && e.response == null) {
                    entries.remove(subject.wire() + "/" + id);
                }
            }
        }
    }
}
