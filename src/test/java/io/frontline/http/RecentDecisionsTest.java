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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentDecisionsTest {
    private static TransactionRequest request(String id, BigDecimal amount) {
        return new TransactionRequest(id, OffsetDateTime.parse("2026-11-24T10:00:00+08:00"),
                TransactionType.values()[0], amount, "CNY", PaymentChannel.values()[0],
                new TransactionRequest.Payer("acc-1", null, null), new TransactionRequest.Payee("acc-2", null, null),
                null, null, null, null);
    }

    private static byte[] answer(String id) {
        return ("{\"transactionId\":\"" + id + "\",\"outcome\":\"allow\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_retry_of_the_same_request_gets_the_answer_given_before() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        TransactionRequest r = request("tx-1", new BigDecimal("10.00"));
        assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-1", r).isEmpty());
        recent.complete(Subject.TRANSACTION, "tx-1", r, answer("tx-1"));
        assertArrayEquals(answer("tx-1"),
                recent.replayOrReserve(Subject.TRANSACTION, "tx-1", request("tx-1", new BigDecimal("10"))).orElseThrow());
    }

    @Test
    void the_same_id_for_a_different_request_is_a_conflict() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        recent.replayOrReserve(Subject.TRANSACTION, "tx-1", request("tx-1", BigDecimal.ONE));
        recent.complete(Subject.TRANSACTION, "tx-1", request("tx-1", BigDecimal.ONE), answer("tx-1"));
        HttpFailure f = assertThrows(HttpFailure.class,
                () -> recent.replayOrReserve(Subject.TRANSACTION, "tx-1", request("tx-1", BigDecimal.TEN)));
        assertEquals(409, f.status);
    }

    @Test
    void an_id_being_decided_is_a_conflict_until_released() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        TransactionRequest r = request("c-1", BigDecimal.ONE);
        recent.replayOrReserve(Subject.CONTACT, "c-1", r);
        assertThrows(HttpFailure.class, () -> recent.replayOrReserve(Subject.CONTACT, "c-1", r));
        recent.release(Subject.CONTACT, "c-1");
        assertTrue(recent.replayOrReserve(Subject.CONTACT, "c-1", r).isEmpty());
    }

    @Test
    void subjects_keep_their_ids_apart() {
        RecentDecisions recent = new RecentDecisions(100, 1 << 16);
        TransactionRequest r = request("x-1", BigDecimal.ONE);
        recent.replayOrReserve(Subject.TRANSACTION, "x-1", r);
        recent.complete(Subject.TRANSACTION, "x-1", r, answer("x-1"));
        assertTrue(recent.replayOrReserve(Subject.CONTACT, "x-1", request("x-1", BigDecimal.TEN)).isEmpty());
    }

    @Test
    void an_id_whose_answer_was_written_over_is_forgotten_and_decided_again() {
        RecentDecisions recent = new RecentDecisions(1_000, 2048);
        for (int n = 0; n < 200; n++) {
            TransactionRequest r = request("tx-" + n, BigDecimal.ONE);
            assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-" + n, r).isEmpty());
            recent.complete(Subject.TRANSACTION, "tx-" + n, r, answer("tx-" + n));
        }
        TransactionRequest first = request("tx-0", BigDecimal.TEN); // even a different request: nothing is left to conflict with
        assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-0", first).isEmpty());
        assertArrayEquals(answer("tx-199"),
                recent.replayOrReserve(Subject.TRANSACTION, "tx-199", request("tx-199", BigDecimal.ONE)).orElseThrow());
    }

    @Test
    void no_more_ids_are_kept_than_the_capacity() {
        RecentDecisions recent = new RecentDecisions(10, 1 << 20);
        for (int n = 0; n < 30; n++) {
            TransactionRequest r = request("tx-" + n, BigDecimal.ONE);
            recent.replayOrReserve(Subject.TRANSACTION, "tx-" + n, r);
            recent.complete(Subject.TRANSACTION, "tx-" + n, r, answer("tx-" + n));
        }
        assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-0", request("tx-0", BigDecimal.TEN)).isEmpty());
        assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-29", request("tx-29", BigDecimal.ONE)).isPresent());
    }

    @Test
    void a_capacity_of_zero_remembers_nothing() {
        RecentDecisions recent = new RecentDecisions(0, 1 << 16);
        TransactionRequest r = request("tx-1", BigDecimal.ONE);
        recent.replayOrReserve(Subject.TRANSACTION, "tx-1", r);
        recent.complete(Subject.TRANSACTION, "tx-1", r, answer("tx-1"));
        assertTrue(recent.replayOrReserve(Subject.TRANSACTION, "tx-1", r).isEmpty());
    }
}
