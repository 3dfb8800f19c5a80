package io.frontline.alert;

import io.frontline.domain.Action;
import io.frontline.domain.Decision;
import io.frontline.domain.Freeze;
import io.frontline.domain.Outcome;
import io.frontline.domain.Priority;
import io.frontline.domain.Route;
import io.frontline.domain.Signal;
import io.frontline.domain.Subject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertHubTest {
    @Test
    void a_decision_raises_an_alert_only_when_it_escalates_to_a_person_or_freezes() {
        assertTrue(Alert.of(decision(Outcome.ALLOW, List.of(Action.of(Outcome.ALLOW)), false), "acc-1").isEmpty());
        assertTrue(Alert.of(decision(Outcome.WARN, List.of(Action.of(Outcome.WARN)), false), "acc-1").isEmpty());

        Alert held = Alert.of(decision(Outcome.BLOCK_PAYMENT, List.of(Action.of(Outcome.BLOCK_PAYMENT),
                Action.escalate(Route.ANTI_FRAUD_SPECIALIST, Priority.URGENT)), true), "acc-1").orElseThrow();
        assertEquals(Route.ANTI_FRAUD_SPECIALIST, held.route());
        assertEquals(Priority.URGENT, held.priority());
        assertTrue(held.olderCustomer());

        Alert frozen = Alert.of(decision(Outcome.EMERGENCY_FREEZE, List.of(Action.of(Outcome.EMERGENCY_FREEZE)),
                false), "acc-2").orElseThrow();
        assertEquals(null, frozen.route(), "a freeze without an escalation goes to every console");
        assertFalse(frozen.olderCustomer());
    }

    @Test
    void a_watcher_that_comes_back_gets_what_it_missed_then_what_follows_each_once_in_order() {
        AlertHub hub = new AlertHub(a -> "alert " + a.id());
        for (int i = 0; i < 5; i++) {
            hub.raise(freeze("acc-" + i));
        }
        List<Long> seen = new ArrayList<>();
        Runnable stop = hub.watch(3, a -> true, a -> seen.add(a.id()));
        hub.raise(freeze("acc-5"));
        stop.run();
        hub.raise(freeze("acc-6"));
        assertEquals(List.of(4L, 5L, 6L), seen);
        assertEquals(0, hub.watching());
    }

    @Test
    void each_alert_is_kept_and_handed_on_as_rendered_with_its_number_and_not_its_decision() {
        AlertHub hub = new AlertHub(a -> "alert " + a.id() + " " + a.decision().decisionId());
        Alert held = Alert.of(decision(Outcome.BLOCK_PAYMENT, List.of(Action.of(Outcome.BLOCK_PAYMENT),
                Action.escalate(Route.ANTI_FRAUD_SPECIALIST, Priority.URGENT)), false), "acc-1").orElseThrow();
        hub.raise(held);
        Alert kept = hub.raise(held);
        assertEquals("alert 2 " + held.decision().decisionId(), kept.text());
        assertEquals(null, kept.decision(), "the decision behind it is not kept");
        assertEquals(Route.ANTI_FRAUD_SPECIALIST, kept.route(), "what watchers choose by is kept");
        List<String> seen = new ArrayList<>();
        hub.watch(1, a -> true, a -> seen.add(a.text()));
        assertEquals(List.of("alert 2 " + held.decision().decisionId()), seen);
    }

    @Test
    void a_watcher_gets_only_the_alerts_it_asked_for() {
        AlertHub hub = new AlertHub(a -> "alert " + a.id());
        List<String> seen = new ArrayList<>();
        hub.watch(0, a -> "acc-b".equals(a.accountId()), a -> seen.add(a.accountId()));
        hub.raise(freeze("acc-a"));
        hub.raise(freeze("acc-b"));
        assertEquals(List.of("acc-b"), seen);
    }

    @Test
    void only_the_last_thousand_alerts_are_kept_for_watchers_that_come_back() {
        AlertHub hub = new AlertHub(a -> "alert " + a.id());
        for (int i = 0; i < AlertHub.KEPT + 10; i++) {
            hub.raise(freeze("acc-" + i));
        }
        List<Long> seen = new ArrayList<>();
        hub.watch(1, a -> true, a -> seen.add(a.id()));
        assertEquals(AlertHub.KEPT, seen.size());
        assertEquals(11L, seen.get(0));
    }

    private static Alert freeze(String account) {
        return Alert.of(new Freeze(account, Instant.parse("2026-11-24T01:00:00Z"), "customer on a scam call", null,
                "p-0123456789abcdef"));
    }

    private static Decision decision(Outcome outcome, List<Action> actions, boolean older) {
        List<Signal> signals = older ? List.of(new Signal("elderly-customer", Map.of("ageBand", "70-79")))
                : List.of();
        return new Decision("dcs-1", Subject.TRANSACTION, "tx-1", outcome, actions, List.of(), signals, null,
                "rs-1", OffsetDateTime.parse("2026-11-24T09:00:00+08:00"));
    }
}
