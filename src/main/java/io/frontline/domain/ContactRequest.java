package io.frontline.domain;

import java.time.OffsetDateTime;

/** A customer-service contact (a call, a chat, a bot session, a forwarded message) to decide on. */
public record ContactRequest(
        String contactId,
        OffsetDateTime receivedAt,
        ContactChannel channel,
        Customer customer,
        String callerNumber,
        String text,
        String reportedMessage,
        Language language,
        String agentId,
        AccountSignals accountSignals) {

    /** The customer, when known. */
    public record Customer(String accountId, Integer birthYear) {}

    /**
     * What the account's own systems saw recently. All optional.
     *
     * @param newDeviceLogin            a login from a device never seen before
     * @param loginHour                 local hour (0-23) of the latest login
     * @param passwordReset             the password or phone number was changed recently
     * @param unfamiliarTransfers       transfers the customer says they did not make
     * @param reportedSendingScamMessages friends report scam messages coming from this account
     */
    public record AccountSignals(
            Boolean newDeviceLogin,
            Integer loginHour,
            Boolean passwordReset,
            Integer unfamiliarTransfers,
            Boolean reportedSendingScamMessages) {
        public static final AccountSignals NONE = new AccountSignals(null, null, null, null, null);
    }
}
