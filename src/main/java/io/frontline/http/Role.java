package io.frontline.http;

import io.frontline.domain.WireEnum;

/** What an API key may do. {@code admin} may do everything. */
public enum Role implements WireEnum {
    PAYMENT_SYSTEM("payment-system"),
    AGENT("agent"),
    POLICY("policy"),
    REVIEWER("reviewer"),
    ADMIN("admin");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
