package io.frontline.domain;

/** How a customer reached customer service. */
public enum ContactChannel implements WireEnum {
    PHONE("phone"),
    CHAT("chat"),
    BOT("bot"),
    EMAIL("email"),
    SMS_REPORT("sms-report"),
    APP_REPORT("app-report");

    private final String wire;

    ContactChannel(String wire) {
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
