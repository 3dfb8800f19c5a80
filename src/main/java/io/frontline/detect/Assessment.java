package io.frontline.detect;

import io.frontline.domain.Language;
import io.frontline.domain.Signal;

import java.util.List;

/** What the detectors made of one request: the facts for the rules and the signals for the decision. */
public record Assessment(List<Object> facts, List<Signal> signals, Language language) {
    public Assessment {
        facts = List.copyOf(facts);
        signals = List.copyOf(signals);
    }
}
