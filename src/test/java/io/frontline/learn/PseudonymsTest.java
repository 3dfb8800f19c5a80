package io.frontline.learn;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudonymsTest {
    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void the_same_person_always_gets_the_same_pseudonym_and_it_does_not_contain_their_id() {
        Pseudonyms p = new Pseudonyms(key(1));
        String a = p.of("agent-17");
        assertEquals(a, p.of("agent-17"));
        assertNotEquals(a, p.of("agent-18"));
        assertTrue(a.matches("p-[0-9a-f]{16}"), a);
        assertFalse(a.contains("17"));
    }

    @Test
    void without_the_key_a_pseudonym_cannot_be_recomputed() {
        assertNotEquals(new Pseudonyms(key(1)).of("agent-17"), new Pseudonyms(key(2)).of("agent-17"));
    }

    @Test
    void a_short_key_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms(new byte[16]));
    }
}
