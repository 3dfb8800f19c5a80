package io.frontline.domain;

/** The kind of money movement a payment system asks about. */
public enum TransactionType implements WireEnum {
    TRANSFER("transfer"),
    PAYMENT("payment"),
    DONATION("donation"),
    WITHDRAWAL("withdrawal"),
    TOP_UP("top-up");

    private final String wire;

    TransactionType(String wire) {
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
