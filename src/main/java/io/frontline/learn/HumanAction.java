package io.frontline.learn;

import io.frontline.domain.WireEnum;

/** What the person did with a recommendation. */
public enum HumanAction implements WireEnum {
    FOLLOWED("followed"),
    OVERRODE("overrode"),
    ASKED_EXPERT("asked-expert");

    private final String wire;

    HumanAction(String wire) {
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
