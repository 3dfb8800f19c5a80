package io.frontline.domain;

import java.math.BigDecimal;

/** Fact: the customer whose account is involved (the payer of a transaction, the customer of a contact). */
public final class AccountHolder {
    private final String accountId;
    private final int age;
    private final String ageBand;
    private final boolean elderly;
    private final BigDecimal balance;
    private final boolean frozen;
    private final boolean recentScamContact;

    public AccountHolder(String accountId, int age, String ageBand, boolean elderly, BigDecimal balance,
                         boolean frozen, boolean recentScamContact) {
        this.accountId = accountId;
        this.age = age;
        this.ageBand = ageBand;
        this.elderly = elderly;
        this.balance = balance;
        this.frozen = frozen;
        this.recentScamContact = recentScamContact;
    }

    public String getAccountId() { return accountId; }

    /** Age in whole years, or -1 when the birth year is unknown. */
    public int getAge() { return age; }

    /** One of {@code under-18, 18-59, 60-69, 70-79, 80+, unknown}. */
    public String getAgeBand() { return ageBand; }

    public boolean isAgeKnown() { return age >= 0; }

    /** At or above the configured elderly age. */
    public boolean isElderly() { return elderly; }

    /** Balance before this payment, or null when not sent. */
    public BigDecimal getBalance() { return balance; }

    /** An active freeze stands on this account. */
    public boolean isFrozen() { return frozen; }

    /** A contact with scam signals was recorded for this account within the policy window. */
    public boolean isRecentScamContact() { return recentScamContact; }
}
