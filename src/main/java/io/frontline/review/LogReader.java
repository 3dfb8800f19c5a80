package io.frontline.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the review log back: every entry in order, a byte range of one segment, and the chain's verification. */
public final class LogReader {
    private LogReader() {}

    /** The segments of the log in {@code dir}, oldest first. */
    public static List<Segment> segments(Path dir) {
        return SegmentFiles.list(dir);
    }

    /** Every complete entry of the log in {@code dir}, in order across its segments. */
    public static void read(Path dir, Consumer<LogEntry> reader) {
        for (Segment s : SegmentFiles.list(dir)) {
            read(s.file(), 0, Long.MAX_VALUE, reader);
        }
    }

    /**
     * The complete entries of one segment whose lines start at or after byte {@code from} (a line start) and
     * before byte {@code to}, in order. A line the writer has not finished is not read; a segment purged
     * meanwhile reads as empty.
     */
    public static void read(Path file, long from, long to, Consumer<LogEntry> reader) {
        lines(file, from, to, (text, offset) -> {
            LogEntry entry = parse(text, file, offset);
            if (entry != null) {
                reader.accept(entry);
            }
            return true;
        });
    }

    /** Told of each complete line and where it starts; answers whether to go on. */
    private interface LineReader {
        boolean line(String text, long offset);
    }

