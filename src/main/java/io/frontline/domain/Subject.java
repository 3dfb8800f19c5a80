package io.frontline.domain;

/** What a decision is about. */
public enum Subject implements WireEnum {
    TRANSACTION("transaction"),
    CONTACT("contact");

    private final String wire;

    Subject(String wire) {
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
