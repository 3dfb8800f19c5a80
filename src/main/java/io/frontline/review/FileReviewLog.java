package io.frontline.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The review log on disk: segment files of lines {@code seq TAB kind TAB json TAB hash}, each hash chaining the
 * line to the one before ({@link HashChain}), across segments. Appends are group-committed: everything queued is
 * written in one go, and an append completes once its line is written — in {@link Durability#STRICT} mode only
 * after the file is synced to disk; otherwise the file is synced every {@code syncInterval}. In interval mode the
 * appending thread writes (whatever is queued, unless another thread is writing, which then takes it too) at once,
 * or at the end of its turn when it is an event loop, so no line waits for another thread to wake; the writer
 * thread syncs, closes full segments, and in strict mode does all the writing, off the appending threads. A
 * process killed at any moment keeps every completed append (the operating system holds written data); power loss
 * keeps all but the last interval, or everything in strict mode. A torn last line left by a crash is cut off at
 * open.
 * <p>
 * A segment holds the entries of one UTC day at most, up to a size limit, so that retention can remove whole
 * segments: {@link #purge} records an {@code purge} entry naming the last entry it removes, adds that
 * {@link Anchor} to the {@code purges} file, then deletes the segments; the kept log stays verifiable from there.
 */
public final class FileReviewLog implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FileReviewLog.class);

    /** When an append counts as done. */
    public enum Durability { INTERVAL, STRICT }

    /** Segments grow to this size unless told otherwise. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    private static final int BATCH = 4096;
    /** The line buffer's usual size; a batch that needs more grows it for that batch only. */
    private static final int LINES_KEPT = 1 << 20;
    /**
     * In strict mode, while appends keep coming, the writer looks for the next ones this long after each batch instead of being
     * woken for each: under load a batch then holds everything of that interval, and the threads that append
     * never wake the writer (each wake-up costs both sides a trip through the kernel).
     */
    private static final long GATHER_NANOS = 500_000L;
    /** After this long without an append the writer sleeps until the next one wakes it. */
    private static final long IDLE_NANOS = 20_000_000L;

    private final Path dir;
    private final Durability durability;
    private final long syncNanos;
    private final long segmentBytes;
    private final Clock clock;
    private final Consumer<LogEntry> onWritten;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final List<Segment> segments;
    private final Thread writer;
    private volatile boolean closing;
    /** Whether the writer sleeps until an append wakes it (only after {@link #IDLE_NANOS} without appends). */
    private volatile boolean sleeping;
    /** Whether appends write their lines on the appending thread ({@link Durability#INTERVAL}). */
    private final boolean inline;
    /** Held by whichever thread writes: everything below changes only under it. */
    private final ReentrantLock writing = new ReentrantLock();
    /** Per thread, whether a write at the end of its turn is pending ({@link #append(String, byte[], Executor)}). */
    private final ThreadLocal<boolean[]> turnWritePending = ThreadLocal.withInitial(() -> new boolean[1]);
    /** The synced pages the writer thread gives back to the kernel. */
    private final SyncedPages pages = SyncedPages.ofKernel();
    /** Written since the last sync. */
    private volatile boolean unsynced;
    private volatile IOException lastError;
    private volatile long seq;
    private String lastHash;
    private volatile FileChannel channel;
    private long size;
    private LocalDate segmentDay;
    /** The lines of the batch being written; grows as batches need it. */
    private ByteBuffer lines = ByteBuffer.allocateDirect(LINES_KEPT);

    private record Pending(String kind, byte[] json, CompletableFuture<LogEntry> done) {}

    /** How to open a log. */
    public record Options(Durability durability, Duration syncInterval, long segmentBytes, Clock clock) {
        public static Options of(Durability durability, Duration syncInterval) {
            return new Options(durability, syncInterval, DEFAULT_SEGMENT_BYTES, Clock.systemUTC());
        }
    }

    private FileReviewLog(Path dir, Options options, List<Segment> segments, long seq, String lastHash,
                          Consumer<LogEntry> onWritten) throws IOException {
        this.dir = dir;
        this.durability = options.durability();
        this.inline = durability == Durability.INTERVAL;
        this.syncNanos = options.syncInterval().toNanos();
        this.segmentBytes = options.segmentBytes();
        this.clock = options.clock();
        this.segments = segments;
        this.seq = seq;
        this.lastHash = lastHash;
        this.onWritten = onWritten;
        Segment active = segments.get(segments.size() - 1);
        this.channel = FileChannel.open(active.file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.size = channel.size();
        channel.position(size);
        this.segmentDay = today();
        this.writer = new Thread(this::write, "review-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Opens (or creates) the log in {@code dir}, cutting off a torn last line. */
    public static FileReviewLog open(Path dir, Durability durability, Duration syncInterval) {
        return open(dir, Options.of(durability, syncInterval), entry -> { });
    }

    /**
     * Opens (or creates) the log in {@code dir}, cutting off a torn last line. Writing goes on in the last
     * segment if it was written today (UTC) and has room, otherwise in a new one.
     *
     * @param onWritten told of every entry once it is written, in log order, on the thread that wrote it, before the
     *                  append completes: keep it short
     */
    public static FileReviewLog open(Path dir, Options options, Consumer<LogEntry> onWritten) {
        try {
            Files.createDirectories(dir);
            SegmentFiles.migrate(dir);
            finishPurge(dir);
            List<Segment> segments = new ArrayList<>(SegmentFiles.list(dir));
            long seq = 0;
            String hash = HashChain.GENESIS;
            if (!segments.isEmpty()) {
                cutTornLine(segments.get(segments.size() - 1).file());
            }
            for (int i = segments.size() - 1; i >= 0; i--) {
                Optional<LogEntry> last = LogReader.last(segments.get(i).file());
                if (last.isPresent()) {
                    seq = last.get().seq();
                    hash = last.get().hash();
                    break;
                }
                if (i == 0 && segments.get(0).firstSeq() > 1) {
                    Anchor anchor = SegmentFiles.anchors(dir).stream()
                            .filter(a -> a.seq() + 1 == segments.get(0).firstSeq()).findFirst()
                            .orElseThrow(() -> new IllegalStateException("the review log in " + dir
                                    + " starts after entry 1 and no purge records why"));
                    seq = anchor.seq();
                    hash = anchor.hash();
                }
            }
            Segment lastSegment = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            boolean goOn = lastSegment != null && (Files.size(lastSegment.file()) == 0
                    || Files.size(lastSegment.file()) < options.segmentBytes()
                    && day(Files.getLastModifiedTime(lastSegment.file()).toInstant()).equals(
                            day(options.clock().instant())));
            if (!goOn) {
                Path file = SegmentFiles.name(dir, seq + 1);
                Files.createFile(file);
                SegmentFiles.syncDirectory(dir);
                segments.add(new Segment(file, seq + 1));
            }
            return new FileReviewLog(dir, options, segments, seq, hash, onWritten);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the review log in " + dir, e);
        }
    }

    /**
     * Cuts a last line without its newline, left by a crash in the middle of a write, and syncs the segment: what
     * a killed process left in the page cache is on disk before anything new is written after it.
     */
    private static void cutTornLine(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long valid = LogReader.endOfLastLine(c);
            if (valid < c.size()) {
                c.truncate(valid);
            }
            c.force(true);
        }
    }

    /** Deletes the segments a purge stopped in the middle of deleting: those wholly before its anchor. */
    private static void finishPurge(Path dir) throws IOException {
        long anchored = SegmentFiles.anchors(dir).stream().mapToLong(Anchor::seq).max().orElse(0);
        List<Segment> segments = SegmentFiles.list(dir);
        for (int i = 0; i + 1 < segments.size() && segments.get(i + 1).firstSeq() - 1 <= anchored; i++) {
            Files.deleteIfExists(segments.get(i).file());
        }
    }

    /**
     * Appends one event; the future completes with its entry once it is durable as configured.
     *
     * @param json one line of JSON (no raw tab or newline; JSON writers escape both)
     */
    public CompletableFuture<LogEntry> append(String kind, String json) {
        return append(kind, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends one event given as UTF-8; the future completes with its entry once it is durable as configured.
     * The log keeps {@code json} as it is: the caller must not change it afterwards.
     *
     * @param json one line of JSON in UTF-8 (no raw tab or newline; JSON writers escape both)
     */
    public CompletableFuture<LogEntry> append(String kind, byte[] json) {
        return append(kind, json, null);
    }

    /**
     * Appends one event given as UTF-8 whose line may wait for the others the same thread appends in the same turn:
     * in interval mode the line is written when {@code turnEnd} runs the task it is handed, and every line the
     * thread appended by then goes out with it, in one write. For an event loop, whose executor runs a task once the
     * requests of the current turn are handled, that is one write per turn instead of one per line; each answer
     * waits until the end of its turn. One such task at most is pending per thread. Should the task never run (an
     * event loop shut down), the writer thread writes the lines within a sync interval. In strict mode the writer
     * thread does all the writing, and {@code turnEnd} is not used.
     *
     * @param turnEnd runs a task at the end of the calling thread's current turn, on that thread; null to write at once
     */
    public CompletableFuture<LogEntry> append(String kind, byte[] json, Executor turnEnd) {
        if (kind.indexOf('\t') >= 0 || kind.indexOf('\n') >= 0 || kind.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an entry's kind is one word");
        }
        for (byte b : json) {
            if (b == '\t' || b == '\n') {
                throw new IllegalArgumentException("a log entry is one line without tabs");
            }
        }
        CompletableFuture<LogEntry> done = new CompletableFuture<>();
        if (closing) {
            done.completeExceptionally(new IllegalStateException("the review log is closed"));
            return done;
        }
        queue.add(new Pending(kind, json, done));
        if (inline && turnEnd != null) {
            writeAtTurnEnd(turnEnd);
        } else if (inline) {
            if (!writing.isHeldByCurrentThread()) {
                writeHere();
            }
        } else if (sleeping) {
            LockSupport.unpark(writer);
        }
        return done;
    }

    /** Has {@code turnEnd} write what is queued, unless this thread has such a write pending already. */
    private void writeAtTurnEnd(Executor turnEnd) {
        boolean[] pending = turnWritePending.get();
        if (pending[0]) {
            return;
        }
        pending[0] = true;
        try {
            turnEnd.execute(() -> {
                pending[0] = false;
                writeHere();
            });
        } catch (RuntimeException e) { // the executor refused the task: written here and now
            pending[0] = false;
            writeHere();
        }
    }

    /**
     * Writes what is queued here and now, unless another thread is writing: that thread looks for more before it
     * lets go. A segment due to be closed is left to the writer thread, which syncs it.
     */
    private void writeHere() {
        while (!queue.isEmpty() && writing.tryLock()) {
            Runnable complete;
            try {
                if (rotationDue()) {
                    LockSupport.unpark(writer);
                    return;
                }
                complete = writeQueued();
            } finally {
                writing.unlock();
            }
            complete.run(); // the lock is free for other threads' lines meanwhile
        }
    }

    /** The writer thread: syncs every interval, closes full segments, and in strict mode does all the writing. */
    private void write() {
        long lastSync = System.nanoTime();
        long lastBatch = 0;
        while (!closing || !queue.isEmpty()) {
            if (queue.isEmpty()) {
                if (!inline && System.nanoTime() - lastBatch < IDLE_NANOS) {
                    LockSupport.parkNanos(GATHER_NANOS);
                } else {
                    sleeping = true;
                    if (queue.isEmpty() && !closing) {
                        LockSupport.parkNanos(untilNextSync(lastSync));
                    }
                    sleeping = false;
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            if (!queue.isEmpty()) {
                lastBatch = System.nanoTime();
                Runnable complete = () -> { };
                Path closed = null;
                Path synced = null;
                long syncedSize = 0;
                writing.lock();
                try {
                    if (rotationDue()) {
                        closed = rotate();
                        unsynced = false;
                    }
                    complete = writeQueued();
                    if (durability == Durability.STRICT) { // each batch was synced as it was written
                        synced = activeFile();
                        syncedSize = size;
                    }
                } catch (IOException | RuntimeException | Error e) {
                    // no new segment: what waits now fails, and the next batch tries again; taken from the queue
                    // before any fails, so an append made after a failure was seen is never failed with it
                    lastError = e instanceof IOException io ? io : new IOException(e);
                    List<Pending> failed = new ArrayList<>();
                    for (Pending p; failed.size() < BATCH && (p = queue.poll()) != null; ) {
                        failed.add(p);
                    }
                    complete = () -> failed.forEach(p -> p.done.completeExceptionally(e));
                } finally {
                    writing.unlock();
                }
                complete.run();
                // page advice after letting go: dropping a whole closed segment takes a while
                if (closed != null) {
                    pages.closed(closed);
                }
                if (synced != null) {
                    pages.synced(synced, syncedSize);
                }
            }
            if (unsynced && System.nanoTime() - lastSync >= syncNanos) {
                unsynced = false;
                long written = writtenSize(); // before the sync: all of it is on disk after
                try {
                    channel.force(false); // only this thread changes the channel
                    pages.synced(activeFile(), written);
                } catch (IOException e) {
                    unsynced = true;
                    lastError = e;
                }
                lastSync = System.nanoTime();
            }
        }
    }

    /** The active segment's size; only the writer thread rotates, so the segment is still the active one after. */
    private long writtenSize() {
        writing.lock();
        try {
            return size;
        } finally {
            writing.unlock();
        }
    }

    /**
     * How long the writer may sleep: until the sync that is due, or, with nothing to sync, a quarter interval —
     * a line written meanwhile is synced at most that long after, as its interval is over by then.
     */
    private long untilNextSync(long lastSync) {
        if (!inline) {
            return Math.max(1, syncNanos / 2);
        }
        return unsynced ? Math.max(1_000, syncNanos - (System.nanoTime() - lastSync)) : Math.max(1_000, syncNanos / 4);
    }

    private boolean rotationDue() {
        return size > 0 && (size >= segmentBytes || !today().equals(segmentDay));
    }

    /**
     * Writes one batch of what is queued and tells the log's reader of it, in log order; holding
     * {@link #writing}. Returns what completes the batch's appends, to run once the lock is let go: their
     * continuations (answers) do not hold up other threads' lines. An append made by this thread while it holds
     * the lock waits in the queue.
     */
    private Runnable writeQueued() {
        List<Pending> batch = new ArrayList<>(Math.min(BATCH, 16));
        for (Pending next; batch.size() < BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return () -> { };
        }
        List<LogEntry> entries = new ArrayList<>(batch.size());
        long seqBefore = seq;
        String hashBefore = lastHash;
        long sizeBefore = size;
        try {
            try {
                writeBatch(batch, entries);
                if (durability == Durability.STRICT) {
                    channel.force(false);
                }
            } catch (IOException | RuntimeException | Error e) {
                // nothing of a failed batch counts: the chain goes on from the last entry written
                seq = seqBefore;
                lastHash = hashBefore;
                size = sizeBefore;
                entries.clear();
                channel.truncate(size);
                channel.position(size);
                throw e;
            } finally {
                if (lines.capacity() > LINES_KEPT) {
                    lines = ByteBuffer.allocateDirect(LINES_KEPT); // a rare huge batch does not stay
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (no direct memory for a huge batch): the batch fails, writing goes on
            lastError = e instanceof IOException io ? io : new IOException(e);
            return () -> batch.forEach(p -> p.done.completeExceptionally(e));
        }
        unsynced = durability != Durability.STRICT;
        lastError = null;
        entries.forEach(this::tell);
        return () -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done.complete(entries.get(i));
            }
        };
    }

    /** Closes the full or yesterday's segment, synced, and goes on in a new one; returns the closed segment. */
    private Path rotate() throws IOException {
        channel.force(true);
        Path file = SegmentFiles.name(dir, seq + 1);
        // the new file first: if it cannot be made, writing goes on in the current one
        FileChannel next = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (next.size() > 0) {
            next.close();
            throw new IOException(file + " exists and is not empty");
        }
        SegmentFiles.syncDirectory(dir);
        FileChannel previous = channel;
        Path previousFile = activeFile();
        channel = next;
        previous.close();
        size = 0;
        segmentDay = today();
        synchronized (segments) {
            segments.add(new Segment(file, seq + 1));
        }
        return previousFile;
    }

    private void tell(LogEntry entry) {
        try {
            onWritten.accept(entry);
        } catch (RuntimeException e) {
            log.warn("review log: a reader of entry {} failed: {}", entry.seq(), e.toString());
        }
    }

    /** Chains and writes one batch; {@link #size} is the segment's size after it. */
    private void writeBatch(List<Pending> batch, List<LogEntry> entries) throws IOException {
        lines.clear();
        Path file = activeFile();
        for (Pending p : batch) {
            long offset = size + lines.position();
            int start = lines.position();
            lines = LineBuffer.put(lines, Long.toString(seq + 1), p.kind, p.json);
            String hash = HashChain.next(lastHash, lines, start);
            seq++;
            lastHash = hash;
            lines = LineBuffer.end(lines, hash);
            entries.add(new LogEntry(seq, p.kind, p.json, hash, file, offset));
        }
        lines.flip();
        int written = 0;
        while (lines.hasRemaining()) {
            written += channel.write(lines);
        }
        size += written;
    }

    /**
     * Removes the oldest segments last written before {@code cutoff} (never the one being written): first a
     * {@code purge} entry naming the last entry removed is written, then its anchor, then the files go.
     *
     * @return the anchor the kept log now begins at; empty when nothing was old enough
     */
    public Optional<Anchor> purge(Instant cutoff) {
        List<Segment> old = segmentsBefore(cutoff);
        if (old.isEmpty()) {
            return Optional.empty();
        }
        Segment next;
        synchronized (segments) {
            next = segments.get(old.size());
        }
        Optional<LogEntry> lastRemoved = Optional.empty();
        for (int i = old.size() - 1; i >= 0 && lastRemoved.isEmpty(); i--) {
            lastRemoved = LogReader.last(old.get(i).file());
        }
        Anchor anchor = lastRemoved.map(e -> new Anchor(e.seq(), e.hash())).orElse(null);
        if (anchor == null || anchor.seq() + 1 != next.firstSeq()) {
            throw new IllegalStateException("the review log's segments before " + next.file().getFileName()
                    + " do not end where it begins; run verify-log");
        }
        append("purge", "{\"upToSeq\":" + anchor.seq() + ",\"hash\":\"" + anchor.hash() + "\",\"before\":\""
                + cutoff + "\",\"segments\":" + old.size() + "}").join();
        sync();
        SegmentFiles.addAnchor(dir, anchor);
        try {
            for (Segment s : old) {
                Files.deleteIfExists(s.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete purged segments in " + dir, e);
        }
        SegmentFiles.syncDirectory(dir);
        synchronized (segments) {
            segments.removeAll(old);
        }
        return Optional.of(anchor);
    }

    /** Forces what is written to disk now (a rotated-away segment was forced as it closed). */
    private void sync() {
        try {
            channel.force(false);
        } catch (java.nio.channels.ClosedChannelException e) {
            // rotated meanwhile: the closed segment was forced first, the new one holds nothing of ours
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the review log in " + dir, e);
        }
    }

    /** The oldest segments, never the one being written, last written before {@code cutoff}: what a purge removes. */
    public List<Segment> segmentsBefore(Instant cutoff) {
        List<Segment> old = new ArrayList<>();
        synchronized (segments) {
            try {
                for (Segment s : segments.subList(0, segments.size() - 1)) {
                    if (!Files.getLastModifiedTime(s.file()).toInstant().isBefore(cutoff)) {
                        break;
                    }
                    old.add(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the review log's segments in " + dir, e);
            }
        }
        return old;
    }

    /** The segments, oldest first; the last is being written. */
    public List<Segment> segments() {
        synchronized (segments) {
            return List.copyOf(segments);
        }
    }

    /** The writer runs and its last write succeeded. */
    public boolean isWritable() {
        return writer.isAlive() && !closing && lastError == null;
    }

    /** Sequence number of the last entry written. */
    public long lastSeq() {
        return seq;
    }

    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(10_000);
            writing.lock();
            try {
                channel.force(true);
                channel.close();
            } finally {
                writing.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path activeFile() {
        synchronized (segments) {
            return segments.get(segments.size() - 1).file();
        }
    }

    private LocalDate today() {
        return day(clock.instant());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
