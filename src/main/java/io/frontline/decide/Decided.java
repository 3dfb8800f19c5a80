package io.frontline.decide;

import io.frontline.domain.Decision;

import java.util.List;

/** A decision and the rules that fired to make it (reasons list only the rules that raised the outcome). */
public record Decided(Decision decision, List<String> firedRules) {
    public Decided {
        firedRules = List.copyOf(firedRules);
    }
}
