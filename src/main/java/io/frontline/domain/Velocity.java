package io.frontline.domain;

import java.math.BigDecimal;

/** Fact: how busy the payer's account has been just before this transaction (this one included). */
public final class Velocity {
    private final int transfersLast10Minutes;
    private final int newPayeesLast10Minutes;
    private final int transfersLastHour;
    private final int transfersLast24Hours;
    private final BigDecimal amountLast10Minutes;
    private final BigDecimal amountLastHour;
    private final BigDecimal amountLast24Hours;
    private final int nightTransfersLast24Hours;

    public Velocity(int transfersLast10Minutes, int newPayeesLast10Minutes, int transfersLastHour,
                    int transfersLast24Hours, BigDecimal amountLast10Minutes, BigDecimal amountLastHour,
                    BigDecimal amountLast24Hours, int nightTransfersLast24Hours) {
        this.transfersLast10Minutes = transfersLast10Minutes;
        this.newPayeesLast10Minutes = newPayeesLast10Minutes;
        this.transfersLastHour = transfersLastHour;
        this.transfersLast24Hours = transfersLast24Hours;
        this.amountLast10Minutes = amountLast10Minutes;
        this.amountLastHour = amountLastHour;
        this.amountLast24Hours = amountLast24Hours;
        this.nightTransfersLast24Hours = nightTransfersLast24Hours;
    }

    public static Velocity first(BigDecimal amount) {
        return new Velocity(1, 0, 1, 1, amount, amount, amount, 0);
    }

    public int getTransfersLast10Minutes() { return transfersLast10Minutes; }

    public int getNewPayeesLast10Minutes() { return newPayeesLast10Minutes; }

    public int getTransfersLastHour() { return transfersLastHour; }

    public int getTransfersLast24Hours() { return transfersLast24Hours; }

    public BigDecimal getAmountLast10Minutes() { return amountLast10Minutes; }

    public BigDecimal getAmountLastHour() { return amountLastHour; }

    public BigDecimal getAmountLast24Hours() { return amountLast24Hours; }

    /** Payments between 00:00 and 05:59 local time in the last 24 hours. */
    public int getNightTransfersLast24Hours() { return nightTransfersLast24Hours; }
}
