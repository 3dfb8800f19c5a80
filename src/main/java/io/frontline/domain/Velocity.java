package io.frontline.domain;

import java.math.BigDecimal;

/** Fact: how busy the payer's account has been just before this transaction (this one included). */
public final class Velocity {
    private final int transfersLast10Minutes;
    private final int newPayeesLast10Minutes;
    private final int transfersLastHour;
    private final BigDecimal amountLast24Hours;

    public Velocity(int transfersLast10Minutes, int newPayeesLast10Minutes, int transfersLastHour,
                    BigDecimal amountLast24Hours) {
        this.transfersLast10Minutes = transfersLast10Minutes;
        this.newPayeesLast10Minutes = newPayeesLast10Minutes;
        this.transfersLastHour = transfersLastHour;
        this.amountLast24Hours = amountLast24Hours;
    }

    public int getTransfersLast10Minutes() { return transfersLast10Minutes; }

    public int getNewPayeesLast10Minutes() { return newPayeesLast10Minutes; }

    public int getTransfersLastHour() { return transfersLastHour; }

    public BigDecimal getAmountLast24Hours() { return amountLast24Hours; }
}
