package io.frontline.domain;

/** Where a payment was started. */
public enum PaymentChannel implements WireEnum {
    APP("app"),
    WEB("web"),
    POS("pos"),
    API("api"),
    COUNTER("counter");

    private final String wire;

    PaymentChannel(String wire) {
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
