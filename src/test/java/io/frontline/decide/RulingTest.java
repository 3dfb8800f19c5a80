package io.frontline.decide;

import io.frontline.domain.Action;
import io.frontline.domain.Outcome;
import io.frontline.domain.Priority;
import io.frontline.domain.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rule actions only raise the outcome, and each raise is attributed to its rule. */
class RulingTest {

    @Test
    void the_most_severe_outcome_wins_whatever_the_order() {
        Ruling r = new Ruling();
        r.beginRule("a", "P-1", "甲", "a");
        r.blockPayment();
        r.endRule();
        r.beginRule("b", "P-2", "乙", "b");
        r.warn();
        r.endRule();
        assertEquals(Outcome.BLOCK_PAYMENT, r.outcome());
        assertEquals(List.of(Outcome.BLOCK_PAYMENT, Outcome.WARN), r.reasons().stream().map(x -> x.outcome()).toList());
    }

    @Test
    void escalations_keep_the_highest_priority_per_route_and_a_freeze_also_blocks() {
        Ruling r = new Ruling();
        r.beginRule("a", "P-1", "甲", "a");
        r.escalate("security-team", "high");
        r.escalate("security-team", "urgent");
        r.escalate("security-team", "normal");
        r.emergencyFreeze();
        r.endRule();
        assertEquals(List.of(Action.of(Outcome.EMERGENCY_FREEZE), Action.of(Outcome.BLOCK_PAYMENT),
                Action.escalate(Route.SECURITY_TEAM, Priority.URGENT)), r.actions());
    }

    @Test
    void the_script_follows_the_scam_type_of_the_most_severe_rule() {
        Ruling r = new Ruling();
        r.beginRule("a", "P-1", "甲", "a");
        r.warn();
        r.scamType("advance-fee-loan");
        r.endRule();
        r.beginRule("b", "P-2", "乙", "b");
        r.scamType("police-impersonation");
        r.escalate("anti-fraud-specialist", "urgent");
        r.endRule();
        assertEquals("police-impersonation", r.leadingScamType());
    }

    @Test
    void a_rule_that_raises_nothing_is_fired_but_gives_no_reason() {
        Ruling r = new Ruling();
        r.beginRule("quiet", "P-3", "丙", "c");
        r.evidence("x", 1);
        r.endRule();
        assertEquals(Outcome.ALLOW, r.outcome());
        assertEquals(List.of("quiet"), r.firedRules());
        assertEquals(List.of(), r.reasons());
    }

    @Test
    void an_unknown_route_is_an_error_not_a_silent_allow() {
        Ruling r = new Ruling();
        assertThrows(IllegalArgumentException.class, () -> r.escalate("the-boss", "urgent"));
        assertThrows(IllegalArgumentException.class, () -> r.escalate("expert", "whenever"));
    }
}
