package io.frontline.http;

import io.frontline.domain.Subject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the latest decisions by subject id so that a client retrying the same request gets the same
 * decision back, and one reusing an id for a different request gets a conflict. Bounded, least recently
 * used first out. Thread-safe.
 */
final class RecentDecisions {
    private final Map<String, Entry> entries;

    private record Entry(Object request, String response) {}

    RecentDecisions(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The earlier response to this very request, if any.
     *
     * @throws HttpFailure a conflict when the id was used for a different request
     */
    Optional<String> replay(Subject subject, String id, Object request) {
        Entry e;
        synchronized (entries) {
            e = entries.get(subject.wire() + "/" + id);
        }
        if (e == null) {
            return Optional.empty();
        }
        if (!e.request.equals(request)) {
            throw HttpFailure.conflict(subject.wire() + " " + id + " was already decided for a different request; "
                    + "use a new id for a new " + subject.wire());
        }
        return Optional.of(e.response);
    }

    void remember(Subject subject, String id, Object request, String response) {
        synchronized (entries) {
            entries.put(subject.wire() + "/" + id, new Entry(request, response));
        }
    }
}
