package io.frontline.learn;

import io.frontline.domain.WireEnum;

/** What turned out: whether it was fraud. */
public enum Finding implements WireEnum {
    FRAUD_CONFIRMED("fraud-confirmed"),
    FALSE_POSITIVE("false-positive"),
    UNKNOWN("unknown");

    private final String wire;

    Finding(String wire) {
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
