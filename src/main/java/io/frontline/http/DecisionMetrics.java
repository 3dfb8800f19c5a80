package io.frontline.http;

import io.frontline.decide.DecisionListener;
import io.frontline.domain.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Counts decisions by subject and outcome and rule firings, and times decisions, in Micrometer. */
public final class DecisionMetrics implements DecisionListener {
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Counter> decisions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> firings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> latency = new ConcurrentHashMap<>();

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void decided(Decision decision, List<String> firedRules, long nanos) {
        String subject = decision.subject().wire();
        String outcome = decision.outcome().wire();
        decisions.computeIfAbsent(subject + "/" + outcome, k -> Counter.builder("frontline.decisions")
                .description("Decisions made, by subject and outcome")
                .tag("subject", subject).tag("outcome", outcome).register(registry)).increment();
        for (String rule : firedRules) {
            firings.computeIfAbsent(rule, k -> Counter.builder("frontline.rule.firings")
                    .description("Times each rule fired").tag("rule", rule).register(registry)).increment();
        }
        latency.computeIfAbsent(subject, k -> Timer.builder("frontline.decision.latency")
                .description("Time to decide, from request to decision, excluding HTTP")
                .tag("subject", subject)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(1))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
