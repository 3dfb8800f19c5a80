package io.frontline.http;

import io.frontline.domain.PaymentChannel;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.TransactionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentDecisionsTest {
    private static final Subject TX = Subject.TRANSACTION;

    private static TransactionRequest request(String id, BigDecimal amount) {
        return new TransactionRequest(id, OffsetDateTime.parse("2026-11-24T10:00:00+08:00"),
                TransactionType.values()[0], amount, "CNY", PaymentChannel.values()[0],
                new TransactionRequest.Payer("acc-1", null, null), new TransactionRequest.Payee("acc-2", null, null),
                null, null, null, null);
    }

    private static byte[] answer(String text) {
        return ("{\"answer\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Reserves and answers one request. */
    private static void decide(RecentDecisions recent, Subject subject, TransactionRequest r, String answer) {
        RecentDecisions.Claim claim = recent.replayOrReserve(subject, r.transactionId(), r);
        assertFalse(claim.replays());
        recent.complete(claim, answer(answer));
    }

    @Test
    void a_retry_of_the_same_request_gets_the_answer_given_before() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        decide(recent, TX, request("tx-1", new BigDecimal("10.00")), "first");
        RecentDecisions.Claim retry = recent.replayOrReserve(TX, "tx-1", request("tx-1", new BigDecimal("10")));
        assertTrue(retry.replays());
        assertArrayEquals(answer("first"), retry.earlier());
    }

    @Test
    void the_same_id_for_a_different_request_is_a_conflict() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        decide(recent, TX, request("tx-1", BigDecimal.ONE), "first");
        HttpFailure f = assertThrows(HttpFailure.class,
                () -> recent.replayOrReserve(TX, "tx-1", request("tx-1", BigDecimal.TEN)));
        assertEquals(409, f.status);
    }

    @Test
    void an_id_being_decided_is_a_conflict_until_released() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        TransactionRequest r = request("c-1", BigDecimal.ONE);
        RecentDecisions.Claim claim = recent.replayOrReserve(Subject.CONTACT, "c-1", r);
        assertThrows(HttpFailure.class, () -> recent.replayOrReserve(Subject.CONTACT, "c-1", r));
        recent.release(claim);
        assertFalse(recent.replayOrReserve(Subject.CONTACT, "c-1", r).replays());
    }

    @Test
    void subjects_keep_their_ids_and_their_capacity_apart() {
        RecentDecisions recent = new RecentDecisions(10, 1 << 20);
        decide(recent, Subject.CONTACT, request("x-1", BigDecimal.ONE), "contact");
        for (int n = 0; n < 50; n++) { // a burst of payments pushes out no contact
            decide(recent, TX, request("tx-" + n, BigDecimal.ONE), "payment " + n);
        }
        assertFalse(recent.replayOrReserve(TX, "x-1", request("x-1", BigDecimal.TEN)).replays());
        assertArrayEquals(answer("contact"),
                recent.replayOrReserve(Subject.CONTACT, "x-1", request("x-1", BigDecimal.ONE)).earlier());
    }

    @Test
    void an_id_whose_answer_was_written_over_is_forgotten_and_decided_again() {
        RecentDecisions recent = new RecentDecisions(1_000, 2048);
        for (int n = 0; n < 200; n++) {
            decide(recent, TX, request("tx-" + n, BigDecimal.ONE), "payment " + n);
        }
        // even a different request: nothing is left to conflict with
        assertFalse(recent.replayOrReserve(TX, "tx-0", request("tx-0", BigDecimal.TEN)).replays());
        assertArrayEquals(answer("payment 199"),
                recent.replayOrReserve(TX, "tx-199", request("tx-199", BigDecimal.ONE)).earlier());
    }

    @Test
    void no_more_ids_are_kept_than_the_capacity() {
        RecentDecisions recent = new RecentDecisions(10, 1 << 20);
        for (int n = 0; n < 30; n++) {
            decide(recent, TX, request("tx-" + n, BigDecimal.ONE), "payment " + n);
        }
        assertFalse(recent.replayOrReserve(TX, "tx-0", request("tx-0", BigDecimal.TEN)).replays());
        assertTrue(recent.replayOrReserve(TX, "tx-29", request("tx-29", BigDecimal.ONE)).replays());
    }

    @Test
    void a_reservation_pushed_out_never_gives_its_answer_to_another_request_with_the_same_id() {
        RecentDecisions recent = new RecentDecisions(1, 1 << 16);
        TransactionRequest a = request("tx-1", BigDecimal.ONE);
        TransactionRequest b = request("tx-1", BigDecimal.TEN);
        RecentDecisions.Claim claimA = recent.replayOrReserve(TX, "tx-1", a);
        decide(recent, TX, request("tx-2", BigDecimal.ONE), "other"); // pushes tx-1's reservation out
        RecentDecisions.Claim claimB = recent.replayOrReserve(TX, "tx-1", b);
        recent.complete(claimB, answer("b"));
        recent.complete(claimA, answer("a"));
        assertArrayEquals(answer("b"), recent.replayOrReserve(TX, "tx-1", b).earlier());
    }

    @Test
    void a_released_reservation_of_another_request_leaves_no_answer_behind_for_it() {
        RecentDecisions recent = new RecentDecisions(1, 1 << 16);
        TransactionRequest a = request("tx-1", BigDecimal.ONE);
        TransactionRequest b = request("tx-1", BigDecimal.TEN);
        RecentDecisions.Claim claimA = recent.replayOrReserve(TX, "tx-1", a);
        decide(recent, TX, request("tx-2", BigDecimal.ONE), "other");
        RecentDecisions.Claim claimB = recent.replayOrReserve(TX, "tx-1", b);
        recent.complete(claimA, answer("a")); // b's reservation stands: a's answer is not kept for it
        recent.release(claimB);
        assertFalse(recent.replayOrReserve(TX, "tx-1", b).replays(), "b is decided, not answered with a's decision");
    }

    @Test
    void a_capacity_of_zero_remembers_nothing() {
        RecentDecisions recent = new RecentDecisions(0, 1 << 16);
        TransactionRequest r = request("tx-1", BigDecimal.ONE);
        recent.complete(recent.replayOrReserve(TX, "tx-1", r), answer("first"));
        assertFalse(recent.replayOrReserve(TX, "tx-1", r).replays());
    }
}
