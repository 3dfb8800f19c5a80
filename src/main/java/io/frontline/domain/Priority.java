package io.frontline.domain;

/** How fast the escalation route must act. */
public enum Priority implements WireEnum {
    NORMAL("normal"),
    HIGH("high"),
    URGENT("urgent");

    private final String wire;

    Priority(String wire) {
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
