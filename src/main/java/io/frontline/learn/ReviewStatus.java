package io.frontline.learn;

import io.frontline.domain.WireEnum;

/** Whether a review still needs work. */
public enum ReviewStatus implements WireEnum {
    OPEN("open"),
    CLOSED("closed");

    private final String wire;

    ReviewStatus(String wire) {
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
