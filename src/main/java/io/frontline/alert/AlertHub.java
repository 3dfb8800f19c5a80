package io.frontline.alert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands every alert to the consoles watching, in the order alerts are raised, and keeps the last
 * {@value #KEPT} so that a console that lost its connection gets what it missed when it comes back. Watchers are
 * told on the thread that raises the alert, under the hub's lock: they must only hand it on (never block).
 * <p>
 * Each alert is rendered once as it is raised, and kept and handed on as that text, without the decision behind
 * it ({@link Alert#rendered}).
 */
public final class AlertHub {
    static final int KEPT = 1_000;

    private final Function<Alert, String> render;

    private final ArrayDeque<Alert> recent = new ArrayDeque<>();
    private final List<Watcher> watchers = new ArrayList<>();
    private long last;

    private record Watcher(Predicate<Alert> wants, Consumer<Alert> sink) {}

    /** @param render turns a numbered alert into the text watchers receive */
    public AlertHub(Function<Alert, String> render) {
        this.render = java.util.Objects.requireNonNull(render, "render");
    }

    /** Raises an alert: numbers it, renders it, keeps it, and tells every watcher that wants it. */
    public synchronized Alert raise(Alert alert) {
        Alert numbered = alert.numbered(++last);
        Alert kept = numbered.rendered(render.apply(numbered)); // under the lock: the text shows the number
        recent.addLast(kept);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        for (Watcher w : watchers) {
            if (w.wants().test(kept)) {
                w.sink().accept(kept);
            }
        }
        return kept;
    }

    /**
     * Starts watching: first the kept alerts after {@code afterId} that {@code wants} accepts (none when
     * {@code afterId} is 0 or less), then every new one, with nothing missed or told twice in between.
     *
     * @return stops the watching
     */
    public synchronized Runnable watch(long afterId, Predicate<Alert> wants, Consumer<Alert> sink) {
        if (afterId > 0) {
            for (Alert a : recent) {
                if (a.id() > afterId && wants.test(a)) {
                    sink.accept(a);
                }
            }
        }
        Watcher w = new Watcher(wants, sink);
        watchers.add(w);
        return () -> {
            synchronized (this) {
                watchers.removeIf(x -> x == w);
            }
        };
    }

    /** How many consoles are watching. */
    public synchronized int watching() {
        return watchers.size();
    }
}
