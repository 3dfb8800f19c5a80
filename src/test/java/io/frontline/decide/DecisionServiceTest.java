package io.frontline.decide;

import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.domain.Outcome;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions that must hold whatever the client sends or however requests interleave. */
class DecisionServiceTest {
    static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

    private static DecisionService service(AccountMemory memory) {
        return new DecisionService(RulesetSource.of(StarterPolicy.ruleset()), StarterPolicy.intel().intel(), memory,
                DetectorSettings.DEFAULTS, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), DecisionListener.NONE);
    }

    private static TransactionRequest tx(String json) {
        return RequestReader.transaction(Json.parseObject(json.getBytes()));
    }

    private static TransactionRequest payment(String id, String amount, String currency, String payee, String time) {
        return tx("""
                {"transactionId": "%s", "occurredAt": "%s", "type": "transfer", "amount": "%s", "currency": "%s",
                 "payer": {"accountId": "acc-s1", "birthYear": 1950}, "payee": {"accountId": "%s"}}"""
                .formatted(id, time, amount, currency, payee));
    }

    @Test
    void a_small_test_payment_does_not_make_the_large_one_after_it_look_familiar() {
        DecisionService s = service(new AccountMemory(1000));
        assertEquals(Outcome.ALLOW, s.decide(payment("t1", "1.00", "CNY", "p-new", "2026-11-22T13:55:00+08:00"))
                .decision().outcome());
        assertEquals(Outcome.BLOCK_PAYMENT, s.decide(payment("t2", "50000.00", "CNY", "p-new",
                "2026-11-22T14:00:00+08:00")).decision().outcome());
    }

    @Test
    void amounts_in_other_currencies_meet_the_same_thresholds_and_unknown_currencies_are_refused() {
        DecisionService s = service(new AccountMemory(1000));
        assertEquals(Outcome.BLOCK_PAYMENT, s.decide(payment("t3", "8000.00", "USD", "p-usd",
                "2026-11-22T14:00:00+08:00")).decision().outcome(), "8,000 USD is over 50,000 CNY");
        UnsupportedRequestException e = assertThrows(UnsupportedRequestException.class, () -> s.decide(
                payment("t4", "8000.00", "XAU", "p-gold", "2026-11-22T14:00:00+08:00")));
        assertEquals("currency", e.field());
    }

    @Test
    void a_request_time_far_from_the_clock_cannot_change_the_customer_age_or_leave_a_window() {
        DecisionService s = service(new AccountMemory(1000));
        TransactionRequest old = payment("t5", "50000.00", "CNY", "p-old", "2000-01-01T10:00:00+08:00");
        assertEquals(Outcome.BLOCK_PAYMENT, s.decide(old).decision().outcome(),
                "born 1950 is 76 now, not 49 in 2000");
    }

    @Test
    void night_is_read_in_the_configured_zone_whatever_offset_the_time_is_written_in() {
        DecisionService a = service(new AccountMemory(1000));
        DecisionService b = service(new AccountMemory(1000));
        String same = "2026-11-22T02:10:00+08:00";
        String sameInUtc = "2026-11-21T18:10:00Z";
        assertEquals(a.decide(payment("t6", "10.00", "CNY", "p", same)).decision().signals().stream()
                        .anyMatch(x -> x.kind().equals("night-activity")),
                b.decide(payment("t6", "10.00", "CNY", "p", sameInUtc)).decision().signals().stream()
                        .anyMatch(x -> x.kind().equals("night-activity")));
    }

    @Test
    void a_freeze_stands_however_many_other_accounts_pass_through_the_memory() {
        AccountMemory memory = new AccountMemory(2);
        memory.setFrozen("acc-frozen", true);
        DecisionService s = service(memory);
        for (int i = 0; i < 10; i++) {
            s.decide(tx("""
                    {"transactionId": "o%d", "amount": "5.00", "currency": "CNY",
                     "payer": {"accountId": "other-%d"}, "payee": {"accountId": "p"}}""".formatted(i, i)));
        }
        assertEquals(Outcome.BLOCK_PAYMENT, s.decide(tx("""
                {"transactionId": "f1", "amount": "5.00", "currency": "CNY",
                 "payer": {"accountId": "acc-frozen"}, "payee": {"accountId": "p"}}""")).decision().outcome());
    }

    @Test
    void concurrent_payments_of_one_account_each_see_the_one_before() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int trial = 0; trial < 200; trial++) {
                DecisionService s = service(new AccountMemory(1000));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Outcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    String id = "b" + trial + "-" + i;
                    TransactionRequest r = tx("""
                            {"transactionId": "%s", "occurredAt": "2026-11-22T14:00:00+08:00", "amount": "300.00",
                             "currency": "CNY", "payer": {"accountId": "acc-burst"}, "payee": {"accountId": "%s"}}"""
                            .formatted(id, "new-" + i));
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return s.decide(r).decision().outcome();
                    }));
                }
                go.countDown();
                long blocked = 0;
                for (Future<Outcome> f : outcomes) {
                    blocked += f.get() == Outcome.BLOCK_PAYMENT ? 1 : 0;
                }
                assertEquals(1, blocked, "exactly the third payment to a new payee within minutes is blocked");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(true);
    }
}
