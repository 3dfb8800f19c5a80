package io.frontline.review;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds a decision's entry in the review log by its id, in bounded memory. Decision ids begin with the
 * millisecond they were made (ULIDs), and the log is written in nearly that order, so the index keeps only, per
 * block of {@value #BLOCK} decisions, where the block starts in the file and the earliest and latest millisecond
 * in it — 24 bytes per block. A lookup reads the few blocks whose time span covers the id. Fed every entry in
 * log order: at start as the log is read back, then as entries are written.
 */
public final class DecisionIndex implements Consumer<LogEntry> {
    static final int BLOCK = 64;
    private static final String PREFIX = "{\"decisionId\":\"";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final Path file;
    private long[] starts = new long[1024];
    private long[] earliest = new long[1024];
    private long[] latest = new long[1024];
    private int blocks;
    private int inBlock;

    /** @param file the review log file */
    public DecisionIndex(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void accept(LogEntry entry) {
        String id = decisionId(entry);
        long millis = id == null ? -1 : millis(id);
        if (millis < 0) {
            return;
        }
        if (inBlock == 0) {
            if (blocks == starts.length) {
                starts = Arrays.copyOf(starts, blocks * 2);
                earliest = Arrays.copyOf(earliest, blocks * 2);
                latest = Arrays.copyOf(latest, blocks * 2);
            }
            starts[blocks] = entry.offset();
            earliest[blocks] = millis;
            latest[blocks] = millis;
            blocks++;
        } else {
            earliest[blocks - 1] = Math.min(earliest[blocks - 1], millis);
            latest[blocks - 1] = Math.max(latest[blocks - 1], millis);
        }
        inBlock = (inBlock + 1) % BLOCK;
    }

    /** The decision's entry, if the log holds it. */
    public Optional<LogEntry> find(String decisionId) {
        long millis = millis(decisionId);
        if (millis < 0) {
            return Optional.empty();
        }
        long[][] spans;
        synchronized (this) {
            spans = new long[blocks][];
            int n = 0;
            for (int b = 0; b < blocks; b++) {
                if (earliest[b] <= millis && millis <= latest[b]) {
                    spans[n++] = new long[] {starts[b], b + 1 < blocks ? starts[b + 1] : Long.MAX_VALUE};
                }
            }
            spans = Arrays.copyOf(spans, n);
        }
        LogEntry[] found = new LogEntry[1];
        for (long[] span : spans) {
            FileReviewLog.read(file, span[0], span[1], e -> {
                if (found[0] == null && decisionId.equals(decisionId(e))) {
                    found[0] = e;
                }
            });
            if (found[0] != null) {
                return Optional.of(found[0]);
            }
        }
        return Optional.empty();
    }

    /** The id of a decision entry, read from the front of its record; null for other entries. */
    static String decisionId(LogEntry entry) {
        if (!"decision".equals(entry.kind()) || !entry.json().startsWith(PREFIX)) {
            return null;
        }
        int end = entry.json().indexOf('"', PREFIX.length());
        return end < 0 ? null : entry.json().substring(PREFIX.length(), end);
    }

    /** The millisecond a decision id was made, or -1 when it is not a decision id. */
    static long millis(String decisionId) {
        if (decisionId.length() != 30 || !decisionId.startsWith("dcs-")) {
            return -1;
        }
        long value = 0;
        for (int i = 4; i < 14; i++) {
            int digit = ALPHABET.indexOf(decisionId.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 32 + digit;
        }
        return value;
    }
}
