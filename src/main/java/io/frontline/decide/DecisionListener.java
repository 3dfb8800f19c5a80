package io.frontline.decide;

import io.frontline.domain.Decision;

import java.util.List;

/** Told about every decision made (metrics, the review log). */
public interface DecisionListener {
    DecisionListener NONE = (decision, firedRules, nanos) -> { };

    void decided(Decision decision, List<String> firedRules, long nanos);
}
