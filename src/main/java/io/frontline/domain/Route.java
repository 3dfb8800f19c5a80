package io.frontline.domain;

/** Where an escalation goes. */
public enum Route implements WireEnum {
    HUMAN_AGENT("human-agent"),
    ANTI_FRAUD_SPECIALIST("anti-fraud-specialist"),
    SECURITY_TEAM("security-team"),
    EXPERT("expert");

    private final String wire;

    Route(String wire) {
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
