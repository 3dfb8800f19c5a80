package io.frontline.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of the review log: its sequence number, what kind of event it records, the event itself as JSON,
 * the hash that chains it to the entry before, and where its line starts: the segment file and the byte offset.
 * An entry just written holds its JSON as the UTF-8 it was written in and makes it text only when asked, and
 * knows it was written live ({@link #live()}).
 */
public final class LogEntry {
    private final long seq;
    private final String kind;
    private final byte[] utf8;
    private String json;
    private final String hash;
    private final Path file;
    private final long offset;

    public LogEntry(long seq, String kind, String json, String hash, Path file, long offset) {
        this(seq, kind, null, json, hash, file, offset);
    }

    LogEntry(long seq, String kind, byte[] utf8, String hash, Path file, long offset) {
        this(seq, kind, utf8, null, hash, file, offset);
    }

    private LogEntry(long seq, String kind, byte[] utf8, String json, String hash, Path file, long offset) {
        this.seq = seq;
        this.kind = kind;
        this.utf8 = utf8;
        this.json = json;
        this.hash = hash;
        this.file = file;
        this.offset = offset;
    }

    public long seq() {
        return seq;
    }

    public String kind() {
        return kind;
    }

    public String json() {
        String text = json;
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
            json = text;
        }
        return text;
    }

    /**
     * Whether the JSON holds {@code ascii} (plain ASCII text) — without making text of an entry just written.
     */
    public boolean mentions(String ascii) {
        if (utf8 == null) {
            return json.contains(ascii);
        }
        int n = ascii.length();
        outer:
        for (int i = 0, end = utf8.length - n; i <= end; i++) {
            for (int j = 0; j < n; j++) {
                if (utf8[i + j] != (byte) ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The JSON string value that follows {@code asciiPrefix} (plain ASCII, ending in the value's opening quote)
     * where the JSON starts with it; null otherwise. Reads only the front of an entry just written.
     */
    public String leadingValue(String asciiPrefix) {
        if (utf8 == null) {
            if (!json.startsWith(asciiPrefix)) {
                return null;
            }
            int end = json.indexOf('"', asciiPrefix.length());
            return end < 0 ? null : json.substring(asciiPrefix.length(), end);
        }
        int n = asciiPrefix.length();
        if (utf8.length < n) {
            return null;
        }
        for (int j = 0; j < n; j++) {
            if (utf8[j] != (byte) asciiPrefix.charAt(j)) {
                return null;
            }
        }
        for (int i = n; i < utf8.length; i++) {
            if (utf8[i] == '"') {
                return new String(utf8, n, i - n, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * Whether this process wrote the entry as it happened, rather than read it back from disk: what a live
     * event did was done as it was made, so a follower of the log need not do it again.
     */
    public boolean live() {
        return utf8 != null;
    }

    public String hash() {
        return hash;
    }

    public Path file() {
        return file;
    }

    public long offset() {
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && seq == e.seq && offset == e.offset && kind.equals(e.kind)
                && json().equals(e.json()) && hash.equals(e.hash) && Objects.equals(file, e.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seq, kind, hash, file, offset);
    }

    @Override
    public String toString() {
        return "LogEntry[seq=" + seq + ", kind=" + kind + ", json=" + json() + ", hash=" + hash + ", file=" + file
                + ", offset=" + offset + "]";
    }
}
