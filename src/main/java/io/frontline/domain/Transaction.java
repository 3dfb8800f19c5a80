package io.frontline.domain;

import java.math.BigDecimal;

/** Fact: a transaction as the rules see it, with everything the detectors worked out about it. */
public final class Transaction {
    private final String id;
    private final TransactionType type;
    private final BigDecimal amount;
    private final BigDecimal originalAmount;
    private final String currency;
    private final PaymentChannel channel;
    private final AccountHolder payer;
    private final Payee payee;
    private final PaymentDevice device;
    private final ScamText memo;
    private final boolean activeCall;
    private final boolean screenSharing;
    private final int localHour;
    private final int balanceSharePercent;
    private final BigDecimal typicalAmount;
    private final BigDecimal largestAmount;
    private final boolean usuallyActiveAtNight;
    private final boolean unusualAmount;
    private final Velocity velocity;

    private Transaction(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.amount = b.amount;
        this.originalAmount = b.originalAmount == null ? b.amount : b.originalAmount;
        this.currency = b.currency;
        this.channel = b.channel;
        this.payer = b.payer;
        this.payee = b.payee;
        this.device = b.device;
        this.memo = b.memo;
        this.activeCall = b.activeCall;
        this.screenSharing = b.screenSharing;
        this.localHour = b.localHour;
        this.balanceSharePercent = b.balanceSharePercent;
        this.typicalAmount = b.typicalAmount;
        this.largestAmount = b.largestAmount;
        this.usuallyActiveAtNight = b.usuallyActiveAtNight;
        this.unusualAmount = b.unusualAmount;
        this.velocity = b.velocity;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getId() { return id; }

    public TransactionType getType() { return type; }

    /** The amount in CNY (converted with {@code intel/currency-rates.csv} when sent in another currency). */
    public BigDecimal getAmount() { return amount; }

    /** The amount as sent, in {@link #getCurrency()}. */
    public BigDecimal getOriginalAmount() { return originalAmount; }

    public String getCurrency() { return currency; }

    public PaymentChannel getChannel() { return channel; }

    public AccountHolder getPayer() { return payer; }

    public Payee getPayee() { return payee; }

    /**
     * The payee's account: the same as {@code payee.accountId}, read straight off the transaction so that rules
     * naming one account each ({@code Transaction( payeeAccountId == "..." )}) are found by a hash lookup however
     * many there are, instead of each being tried in turn.
     */
    public String getPayeeAccountId() { return payee == null ? null : payee.getAccountId(); }

    public PaymentDevice getDevice() { return device; }

    /** What the memo's wording shows. */
    public ScamText getMemo() { return memo; }

    /** The payer was on a phone call while paying. */
    public boolean isActiveCall() { return activeCall; }

    /** The payer's screen was being shared while paying. */
    public boolean isScreenSharing() { return screenSharing; }

    /** Hour (0-23) at the payer's local offset. */
    public int getLocalHour() { return localHour; }

    /** Between 00:00 and 05:59 local time. */
    public boolean isNight() { return localHour >= 0 && localHour < 6; }

    /** The amount as a whole percentage of the balance before payment; -1 when the balance is unknown. */
    public int getBalanceSharePercent() { return balanceSharePercent; }

    /** Median of the payer's payments let through in the last 90 days (CNY), or null with fewer than 3. */
    public BigDecimal getTypicalAmount() { return typicalAmount; }

    /** Largest payment let through in the last 90 days (CNY), or null without history. */
    public BigDecimal getLargestAmount() { return largestAmount; }

    /** More than the largest payment let through in the last 90 days (false without history). */
    public boolean isAboveLargestAmount() { return largestAmount != null && amount.compareTo(largestAmount) > 0; }

    /** At least 30% of the payer's last 90 days of payments (5 or more) were made at night. */
    public boolean isUsuallyActiveAtNight() { return usuallyActiveAtNight; }

    /** Far above what the payer usually pays (needs history). */
    public boolean isUnusualAmount() { return unusualAmount; }

    public Velocity getVelocity() { return velocity; }

    /** Builds a transaction fact; detectors fill it in. */
    public static final class Builder {
        private String id;
        private TransactionType type = TransactionType.TRANSFER;
        private BigDecimal amount;
        private BigDecimal originalAmount;
        private String currency;
        private PaymentChannel channel;
        private AccountHolder payer;
        private Payee payee;
        private PaymentDevice device = new PaymentDevice(null, false, false);
        private ScamText memo = ScamText.EMPTY;
        private boolean activeCall;
        private boolean screenSharing;
        private int localHour = -1;
        private int balanceSharePercent = -1;
        private BigDecimal typicalAmount;
        private BigDecimal largestAmount;
        private boolean usuallyActiveAtNight;
        private boolean unusualAmount;
        private Velocity velocity = Velocity.first(BigDecimal.ZERO);

        public Builder id(String v) { id = v; return this; }
        public Builder type(TransactionType v) { type = v; return this; }
        public Builder amount(BigDecimal v) { amount = v; return this; }
        public Builder originalAmount(BigDecimal v) { originalAmount = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder channel(PaymentChannel v) { channel = v; return this; }
        public Builder payer(AccountHolder v) { payer = v; return this; }
        public Builder payee(Payee v) { payee = v; return this; }
        public Builder device(PaymentDevice v) { device = v; return this; }
        public Builder memo(ScamText v) { memo = v; return this; }
        public Builder activeCall(boolean v) { activeCall = v; return this; }
        public Builder screenSharing(boolean v) { screenSharing = v; return this; }
        public Builder localHour(int v) { localHour = v; return this; }
        public Builder balanceSharePercent(int v) { balanceSharePercent = v; return this; }
        public Builder typicalAmount(BigDecimal v) { typicalAmount = v; return this; }
        public Builder largestAmount(BigDecimal v) { largestAmount = v; return this; }
        public Builder usuallyActiveAtNight(boolean v) { usuallyActiveAtNight = v; return this; }
        public Builder unusualAmount(boolean v) { unusualAmount = v; return this; }
        public Builder velocity(Velocity v) { velocity = v; return this; }

        public Transaction build() {
            return new Transaction(this);
        }
    }
}
