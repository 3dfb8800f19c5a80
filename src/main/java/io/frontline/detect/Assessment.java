package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.Signal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the detectors made of one request: the facts for the rules, the signals for the decision, the language
 * of the agent script, and for a payment its amount in CNY.
 */
public record Assessment(List<Object> facts, List<Signal> signals, Language language, BigDecimal amount) {
    public Assessment(List<Object> facts, List<Signal> signals, Language language) {
        this(facts, signals, language, null);
    }

    public Assessment {
        facts = List.copyOf(facts);
        signals = List.copyOf(signals);
    }
}
