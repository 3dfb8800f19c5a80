package io.frontline.domain;

/** Fact: the device a payment came from. */
public final class PaymentDevice {
    private final String id;
    private final boolean known;
    private final boolean newForAccount;
    private final boolean blockListed;

    public PaymentDevice(String id, boolean newForAccount, boolean blockListed) {
        this.id = id;
        this.known = id != null;
        this.newForAccount = newForAccount;
        this.blockListed = blockListed;
    }

    public String getId() { return id; }

    /** The payment system sent a device id. */
    public boolean isKnown() { return known; }

    /** The account has history and this device is not in it. */
    public boolean isNewForAccount() { return newForAccount; }

    public boolean isBlockListed() { return blockListed; }
}
