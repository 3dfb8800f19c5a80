package io.frontline.learn;

import io.frontline.domain.WireEnum;

/** Why a decision went as it did, from a fixed taxonomy: the system and the process, never a person. */
public enum ContributingFactor implements WireEnum {
    RULE_GAP("rule-gap"),
    MISSING_DATA("missing-data"),
    TOOL_UNAVAILABLE("tool-unavailable"),
    PROCESS_DELAY("process-delay"),
    UNCLEAR_SCRIPT("unclear-script"),
    NEW_SCAM_PATTERN("new-scam-pattern"),
    OTHER("other");

    private final String wire;

    ContributingFactor(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }
}
