package io.frontline.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The review log on disk: one file of lines {@code seq TAB kind TAB json TAB hash}, each hash chaining the line
 * to the one before ({@link HashChain}). Appends are group-committed by one writer thread: everything queued is
 * written in one go, and an append completes once its line is written — in {@link Durability#STRICT} mode only
 * after the file is synced to disk; otherwise the file is synced every {@code syncInterval}. A process killed
 * at any moment keeps every completed append (the operating system holds written data); power loss keeps all
 * but the last interval, or everything in strict mode. A torn last line left by a crash is cut off at open.
 */
public final class FileReviewLog implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FileReviewLog.class);
    /** When an append counts as done. */
    public enum Durability { INTERVAL, STRICT }

    static final String FILE = "review.log";
    private static final int BATCH = 4096;

    private final FileChannel channel;
    private final Durability durability;
    private final long syncNanos;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;
    private volatile IOException lastError;
    private final Consumer<LogEntry> onWritten;
    private volatile long seq;
    private String lastHash;
    private long size;

    private record Pending(String kind, String json, CompletableFuture<LogEntry> done) {}

    private FileReviewLog(FileChannel channel, Durability durability, Duration syncInterval, long seq, String lastHash,
                          long size, Consumer<LogEntry> onWritten) {
        this.channel = channel;
        this.size = size;
        this.onWritten = onWritten;
        this.durability = durability;
        this.syncNanos = syncInterval.toNanos();
        this.seq = seq;
        this.lastHash = lastHash;
        this.writer = new Thread(this::write, "review-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Opens (or creates) the log in {@code dir}, cutting off a torn last line. */
    public static FileReviewLog open(Path dir, Durability durability, Duration syncInterval) {
        return open(dir, durability, syncInterval, entry -> { });
    }

    /**
     * Opens (or creates) the log in {@code dir}, cutting off a torn last line.
     *
     * @param onWritten told of every entry once it is written, in log order, on the writer thread, before the
     *                  append completes: keep it short
     */
    public static FileReviewLog open(Path dir, Durability durability, Duration syncInterval,
                                     Consumer<LogEntry> onWritten) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            long seq = 0;
            String hash = HashChain.GENESIS;
            long validBytes = 0;
            if (Files.exists(file)) {
                byte[] all = Files.readAllBytes(file);
                int start = 0;
                for (int i = 0; i < all.length; i++) {
                    if (all[i] == '\n') {
                        String line = new String(all, start, i - start, StandardCharsets.UTF_8);
                        int tab = line.lastIndexOf('\t');
                        seq = Long.parseLong(line.substring(0, line.indexOf('\t')));
                        hash = line.substring(tab + 1);
                        start = i + 1;
                        validBytes = start;
                    }
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(validBytes);
            channel.position(validBytes);
            return new FileReviewLog(channel, durability, syncInterval, seq, hash, validBytes, onWritten);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the review log in " + dir, e);
        }
    }

    /**
     * Appends one event; the future completes with its entry once it is durable as configured.
     *
     * @param json one line of JSON (no raw tab or newline; JSON writers escape both)
     */
    public CompletableFuture<LogEntry> append(String kind, String json) {
        if (kind.indexOf('\t') >= 0 || kind.indexOf('\n') >= 0 || json.indexOf('\t') >= 0 || json.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a log entry is one line without tabs");
        }
        CompletableFuture<LogEntry> done = new CompletableFuture<>();
        if (closing) {
            done.completeExceptionally(new IllegalStateException("the review log is closed"));
            return done;
        }
        queue.add(new Pending(kind, json, done));
        return done;
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(BATCH);
        List<LogEntry> entries = new ArrayList<>(BATCH);
        long lastSync = System.nanoTime();
        boolean unsynced = false;
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(Math.max(1, syncNanos / 2), TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    long seqBefore = seq;
                    String hashBefore = lastHash;
                    try {
                        writeBatch(batch, entries);
                    } catch (IOException | RuntimeException e) {
                        // nothing of a failed batch counts: the chain goes on from the last entry written
                        seq = seqBefore;
                        lastHash = hashBefore;
                        entries.clear();
                        channel.truncate(size);
                        channel.position(size);
                        throw e;
                    }
                    unsynced = true;
                    if (durability == Durability.STRICT) {
                        channel.force(false);
                        unsynced = false;
                        lastSync = System.nanoTime();
                    }
                    lastError = null;
                    entries.forEach(this::tell);
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).done.complete(entries.get(i));
                    }
                    batch.clear();
                    entries.clear();
                }
                if (unsynced && System.nanoTime() - lastSync >= syncNanos) {
                    channel.force(false);
                    unsynced = false;
                    lastSync = System.nanoTime();
                }
            } catch (IOException | RuntimeException e) {
                lastError = e instanceof IOException io ? io : new IOException(e);
                batch.forEach(p -> p.done.completeExceptionally(e));
                batch.clear();
                entries.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void tell(LogEntry entry) {
        try {
            onWritten.accept(entry);
        } catch (RuntimeException e) {
            log.warn("review log: a reader of entry {} failed: {}", entry.seq(), e.toString());
        }
    }

    /** Chains and writes one batch; the file position is the new size after it. */
    private void writeBatch(List<Pending> batch, List<LogEntry> entries) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(batch.size() * 1024);
        for (Pending p : batch) {
            String line = (seq + 1) + "\t" + p.kind + "\t" + p.json;
            String hash = HashChain.next(lastHash, line);
            seq++;
            lastHash = hash;
            long offset = size + out.size();
            out.writeBytes((line + "\t" + hash + "\n").getBytes(StandardCharsets.UTF_8));
            entries.add(new LogEntry(seq, p.kind, p.json, hash, offset));
        }
        ByteBuffer bytes = ByteBuffer.wrap(out.toByteArray());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        size = channel.position();
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
        try {
            writer.join(10_000);
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks every link of the chain in a log file; empty when it is intact. */
    public static Optional<ChainBroken> verify(Path file) {
        String previous = HashChain.GENESIS;
        long expectedSeq = 1;
        long lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                int tab = line.lastIndexOf('\t');
                int first = line.indexOf('\t');
                if (tab <= 0 || first == tab) {
                    return Optional.of(new ChainBroken(lineNo, "not a log line"));
                }
                String body = line.substring(0, tab);
                String hash = line.substring(tab + 1);
                long seq;
                try {
                    seq = Long.parseLong(line.substring(0, first));
                } catch (NumberFormatException e) {
                    return Optional.of(new ChainBroken(lineNo, "no sequence number"));
                }
                if (seq != expectedSeq) {
                    return Optional.of(new ChainBroken(lineNo, "sequence " + seq + " where " + expectedSeq
                            + " was expected: an entry is missing or out of order"));
                }
                if (!HashChain.next(previous, body).equals(hash)) {
                    return Optional.of(new ChainBroken(lineNo, "entry " + seq
                            + " does not match its hash: it was changed, or the one before it was"));
                }
                previous = hash;
                expectedSeq++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.empty();
    }

    /** Reads every complete entry of a log file in order; nothing when there is no file yet. */
    public static void read(Path file, Consumer<LogEntry> reader) {
        read(file, 0, Long.MAX_VALUE, reader);
    }

    /**
     * Reads the complete entries whose lines start at or after byte {@code from} (a line start) and before
     * byte {@code to}, in order. A line the writer has not finished is not read.
     */
    public static void read(Path file, long from, long to, Consumer<LogEntry> reader) {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.position(from);
            java.io.InputStream stream = new java.io.BufferedInputStream(java.nio.channels.Channels.newInputStream(in),
                    1 << 16);
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(2048);
            long offset = from;
            long lineStart = from;
            for (int b = stream.read(); b >= 0 && lineStart < to; b = stream.read()) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                int first = text.indexOf('\t');
                int last = text.lastIndexOf('\t');
                int second = first < 0 ? -1 : text.indexOf('\t', first + 1);
                if (first > 0 && second > first && last > second && isNumber(text, first)) {
                    reader.accept(new LogEntry(Long.parseLong(text.substring(0, first)), text.substring(first + 1, second),
                            text.substring(second + 1, last), text.substring(last + 1), lineStart));
                }
                lineStart = offset;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review log " + file, e);
        }
    }

    private static boolean isNumber(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end <= 18;
    }

    /** The log file in a data directory. */
    public static Path file(Path dir) {
        return dir.resolve(FILE);
    }
}
