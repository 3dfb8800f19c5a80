package io.frontline.decide;

import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShadowRunTest {

    /** A candidate that warns on every fact it is given, firing one rule. */
    private static final Ruleset WARNS = new Ruleset() {
        @Override
        public String version() {
            return "rs-candidate";
        }

        @Override
        public ScriptBook scripts() {
            return ScriptBook.EMPTY;
        }

        @Override
        public void evaluate(Collection<Object> facts, Ruling ruling) {
            ruling.beginRule("Candidate warns", "C-1", "警告", "Warns");
            ruling.warn();
            ruling.endRule();
        }
    };

    @Test
    void the_comparison_counts_transitions_rule_hits_and_keeps_the_changed_decisions_as_samples() {
        RulesetComparison c = new RulesetComparison();
        c.record("d1", Subject.TRANSACTION, Outcome.ALLOW, List.of(), Outcome.WARN, List.of("New"));
        c.record("d2", Subject.TRANSACTION, Outcome.WARN, List.of("Old"), Outcome.WARN, List.of("Old"));
        c.record("d3", Subject.CONTACT, Outcome.ESCALATE, List.of("Old", "Old"), Outcome.WARN, List.of("New"));

        RulesetComparison.Report r = c.report();
        assertEquals(3, r.compared());
        assertEquals(2, r.changed());
        assertEquals(List.of(new RulesetComparison.Transition(Outcome.ALLOW, Outcome.WARN, 1),
                new RulesetComparison.Transition(Outcome.WARN, Outcome.WARN, 1),
                new RulesetComparison.Transition(Outcome.ESCALATE, Outcome.WARN, 1)), r.transitions());
        assertEquals(List.of(new RulesetComparison.RuleHits("New", 0, 2), new RulesetComparison.RuleHits("Old", 2, 1)),
                r.rules(), "a rule counts once per decision");
        assertEquals(List.of("d1", "d3"), r.samples().stream().map(RulesetComparison.Sample::decisionId).toList());
        assertEquals(List.of("Old"), r.samples().get(1).rulesRemoved());
    }

    @Test
    void a_run_compares_every_decision_handed_over_until_it_ends_and_then_takes_no_more() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        ShadowRun run = new ShadowRun("dft-1", WARNS, "rs-live", now.get().plus(Duration.ofMinutes(5)), "p-1", clock);
        for (int i = 0; i < 50; i++) {
            assertTrue(run.offer("d" + i, Subject.TRANSACTION, List.of(), Outcome.ALLOW, List.of()));
        }
        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertFalse(run.offer("late", Subject.TRANSACTION, List.of(), Outcome.ALLOW, List.of()));
        assertEquals(ShadowRun.Status.FINISHED, run.status());

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (run.report().comparison().compared() < 50 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ShadowRun.Report report = run.report();
        assertEquals(50, report.comparison().compared(), "decisions handed over before the end are still compared");
        assertEquals(50, report.comparison().changed());
        assertEquals("rs-candidate", report.candidateVersion());
        assertEquals("rs-live", report.liveVersion());
        assertEquals(0, report.skipped());
    }
}
