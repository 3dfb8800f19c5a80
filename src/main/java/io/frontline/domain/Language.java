package io.frontline.domain;

/** A language frontline speaks to agents and customers in. */
public enum Language implements WireEnum {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    private final String wire;

    Language(String wire) {
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