    /** Each complete line of a file starting in [from, to), in 64 KB chunks; a file gone reads as empty. */
    private static void lines(Path file, long from, long to, LineReader reader) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
            byte[] line = new byte[4096];
            int lineLength = 0;
            long position = from;
            long lineStart = from;
            while (lineStart < to && in.read(chunk.clear(), position) > 0) {
                chunk.flip();
                byte[] bytes = chunk.array();
                int n = chunk.limit();
                int start = 0;
                for (int i = 0; i < n && lineStart < to; i++) {
                    if (bytes[i] != '\n') {
                        continue;
                    }
                    int piece = i - start;
                    if (lineLength + piece > line.length) {
                        line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + piece));
                    }
                    System.arraycopy(bytes, start, line, lineLength, piece);
                    lineLength += piece;
                    if (!reader.line(new String(line, 0, lineLength, StandardCharsets.UTF_8), lineStart)) {
                        return;
                    }
                    lineStart = position + i + 1;
                    lineLength = 0;
                    start = i + 1;
                }
                int rest = n - start;
                if (lineLength + rest > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + rest));
                }
                System.arraycopy(bytes, start, line, lineLength, rest);
                lineLength += rest;
                position += n;
            }
        } catch (NoSuchFileException e) {
            // purged, or not written yet
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review log " + file, e);
        }
    }

    /** The last complete entry of a segment, if it has one; reads only the segment's tail. */
    static Optional<LogEntry> last(Path file) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = endOfLastLine(c);
            if (end == 0) {
                return Optional.empty();
            }
            long start = lineStartBefore(c, end - 1);
            LogEntry[] last = new LogEntry[1];
            read(file, start, end, e -> last[0] = e);
            return Optional.ofNullable(last[0]);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review log " + file, e);
        }
    }

    /** The byte after the last newline of a file (0 when it has none): where its complete lines end. */
    static long endOfLastLine(FileChannel c) throws IOException {
        return lineStartBefore(c, c.size());
    }

    /** The start of the line that holds the byte before {@code end}: just after the previous newline, or 0. */
    private static long lineStartBefore(FileChannel c, long end) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = end;
        while (pos > 0) {
            int n = (int) Math.min(buf.capacity(), pos);
            buf.clear().limit(n);
            c.read(buf, pos - n);
            for (int i = n - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return pos - n + i + 1;
                }
            }
            pos -= n;
        }
        return 0;
    }

    /**
     * Checks every link of the chain across the segments in {@code dir}; empty when it is intact. A log that no
     * longer starts at entry 1 must start right after an anchor of {@code purges}, and that purge must be
     * recorded by a {@code purge} entry of the kept log — otherwise its first entries were removed.
     */
    public static Optional<ChainBroken> verify(Path dir) {
        List<Segment> segments = SegmentFiles.list(dir);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Segment first = segments.get(0);
        String previous = HashChain.GENESIS;
        Anchor anchor = null;
        if (first.firstSeq() == 1 && !SegmentFiles.anchors(dir).isEmpty()) {
            return broken(first, 1, "the log begins again at entry 1 although entries were purged before: it was "
                    + "removed and started over");
        }
        if (first.firstSeq() != 1) {
            anchor = SegmentFiles.anchors(dir).stream().filter(a -> a.seq() + 1 == first.firstSeq()).findFirst()
                    .orElse(null);
            if (anchor == null) {
                return broken(first, 1, "entries 1 to " + (first.firstSeq() - 1)
                        + " are missing and no purge records their removal");
            }
            previous = anchor.hash();
        }
        long expected = first.firstSeq();
        boolean purgeRecorded = anchor == null;
        String purgeMark = anchor == null ? null : "\"upToSeq\":" + anchor.seq() + ",\"hash\":\"" + anchor.hash() + "\"";
        Check check = new Check(previous, expected, purgeRecorded, purgeMark);
        for (Segment s : segments) {
            if (s.firstSeq() != check.expected) {
                return broken(s, 1, "the segment starts at entry " + s.firstSeq() + " where " + check.expected
                        + " was expected: entries are missing");
            }
            long[] lineNo = {0};
            lines(s.file(), 0, Long.MAX_VALUE, (line, offset) -> {
                lineNo[0]++;
                check.problem = check.line(line);
                return check.problem == null;
            });
            if (check.problem != null) {
                return broken(s, lineNo[0], check.problem);
            }
        }
        purgeRecorded = check.purgeRecorded;
        if (!purgeRecorded) {
            return broken(first, 1, "the log starts after entry " + anchor.seq()
                    + ", but no purge entry in it records removing the entries before");
        }
        return Optional.empty();
    }

    /** The state of a verification as it goes through the lines. */
    private static final class Check {
        String previous;
        long expected;
        boolean purgeRecorded;
        final String purgeMark;
        String problem;

        Check(String previous, long expected, boolean purgeRecorded, String purgeMark) {
            this.previous = previous;
            this.expected = expected;
            this.purgeRecorded = purgeRecorded;
            this.purgeMark = purgeMark;
        }

        /** Checks one line; the problem, or null when it follows. */
        String line(String line) {
            int tab = line.lastIndexOf('\t');
            int firstTab = line.indexOf('\t');
            if (tab <= 0 || firstTab == tab) {
                return "not a log line";
            }
            long seq;
            try {
                seq = Long.parseLong(line.substring(0, firstTab));
            } catch (NumberFormatException e) {
                return "no sequence number";
            }
            if (seq != expected) {
                return "sequence " + seq + " where " + expected + " was expected: an entry is missing or out of order";
            }
            String body = line.substring(0, tab);
            if (!HashChain.next(previous, body).equals(line.substring(tab + 1))) {
                return "entry " + seq + " does not match its hash: it was changed, or the one before it was";
            }
            if (!purgeRecorded && body.contains("\tpurge\t") && body.contains(purgeMark)) {
                purgeRecorded = true;
            }
            previous = line.substring(tab + 1);
            expected++;
            return null;
        }
    }

    private static Optional<ChainBroken> broken(Segment s, long line, String reason) {
        return Optional.of(new ChainBroken(s.file().getFileName().toString(), line, reason));
    }

    private static LogEntry parse(String text, Path file, long offset) {
        int first = text.indexOf('\t');
        int second = first < 0 ? -1 : text.indexOf('\t', first + 1);
        int last = text.lastIndexOf('\t');
        if (first <= 0 || first > 18 || second <= first || last <= second) {
            return null;
        }
        for (int i = 0; i < first; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return new LogEntry(Long.parseLong(text.substring(0, first)), text.substring(first + 1, second),
                text.substring(second + 1, last), text.substring(last + 1), file, offset);
    }
}
