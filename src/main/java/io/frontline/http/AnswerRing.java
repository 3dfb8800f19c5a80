package io.frontline.http;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Answers kept outside the heap, in a ring of fixed size written in turn: each new answer may write over the
 * oldest. An answer is found by the position {@link #write} gave it, and only while nothing has been written over
 * it. An answer never wraps around the ring's end (the rest of the end is skipped). Not thread-safe: its user
 * holds a lock around every call.
 */
final class AnswerRing {
    private final ByteBuffer ring;
    private final int size;
    /** Where the next answer goes, counted from the first byte ever written: it only grows. */
    private long head;

    AnswerRing(int size) {
        if (size < 1024) {
            throw new IllegalArgumentException("an answer ring needs at least 1 KB, not " + size + " bytes");
        }
        this.size = size;
        this.ring = ByteBuffer.allocateDirect(size);
    }

    /** Whether an answer of this many bytes can be kept at all. */
    boolean fits(int length) {
        return Integer.BYTES + (long) length <= size;
    }

    /**
     * Keeps an answer that {@link #fits}.
     *
     * @return where it is kept, for {@link #read}
     */
    long write(byte[] answer) {
        int needed = Integer.BYTES + answer.length;
        if (!fits(answer.length)) {
            throw new IllegalArgumentException("an answer of " + answer.length + " bytes is larger than the ring");
        }
        if (size - offset(head) < needed) {
            head += size - offset(head); // to the start of the ring
        }
        long at = head;
        ring.putInt(offset(at), answer.length);
        ring.put(offset(at) + Integer.BYTES, answer);
        head += needed;
        return at;
    }

    /** The answer kept at {@code at}, unless it has been written over since. */
    Optional<byte[]> read(long at) {
        if (at < 0 || at < head - size || at >= head) {
            return Optional.empty();
        }
        byte[] answer = new byte[ring.getInt(offset(at))];
        ring.get(offset(at) + Integer.BYTES, answer);
        return Optional.of(answer);
    }

    private int offset(long position) {
        return (int) (position % size);
    }
}
