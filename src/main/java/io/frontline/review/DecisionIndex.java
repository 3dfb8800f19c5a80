package io.frontline.review;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds a decision's entry in the review log by its id, in bounded memory. Decision ids begin with the
 * millisecond they were made (ULIDs), and the log is written in nearly that order, so the index keeps only, per
 * block of {@value #BLOCK} decisions, where the block starts in the file and the earliest and latest millisecond
 * in it — about 40 bytes per block, some 30 MB for a year of a million decisions a day. A block never spans two
 * segment files. A lookup reads the few blocks whose time span covers the id. Fed every entry in log order: at
 * start as the log is read back, then as entries are written.
 */
public final class DecisionIndex implements Consumer<LogEntry> {
    static final int BLOCK = 512;
    private static final String FIELD = "\"decisionId\":\"";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Path[] files = new Path[1024];
    private long[] starts = new long[1024];
    private long[] earliest = new long[1024];
    private long[] latest = new long[1024];
    private int blocks;
    private int inBlock;


    @Override
    public synchronized void accept(LogEntry entry) {
        String id = decisionId(entry);
        long millis = id == null ? -1 : millis(id);
        if (millis < 0) {
            return;
        }
        if (inBlock == 0 || !entry.file().equals(files[blocks - 1])) {
            if (blocks == starts.length) {
                files = Arrays.copyOf(files, blocks * 2);
                starts = Arrays.copyOf(starts, blocks * 2);
                earliest = Arrays.copyOf(earliest, blocks * 2);
                latest = Arrays.copyOf(latest, blocks * 2);
            }
            files[blocks] = entry.file();
            starts[blocks] = entry.offset();
            inBlock = 0;
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
        java.util.List<Span> spans = new java.util.ArrayList<>();
        synchronized (this) {
            for (int b = 0; b < blocks; b++) {
                if (earliest[b] <= millis && millis <= latest[b]) {
                    boolean sameFileNext = b + 1 < blocks && files[b + 1].equals(files[b]);
                    spans.add(new Span(files[b], starts[b], sameFileNext ? starts[b + 1] : Long.MAX_VALUE));
                }
            }
        }
        LogEntry[] found = new LogEntry[1];
        for (Span span : spans) {
            LogReader.read(span.file(), span.from(), span.to(), e -> {
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

    /** Forgets the blocks of purged segments. */
    public synchronized void forget(java.util.Collection<Path> purged) {
        int kept = 0;
        for (int b = 0; b < blocks; b++) {
            if (!purged.contains(files[b])) {
                files[kept] = files[b];
                starts[kept] = starts[b];
                earliest[kept] = earliest[b];
                latest[kept] = latest[b];
                kept++;
            }
        }
        java.util.Arrays.fill(files, kept, blocks, null);
        if (kept == 0) {
            inBlock = 0;
        }
        blocks = kept;
    }

    private record Span(Path file, long from, long to) {}

    /**
     * The id of a decision entry: the first {@code decisionId} of its record, at its front (older records hold
     * it further in, inside the decision; the request part never has one); null for other entries.
     */
    static String decisionId(LogEntry entry) {
        if (!"decision".equals(entry.kind())) {
            return null;
        }
        String leading = entry.leadingValue("{" + FIELD);
        if (leading != null) {
            return leading;
        }
        int at = entry.json().indexOf(FIELD);
        if (at < 0) {
            return null;
        }
        int start = at + FIELD.length();
        int end = entry.json().indexOf('"', start);
        return end < 0 ? null : entry.json().substring(start, end);
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
