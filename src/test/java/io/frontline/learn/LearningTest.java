package io.frontline.learn;

import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningTest {
    private static final Instant AT = Instant.parse("2026-11-22T02:13:00Z");

    private static LoggedDecision decision(String id, Outcome outcome, String... rules) {
        return new LoggedDecision(id, Subject.TRANSACTION, outcome, "rs-1", List.of(rules), "acc-1", AT);
    }

    private static Feedback feedback(String id, HumanAction action, Finding finding) {
        return new Feedback(id, action, finding, "", "p-0123456789abcdef", AT.plusSeconds(60));
    }

    @Test
    void an_emergency_freeze_decision_opens_a_freeze_review_named_by_its_log_entry() {
        Learning learning = new Learning();
        learning.decided(decision("dcs-1", Outcome.EMERGENCY_FREEZE, "Account being emptied"), 7);
        Review r = learning.review("rev-7").orElseThrow();
        assertEquals(ReviewTrigger.FREEZE, r.trigger());
        assertEquals("dcs-1", r.decisionId());
        assertEquals("rules", r.actor());
        assertEquals(ReviewStatus.OPEN, r.status());
    }

    @Test
    void an_agents_freeze_opens_a_review_without_a_decision() {
        Learning learning = new Learning();
        Review r = learning.frozen("acc-9", "remote-control app", null, "p-aa", AT, "rs-1", 3);
        assertEquals("rev-3", r.id());
        assertNull(r.decisionId());
        assertTrue(r.whatHappened().contains("remote-control app"));
    }

    @Test
    void fraud_confirmed_on_a_warn_is_a_confirmed_miss_and_an_override_is_reviewed_too() {
        Learning learning = new Learning();
        LoggedDecision warned = decision("dcs-2", Outcome.WARN, "Unusual amount");
        assertEquals(ReviewTrigger.CONFIRMED_MISS, learning.feedback(warned,
                feedback("dcs-2", HumanAction.FOLLOWED, Finding.FRAUD_CONFIRMED), 10).orElseThrow().trigger());
        LoggedDecision blocked = decision("dcs-3", Outcome.BLOCK_PAYMENT, "Unusual amount");
        assertEquals(ReviewTrigger.OVERRIDE, learning.feedback(blocked,
                feedback("dcs-3", HumanAction.OVERRODE, Finding.FALSE_POSITIVE), 11).orElseThrow().trigger());
        assertTrue(learning.feedback(blocked, feedback("dcs-3", HumanAction.OVERRODE, Finding.UNKNOWN), 12).isEmpty(),
                "one override review per decision");
        assertTrue(learning.feedback(decision("dcs-4", Outcome.BLOCK_PAYMENT), feedback("dcs-4",
                HumanAction.FOLLOWED, Finding.FRAUD_CONFIRMED), 13).isEmpty(), "a block that held is no miss");
        assertEquals(2, learning.reviews(ReviewStatus.OPEN).size());
    }

    @Test
    void the_report_counts_each_decision_once_with_its_latest_feedback() {
        Learning learning = new Learning();
        LoggedDecision d = decision("dcs-5", Outcome.BLOCK_PAYMENT, "Large first payment", "Elderly payer");
        learning.decided(d, 1);
        learning.decided(decision("dcs-6", Outcome.BLOCK_PAYMENT, "Large first payment"), 2);
        learning.feedback(d, feedback("dcs-5", HumanAction.OVERRODE, Finding.FALSE_POSITIVE), 3);
        learning.feedback(d, feedback("dcs-5", HumanAction.FOLLOWED, Finding.FRAUD_CONFIRMED), 4);
        RuleReport.Row large = learning.ruleReport().stream().filter(r -> r.rule().equals("Large first payment"))
                .findFirst().orElseThrow();
        assertEquals(2, large.hits());
        assertEquals(Map.of(Outcome.BLOCK_PAYMENT, 2L), large.outcomes());
        assertEquals(0, large.overrides(), "the later feedback replaced the override");
        assertEquals(1, large.fraudConfirmed());
        assertEquals(0, large.falsePositives());
        assertEquals(1.0, large.precision());
    }

    @Test
    void the_report_by_day_shows_what_each_rule_did_on_each_day() {
        Learning learning = new Learning();
        learning.decided(decision("dcs-11", Outcome.WARN, "Unusual amount"), 1);
        learning.decided(new LoggedDecision("dcs-12", Subject.TRANSACTION, Outcome.WARN, "rs-1",
                List.of("Unusual amount"), "acc-1", AT.plus(java.time.Duration.ofDays(1))), 2);
        learning.decided(new LoggedDecision("dcs-13", Subject.TRANSACTION, Outcome.ESCALATE, "rs-1",
                List.of("Unusual amount"), "acc-1", AT.plus(java.time.Duration.ofDays(1))), 3);
        List<RuleReport.Row> days = learning.ruleReportByDay();
        assertEquals(2, days.size());
        assertEquals(java.time.LocalDate.of(2026, 11, 22), days.get(0).day());
        assertEquals(1, days.get(0).hits());
        assertEquals(java.time.LocalDate.of(2026, 11, 23), days.get(1).day());
        assertEquals(Map.of(Outcome.WARN, 1L, Outcome.ESCALATE, 1L), days.get(1).outcomes());
        assertEquals(null, learning.ruleReport().get(0).day(), "the totals name no day");
        assertEquals(3, learning.ruleReport().get(0).hits());
    }

    @Test
    void a_rule_that_fires_once_per_scam_type_counts_once_per_decision() {
        Learning learning = new Learning();
        LoggedDecision d = decision("dcs-7", Outcome.ESCALATE, "Scam wording in the memo", "Scam wording in the memo");
        learning.decided(d, 1);
        learning.feedback(d, feedback("dcs-7", HumanAction.FOLLOWED, Finding.FRAUD_CONFIRMED), 2);
        RuleReport.Row row = learning.ruleReport().get(0);
        assertEquals(1, row.hits());
        assertEquals(Map.of(Outcome.ESCALATE, 1L), row.outcomes());
        assertEquals(1, row.fraudConfirmed());
    }

    @Test
    void retention_forgets_the_reviews_and_feedback_of_purged_entries_and_the_report_days_before() {
        Learning learning = new Learning();
        LoggedDecision old = decision("dcs-8", Outcome.WARN, "Unusual amount");
        learning.decided(old, 1);
        learning.feedback(old, feedback("dcs-8", HumanAction.OVERRODE, Finding.FALSE_POSITIVE), 2);
        learning.frozen("acc-9", "why", null, "p-aa", AT, "rs-1", 3);
        learning.forget(2, java.time.LocalDate.of(2026, 11, 23));
        assertTrue(learning.review("rev-2").isEmpty());
        assertTrue(learning.review("rev-3").isPresent(), "entry 3 was kept");
        assertTrue(learning.feedbackOn("dcs-8").isEmpty());
        assertTrue(learning.ruleReport().isEmpty(), "the decision's day is before the first day kept");
    }

    @Test
    void a_reviewer_changes_only_what_is_sent() {
        Learning learning = new Learning();
        learning.frozen("acc-9", "why", null, "p-aa", AT, "rs-1", 3);
        learning.reviewed("rev-3", new ReviewUpdate(null, List.of(ContributingFactor.PROCESS_DELAY), "lesson", null,
                null), "p-bb", AT.plusSeconds(5));
        Review r = learning.reviewed("rev-3", new ReviewUpdate(null, null, null, List.of("follow up"),
                ReviewStatus.CLOSED), "p-cc", AT.plusSeconds(9)).orElseThrow();
        assertEquals(List.of(ContributingFactor.PROCESS_DELAY), r.factors());
        assertEquals("lesson", r.lessons());
        assertEquals(List.of("follow up"), r.followUps());
        assertEquals(ReviewStatus.CLOSED, r.status());
        assertEquals("p-cc", r.updatedBy());
        assertTrue(learning.reviewed("rev-404", new ReviewUpdate("x", null, null, null, null), "p", AT).isEmpty());
    }
}
