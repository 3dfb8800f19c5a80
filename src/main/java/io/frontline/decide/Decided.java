package io.frontline.decide;

import io.frontline.domain.Decision;

import java.util.List;

/**
 * A decision, the rules that fired to make it (reasons list only the rules that raised the outcome), how long
 * deciding took, and the facts the rules saw (which the review log can keep, so that another ruleset can be run
 * over them).
 */
public record Decided(Decision decision, List<String> firedRules, long nanos, List<Object> facts) {
    public Decided {
        firedRules = List.copyOf(firedRules);
        facts = List.copyOf(facts);
    }

    /** A decision whose facts are not known. */
    public Decided(Decision decision, List<String> firedRules, long nanos) {
        this(decision, firedRules, nanos, List.of());
    }
}
