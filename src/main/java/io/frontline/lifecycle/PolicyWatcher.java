package io.frontline.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the policy directories (and every directory under them) and calls {@code onChange} once they have
 * been quiet for the debounce time: editors save through temporary files and renames, and a copy of several
 * files is one change. {@code onChange} runs on the watcher's own thread, one at a time, never on an event loop.
 */
public final class PolicyWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PolicyWatcher.class);

    private final WatchService watch;
    private final ScheduledExecutorService worker;
    private final Thread reader;
    private final Duration quiet;
    private final Runnable onChange;
    private ScheduledFuture<?> pending;

    private PolicyWatcher(List<Path> dirs, Duration quiet, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-reload");
            t.setDaemon(true);
            return t;
        });
        for (Path dir : dirs) {
            registerTree(dir);
        }
        this.reader = new Thread(this::read, "policy-watch");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts watching; directories that do not exist are skipped. */
    public static PolicyWatcher start(List<Path> dirs, Duration quiet, Runnable onChange) {
        try {
            return new PolicyWatcher(dirs, quiet, onChange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the policy directories " + dirs, e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path d : tree.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void read() {
        while (true) {
            WatchKey key;
            try {
                key = watch.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    try {
                        registerTree(dir.resolve(name));
                    } catch (IOException e) {
                        log.warn("cannot watch new directory {}: {}", dir.resolve(name), e.getMessage());
                    }
                }
            }
            key.reset();
            schedule();
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::run, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            log.error("policy reload failed: {}", e.toString(), e);
        }
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            log.warn("closing the policy watch: {}", e.getMessage());
        }
        worker.shutdownNow();
    }
}
