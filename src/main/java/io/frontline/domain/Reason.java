package io.frontline.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Why a rule raised the outcome: its situation name, policy id, message and the evidence it saw. */
public record Reason(String rule, String policy, Outcome outcome, Message message, Map<String, Object> evidence) {

    public Reason {
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** The reason in words, in Simplified Chinese and English. */
    public record Message(String zhHans, String en) {}
}
