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

    static String next(String previousHash, String line) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
