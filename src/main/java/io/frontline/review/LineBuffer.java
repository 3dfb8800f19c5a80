package io.frontline.review;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Puts review-log lines ({@code seq TAB kind TAB json TAB hash NEWLINE}) into a buffer, growing it as needed. */
final class LineBuffer {
    private LineBuffer() {}

    /** Puts {@code seq TAB kind TAB json}: the part of a line its hash covers. */
    static ByteBuffer put(ByteBuffer buffer, String seq, String kind, byte[] json) {
        ByteBuffer b = room(buffer, seq.length() + kind.length() * 3 + json.length + 2);
        putAscii(b, seq);
        b.put((byte) '\t');
        b.put(kind.getBytes(StandardCharsets.UTF_8));
        b.put((byte) '\t');
        b.put(json);
        return b;
    }

    /** Ends the line with {@code TAB hash NEWLINE}. */
    static ByteBuffer end(ByteBuffer buffer, String hash) {
        ByteBuffer b = room(buffer, hash.length() + 2);
        b.put((byte) '\t');
        putAscii(b, hash);
        b.put((byte) '\n');
        return b;
    }

    private static void putAscii(ByteBuffer b, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b.put((byte) ascii.charAt(i));
        }
    }

    /** The buffer, or a bigger copy of it, with room for {@code bytes} more. */
    private static ByteBuffer room(ByteBuffer b, int bytes) {
        if (b.remaining() >= bytes) {
            return b;
        }
        ByteBuffer bigger = ByteBuffer.allocateDirect(Math.max(b.capacity() * 2, b.position() + bytes));
        b.flip();
        bigger.put(b);
        return bigger;
    }
}
