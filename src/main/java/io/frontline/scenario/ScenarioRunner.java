package io.frontline.scenario;

import io.frontline.decide.Decided;
import io.frontline.decide.DecisionListener;
import io.frontline.decide.DecisionService;
import io.frontline.decide.Ruleset;
import io.frontline.decide.RulesetSource;
import io.frontline.detect.AccountMemory;
import io.frontline.detect.DetectorSettings;
import io.frontline.detect.Intel;
import io.frontline.domain.Action;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Decision;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.domain.Signal;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.RequestReader;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scenarios against a ruleset, each in a fresh memory so that scenarios never see each other. The
 * clock stands at each request's own time, or at {@link #NOW} when a request carries none.
 */
public final class ScenarioRunner {
    public static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    private final Ruleset ruleset;
    private final Intel intel;
    private final DetectorSettings settings;

    public ScenarioRunner(Ruleset ruleset, Intel intel, DetectorSettings settings) {
        this.ruleset = ruleset;
        this.intel = intel;
        this.settings = settings;
    }

    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario s) {
        AccountMemory memory = new AccountMemory(10_000);
        s.frozen().forEach(account -> memory.setFrozen(account, true));
        RulesetSource source = RulesetSource.of(ruleset);
        ScenarioClock clock = new ScenarioClock(settings.zone() == null ? ZoneOffset.UTC : settings.zone());
        DecisionService service = new DecisionService(source, intel, memory, settings, clock, DecisionListener.NONE);
        Decided decided;
        try {
            for (var h : s.history()) {
                TransactionRequest r = RequestReader.transaction(h);
                clock.at(r.occurredAt());
                service.decide(r);
            }
            for (var c : s.contacts()) {
                ContactRequest r = RequestReader.contact(c);
                clock.at(r.receivedAt());
                service.decide(r);
            }
            decided = switch (s.subject()) {
                case TRANSACTION -> {
                    TransactionRequest r = RequestReader.transaction(s.request());
                    clock.at(r.occurredAt());
                    yield service.decide(r);
                }
                case CONTACT -> {
                    ContactRequest r = RequestReader.contact(s.request());
                    clock.at(r.receivedAt());
                    yield service.decide(r);
                }
            };
        } catch (InvalidPayloadException e) {
            return new ScenarioResult(s, "", List.of(), List.of("invalid request: " + e.errors()));
        } catch (UnsupportedRequestException e) {
            return new ScenarioResult(s, "", List.of(), List.of("unsupported request: " + e.getMessage()));
        }
        return new ScenarioResult(s, decided.decision().outcome().wire(), decided.firedRules(),
                compare(s.expect(), decided));
    }

    /** A clock standing at each scenario request's own time (or {@link #NOW} for requests without one). */
    private static final class ScenarioClock extends Clock {
        private final ZoneId zone;
        private Instant now = NOW;

        ScenarioClock(ZoneId zone) {
            this.zone = zone;
        }

        void at(OffsetDateTime time) {
            now = time == null ? NOW : time.toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            ScenarioClock c = new ScenarioClock(other);
            c.now = now;
            return c;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> compare(Scenario.Expectation e, Decided decided) {
        Decision d = decided.decision();
        List<String> failures = new ArrayList<>();
        if (!e.outcome().equals(d.outcome().wire())) {
            failures.add("expected outcome " + e.outcome() + " but was " + d.outcome().wire()
                    + " (fired: " + decided.firedRules() + ")");
        }
        for (String rule : e.rules()) {
            if (!decided.firedRules().contains(rule)) {
                failures.add("expected rule \"" + rule + "\" to fire; fired: " + decided.firedRules());
            }
        }
        for (String rule : e.notRules()) {
            if (decided.firedRules().contains(rule)) {
                failures.add("rule \"" + rule + "\" fired but must not");
            }
        }
        List<String> kinds = d.signals().stream().map(Signal::kind).toList();
        for (String kind : e.signals()) {
            if (!kinds.contains(kind)) {
                failures.add("expected signal " + kind + "; signals: " + kinds);
            }
        }
        if (e.scamType() != null) {
            String actual = d.script() == null ? null : d.script().scamType();
            if (!e.scamType().equals(actual)) {
                failures.add("expected a script for " + e.scamType() + " but got " + actual);
            }
        }
        if (e.route() != null && d.actions().stream().map(Action::route)
                .noneMatch(r -> r != null && r.wire().equals(e.route()))) {
            failures.add("expected an escalation to " + e.route() + "; actions: " + d.actions());
        }
        return failures;
    }
}
