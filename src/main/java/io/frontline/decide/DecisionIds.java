package io.frontline.decide;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Time-ordered decision ids: {@code dcs-} then a ULID (48-bit millisecond time, 80 random bits, Crockford
 * base32). Ids made within the same millisecond increase monotonically.
 */
public final class DecisionIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long randomHigh;
    private long randomLow;

    public DecisionIds(Clock clock) {
        this.clock = clock;
    }

    public synchronized String next() {
        long now = clock.millis();
        if (now == lastMillis) {
            randomLow = (randomLow + 1) & 0xFFFFFFFFFFL;
            if (randomLow == 0) {
                randomHigh = (randomHigh + 1) & 0xFFFFFFFFFFL;
            }
        } else {
            lastMillis = now;
            randomHigh = random.nextLong() & 0xFFFFFFFFFFL;
            randomLow = random.nextLong() & 0xFFFFFFFFFFL;
        }
        char[] out = new char[26];
        encode(now, 10, out, 0);
        encode(randomHigh, 8, out, 10);
        encode(randomLow, 8, out, 18);
        return "dcs-" + new String(out);
    }

    private static void encode(long value, int chars, char[] out, int offset) {
        for (int i = chars - 1; i >= 0; i--) {
            out[offset + i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
