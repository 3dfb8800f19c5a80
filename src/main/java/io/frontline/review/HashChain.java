package io.frontline.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of the review log: each entry's hash is SHA-256 over the previous entry's hash and the
 * entry's own line, so changing, removing or reordering any entry breaks every hash after it.
 */
final class HashChain {
    /** The hash the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    static String next(String previousHash, String line) {
        return next(previousHash, line.getBytes(StandardCharsets.UTF_8));
    }

    /** @param lines holds the line in UTF-8 from {@code start} to its position */
    static String next(String previousHash, java.nio.ByteBuffer lines, int start) {
        MessageDigest sha = SHA.get();
        sha.reset();
        sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(lines.duplicate().limit(lines.position()).position(start));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @param line the line in UTF-8 */
    static String next(String previousHash, byte[] line) {
        MessageDigest sha = SHA.get();
        sha.reset();
        sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(line);
        return HexFormat.of().formatHex(sha.digest());
    }
}
