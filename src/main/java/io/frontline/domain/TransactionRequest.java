package io.frontline.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What a payment system asks about before settlement. Optional parts are null when not sent. */
public record TransactionRequest(
        String transactionId,
        OffsetDateTime occurredAt,
        TransactionType type,
        BigDecimal amount,
        String currency,
        PaymentChannel channel,
        Payer payer,
        Payee payee,
        String memo,
        Device device,
        PaymentSession session,
        Language language) {

    /** The account paying. */
    public record Payer(String accountId, Integer birthYear, BigDecimal balance) {}

    /** The account being paid. */
    public record Payee(String accountId, String name, String category) {}

    /** The device the payment came from. */
    public record Device(String id, String ip) {}

    /** What the payer's app saw while the payment was made. */
    public record PaymentSession(boolean activeCall, boolean screenSharing) {
        public static final PaymentSession UNKNOWN = new PaymentSession(false, false);
    }
}
