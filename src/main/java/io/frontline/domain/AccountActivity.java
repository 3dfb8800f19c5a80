package io.frontline.domain;

/** Fact: what the account's own systems report about recent activity (sent with a contact). */
public final class AccountActivity {
    public static final AccountActivity NONE = new AccountActivity(false, -1, false, false, 0, false);

    private final boolean newDeviceLogin;
    private final int loginHour;
    private final boolean nightLogin;
    private final boolean passwordReset;
    private final int unfamiliarTransfers;
    private final boolean sendingScamMessages;

    public AccountActivity(boolean newDeviceLogin, int loginHour, boolean nightLogin, boolean passwordReset,
                           int unfamiliarTransfers, boolean sendingScamMessages) {
        this.newDeviceLogin = newDeviceLogin;
        this.loginHour = loginHour;
        this.nightLogin = nightLogin;
        this.passwordReset = passwordReset;
        this.unfamiliarTransfers = unfamiliarTransfers;
        this.sendingScamMessages = sendingScamMessages;
    }

    public boolean isNewDeviceLogin() { return newDeviceLogin; }

    /** Local hour of the latest login, -1 when unknown. */
    public int getLoginHour() { return loginHour; }

    /** The latest login was between 00:00 and 05:59. */
    public boolean isNightLogin() { return nightLogin; }

    public boolean isPasswordReset() { return passwordReset; }

    public int getUnfamiliarTransfers() { return unfamiliarTransfers; }

    /** Friends report scam messages sent from this account. */
    public boolean isSendingScamMessages() { return sendingScamMessages; }
}
