package io.frontline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The secret behind agents' pseudonyms: 32 random bytes in {@code <data>/pseudonym.key}, made on first start and
 * readable by the service's user only. Whoever holds it can test whether a pseudonym belongs to someone, so it
 * is never exported with the review log. Replacing it gives everyone new pseudonyms from then on.
 */
public final class PseudonymKey {
    public static final String FILE = "pseudonym.key";
    private static final int BYTES = 32;

    private PseudonymKey() {}

    public static byte[] loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length < BYTES) {
                    throw new IllegalStateException(file + " holds " + key.length + " bytes; a pseudonym key needs "
                            + BYTES);
                }
                return key;
            }
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            OwnerOnlyFiles.write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
