package io.frontline.learn;

import io.frontline.domain.WireEnum;

/** What opened a blameless review: every freeze, every override, every confirmed miss. */
public enum ReviewTrigger implements WireEnum {
    FREEZE("freeze"),
    OVERRIDE("override"),
    CONFIRMED_MISS("confirmed-miss");

    private final String wire;

    ReviewTrigger(String wire) {
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
