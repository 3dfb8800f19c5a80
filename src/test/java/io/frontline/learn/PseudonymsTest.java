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
        String a = p.ofAgent("agent-17");
        assertEquals(a, p.ofAgent("agent-17"));
        assertNotEquals(a, p.ofAgent("agent-18"));
        assertTrue(a.matches("p-[0-9a-f]{16}"), a);
        assertFalse(a.contains("17"));
    }

    @Test
    void without_the_key_a_pseudonym_cannot_be_recomputed() {
        assertNotEquals(new Pseudonyms(key(1)).ofAgent("agent-17"), new Pseudonyms(key(2)).ofAgent("agent-17"));
    }

    @Test
    void an_agent_id_and_a_key_id_that_are_spelled_alike_are_different_people() {
        Pseudonyms p = new Pseudonyms(key(1));
        assertNotEquals(p.ofAgent("desk-7"), p.ofKey("desk-7"));
    }

    @Test
    void ids_written_before_pseudonyms_become_pseudonyms_and_pseudonyms_stay() {
        Pseudonyms p = new Pseudonyms(key(1));
        assertEquals(p.ofKey("agent-initial"), p.ensure("agent-initial"));
        String pseudonym = p.ofKey("agent-initial");
        assertEquals(pseudonym, p.ensure(pseudonym));
        assertEquals("rules", p.ensure("rules"));
    }

    @Test
    void a_short_key_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms(new byte[16]));
    }
}
