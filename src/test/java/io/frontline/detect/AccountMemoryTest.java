package io.frontline.detect;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-account history behind first-time payees, typical amounts, bursts and new devices. */
class AccountMemoryTest {
    static final Instant T = Instant.parse("2026-11-22T06:00:00Z");

    @Test
    void typical_and_largest_amounts_come_from_payments_that_went_through() {
        AccountMemory m = new AccountMemory(10);
        m.recordPayment("a", "p1", "d", new BigDecimal("100"), T.minus(Duration.ofDays(3)), true);
        m.recordPayment("a", "p1", "d", new BigDecimal("120"), T.minus(Duration.ofDays(2)), true);
        m.recordPayment("a", "p2", "d", new BigDecimal("90000"), T.minus(Duration.ofDays(2)), false);
        m.recordPayment("a", "p1", "d", new BigDecimal("110"), T.minus(Duration.ofDays(1)), true);
        AccountMemory.PaymentView v = m.viewPayment("a", "p1", "d", T);
        assertEquals(new BigDecimal("110"), v.typicalAmount());
        assertEquals(new BigDecimal("120"), v.largestAmount());
        assertTrue(v.payeeKnown());
        assertFalse(m.viewPayment("a", "p2", "d", T).payeeKnown(), "a blocked payee stays unknown");
    }

    @Test
    void payments_older_than_ninety_days_no_longer_count() {
        AccountMemory m = new AccountMemory(10);
        for (int i = 0; i < 3; i++) {
            m.recordPayment("a", "p", "d", new BigDecimal("50"), T.minus(Duration.ofDays(100 + i)), true);
        }
        assertNull(m.viewPayment("a", "p", "d", T).typicalAmount());
    }

    @Test
    void a_device_never_used_for_a_payment_that_went_through_stays_new() {
        AccountMemory m = new AccountMemory(10);
        m.recordPayment("a", "p", "own", new BigDecimal("50"), T.minus(Duration.ofDays(10)), true);
        m.recordPayment("a", "p", "attacker", new BigDecimal("50"), T.minus(Duration.ofDays(5)), false);
        assertTrue(m.viewPayment("a", "p", "attacker", T).deviceNew());
        assertFalse(m.viewPayment("a", "p", "own", T).deviceNew());
    }

    @Test
    void idle_accounts_expire_but_freezes_and_scam_marks_do_not_go_with_them() {
        AccountMemory m = new AccountMemory(10);
        m.recordPayment("idle", "p", "d", new BigDecimal("50"), T.minus(Duration.ofDays(120)), true);
        m.recordPayment("busy", "p", "d", new BigDecimal("50"), T.minus(Duration.ofDays(1)), true);
        m.setFrozen("idle", true);
        assertEquals(1, m.expireIdle(T));
        assertEquals(1, m.size());
        assertTrue(m.isFrozen("idle"));
    }

    @Test
    void a_release_lifts_the_freeze_it_names_and_not_one_that_came_after() {
        AccountMemory memory = new AccountMemory(10);
        java.time.Instant t0 = java.time.Instant.parse("2026-11-20T10:00:00Z");
        memory.freeze(new io.frontline.domain.Freeze("acc-1", t0, "first", null, "p-aa"));
        memory.freeze(new io.frontline.domain.Freeze("acc-1", t0.plusSeconds(5), "second", null, "p-bb"));
        assertEquals("first", memory.freezeOf("acc-1").orElseThrow().reason(), "the first freeze stands");
        org.junit.jupiter.api.Assertions.assertFalse(memory.release("acc-1", t0.plusSeconds(5)));
        org.junit.jupiter.api.Assertions.assertTrue(memory.isFrozen("acc-1"));
        org.junit.jupiter.api.Assertions.assertTrue(memory.release("acc-1", t0));
        org.junit.jupiter.api.Assertions.assertFalse(memory.isFrozen("acc-1"));
    }
}
