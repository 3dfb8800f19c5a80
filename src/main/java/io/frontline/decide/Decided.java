package io.frontline.decide;

import io.frontline.domain.Decision;

import java.util.List;

/**
 * A decision, the rules that fired to make it (reasons list only the rules that raised the outcome) and how long
 * deciding took.
 */
public record Decided(Decision decision, List<String> firedRules, long nanos) {
    public Decided {
        firedRules = List.copyOf(firedRules);
    }
}
