package io.frontline.domain;

/** Fact: the account a transaction pays. */
public final class Payee {
    private final String accountId;
    private final String category;
    private final boolean firstTime;
    private final boolean blockListed;
    private final boolean allowListed;

    public Payee(String accountId, String category, boolean firstTime, boolean blockListed, boolean allowListed) {
        this.accountId = accountId;
        this.category = category == null ? "" : category;
        this.firstTime = firstTime;
        this.blockListed = blockListed;
        this.allowListed = allowListed;
    }

    public String getAccountId() { return accountId; }

    /** Free-form category the payment system gave ("charity", "merchant", ...), empty when not sent. */
    public String getCategory() { return category; }

    /** The payer has never paid this payee as far as frontline has seen. */
    public boolean isFirstTime() { return firstTime; }

    public boolean isBlockListed() { return blockListed; }

    public boolean isAllowListed() { return allowListed; }
}
