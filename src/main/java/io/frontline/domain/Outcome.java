package io.frontline.domain;

/** The outcome ladder: each step is more severe than the one before it. */
public enum Outcome implements WireEnum {
    ALLOW("allow"),
    WARN("warn"),
    ESCALATE("escalate"),
    BLOCK_PAYMENT("block-payment"),
    EMERGENCY_FREEZE("emergency-freeze");

    private final String wire;

    Outcome(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public boolean isAtLeast(Outcome other) {
        return compareTo(other) >= 0;
    }

    public Outcome atLeast(Outcome other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    @Override
    public String toString() {
        return wire;
    }
}
