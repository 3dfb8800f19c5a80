package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.learn.ContributingFactor;
import io.frontline.learn.Finding;
import io.frontline.learn.HumanAction;
import io.frontline.learn.ReviewStatus;
import io.frontline.learn.ReviewUpdate;
import io.frontline.domain.ContactChannel;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Language;
import io.frontline.domain.PaymentChannel;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.TransactionType;

import java.math.BigDecimal;
import java.time.Year;
import java.util.regex.Pattern;

/** Turns request JSON into domain requests, listing every invalid field. */
public final class RequestReader {
    /** Largest amount accepted: one trillion in major units. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    public static final int MAX_TEXT = 10_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PHONE = Pattern.compile("[+＋0-9０-９ ()（）\\-－.·]{3,32}");

    private RequestReader() {}

    public static TransactionRequest transaction(JsonNode body) {
        Fields f = new Fields();
        String id = f.id(body, "transactionId", "transactionId", true);
        var occurredAt = f.time(body, "occurredAt", "occurredAt");
        TransactionType type = f.enumeration(body, "type", "type", TransactionType.class, false);
        BigDecimal amount = f.money(body, "amount", "amount", true, false, MAX_AMOUNT);
        String currency = f.text(body, "currency", "currency", true, 3);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            f.error("currency", "must be an ISO 4217 code such as CNY");
        }
        PaymentChannel channel = f.enumeration(body, "channel", "channel", PaymentChannel.class, false);
        TransactionRequest.Payer payer = null;
        JsonNode p = f.object(body, "payer", "payer", true);
        if (p != null) {
            payer = new TransactionRequest.Payer(f.id(p, "accountId", "payer.accountId", true),
                    birthYear(f, p, "payer.birthYear"),
                    f.money(p, "balance", "payer.balance", false, true, MAX_AMOUNT.multiply(BigDecimal.TEN)));
        }
        TransactionRequest.Payee payee = null;
        JsonNode q = f.object(body, "payee", "payee", true);
        if (q != null) {
            payee = new TransactionRequest.Payee(f.id(q, "accountId", "payee.accountId", true),
                    f.text(q, "name", "payee.name", false, 200), f.text(q, "category", "payee.category", false, 64));
        }
        String memo = f.text(body, "memo", "memo", false, 2_000);
        TransactionRequest.Device device = null;
        JsonNode d = f.object(body, "device", "device", false);
        if (d != null) {
            device = new TransactionRequest.Device(f.id(d, "id", "device.id", false), f.text(d, "ip", "device.ip", false, 64));
        }
        TransactionRequest.PaymentSession session = TransactionRequest.PaymentSession.UNKNOWN;
        JsonNode s = f.object(body, "session", "session", false);
        if (s != null) {
            session = new TransactionRequest.PaymentSession(
                    Boolean.TRUE.equals(f.bool(s, "activeCall", "session.activeCall")),
                    Boolean.TRUE.equals(f.bool(s, "screenSharing", "session.screenSharing")));
        }
        Language language = f.enumeration(body, "language", "language", Language.class, false);
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new TransactionRequest(id, occurredAt, type == null ? TransactionType.TRANSFER : type, amount, currency,
                channel, payer, payee, memo, device, session, language);
    }

    public static ContactRequest contact(JsonNode body) {
        Fields f = new Fields();
        String id = f.id(body, "contactId", "contactId", true);
        var receivedAt = f.time(body, "receivedAt", "receivedAt");
        ContactChannel channel = f.enumeration(body, "channel", "channel", ContactChannel.class, true);
        ContactRequest.Customer customer = null;
        JsonNode c = f.object(body, "customer", "customer", false);
        if (c != null) {
            customer = new ContactRequest.Customer(f.id(c, "accountId", "customer.accountId", false),
                    birthYear(f, c, "customer.birthYear"));
        }
        String caller = f.text(body, "callerNumber", "callerNumber", false, 32);
        if (caller != null && !caller.isBlank() && (!PHONE.matcher(caller.strip()).matches()
                || caller.chars().filter(Character::isDigit).count() < 3)) {
            f.error("callerNumber", "must be a phone number: digits with an optional +, spaces, dashes or brackets");
            caller = null;
        }
        String text = f.text(body, "text", "text", false, MAX_TEXT);
        String reported = f.text(body, "reportedMessage", "reportedMessage", false, MAX_TEXT);
        if (blank(caller) && blank(text) && blank(reported) && f.errors().isEmpty()) {
            f.error("text", "at least one of text, reportedMessage or callerNumber is required");
        }
        Language language = f.enumeration(body, "language", "language", Language.class, false);
        String agentId = f.id(body, "agentId", "agentId", false);
        ContactRequest.AccountSignals signals = ContactRequest.AccountSignals.NONE;
        JsonNode a = f.object(body, "accountSignals", "accountSignals", false);
        if (a != null) {
            signals = new ContactRequest.AccountSignals(
                    f.bool(a, "newDeviceLogin", "accountSignals.newDeviceLogin"),
                    f.integer(a, "loginHour", "accountSignals.loginHour", 0, 23),
                    f.bool(a, "passwordReset", "accountSignals.passwordReset"),
                    f.integer(a, "unfamiliarTransfers", "accountSignals.unfamiliarTransfers", 0, 10_000),
                    f.bool(a, "reportedSendingScamMessages", "accountSignals.reportedSendingScamMessages"));
        }
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new ContactRequest(id, receivedAt, channel, customer, blank(caller) ? null : caller.strip(), text,
                reported, language, agentId, signals);
    }

    /** An agent's freeze: the account and why. */
    /** @param decisionId the decision the agent froze from, when there is one (shown in the freeze's review) */
    public record FreezeOrder(String accountId, String reason, String decisionId) {}

    public static FreezeOrder freeze(JsonNode body) {
        Fields f = new Fields();
        FreezeOrder order = new FreezeOrder(f.id(body, "accountId", "accountId", true),
                f.text(body, "reason", "reason", true, 2_000), f.id(body, "decisionId", "decisionId", false));
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new FreezeOrder(order.accountId(), order.reason().strip(), order.decisionId());
    }

    /** A reviewer's note releasing a freeze. */
    public static String releaseNote(JsonNode body) {
        Fields f = new Fields();
        String note = f.text(body, "note", "note", true, 4_000);
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return note.strip();
    }

    /** What a publish or a rollback names — the draft or the recorded version — and why it is done. */
    public record PolicyOrder(String target, String reason) {}

    /** {@code {"draftId", "reason"}} of a publish. */
    public static PolicyOrder publishOrder(JsonNode body) {
        return policyOrder(body, "draftId");
    }

    /** {@code {"version", "reason"}} of a rollback. */
    public static PolicyOrder rollbackOrder(JsonNode body) {
        return policyOrder(body, "version");
    }

    /** A shadow run: the draft to run and for how many minutes (1 to a week). */
    public record ShadowOrder(String draftId, int minutes) {}

    public static ShadowOrder shadowOrder(JsonNode body) {
        Fields f = new Fields();
        String draftId = f.text(body, "draftId", "draftId", true, 100);
        Integer minutes = f.integer(body, "minutes", "minutes", 1, 7 * 24 * 60);
        if (minutes == null && f.errors().stream().noneMatch(e -> e.field().equals("minutes"))) {
            f.error("minutes", "is required");
        }
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new ShadowOrder(draftId.strip(), minutes);
    }

    /**
     * A backtest: the draft, and which logged decisions to replay: the latest {@code last}, or those decided in
     * [{@code from}, {@code to}) when either is given (then {@code last} is null).
     */
    public record BacktestOrder(String draftId, Integer last, java.time.Instant from, java.time.Instant to) {}

    /** @param defaultLast how many decisions when the body names neither a number nor a time range */
    public static BacktestOrder backtestOrder(JsonNode body, int defaultLast, int maxLast) {
        Fields f = new Fields();
        String draftId = f.text(body, "draftId", "draftId", true, 100);
        Integer last = f.integer(body, "last", "last", 1, maxLast);
        java.time.OffsetDateTime from = f.time(body, "from", "from");
        java.time.OffsetDateTime to = f.time(body, "to", "to");
        boolean range = from != null || to != null;
        if (range && last != null) {
            f.error("last", "give either last or a time range (from, to), not both");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            f.error("to", "must be after from");
        }
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new BacktestOrder(draftId.strip(), range ? null : last == null ? defaultLast : last,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
    }

    private static PolicyOrder policyOrder(JsonNode body, String targetField) {
        Fields f = new Fields();
        String target = f.text(body, targetField, targetField, true, 100);
        String reason = f.text(body, "reason", "reason", true, 4_000);
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new PolicyOrder(target.strip(), reason.strip());
    }

    /**
     * Feedback on a decision.
     *
     * @param agentId the person who acted, when the desktop sends it; only its pseudonym is kept
     */
    public record FeedbackForm(HumanAction action, Finding finding, String note, String agentId) {}

    public static FeedbackForm feedback(JsonNode body) {
        Fields f = new Fields();
        HumanAction action = f.enumeration(body, "action", "action", HumanAction.class, true);
        Finding finding = f.enumeration(body, "outcome", "outcome", Finding.class, true);
        String note = f.text(body, "note", "note", false, 4_000);
        String agent = f.id(body, "agentId", "agentId", false);
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return new FeedbackForm(action, finding, note == null ? "" : note.strip(), agent);
    }

    /** A reviewer's change to a blameless review: any of its parts, at least one. */
    public static ReviewUpdate reviewUpdate(JsonNode body) {
        Fields f = new Fields();
        ReviewUpdate u = new ReviewUpdate(strip(f.text(body, "whatHappened", "whatHappened", false, 8_000)),
                f.enumerations(body, "contributingFactors", "contributingFactors", ContributingFactor.class),
                strip(f.text(body, "lessons", "lessons", false, 8_000)),
                f.texts(body, "followUps", "followUps", 50, 2_000),
                f.enumeration(body, "status", "status", ReviewStatus.class, false));
        if (f.errors().isEmpty() && u.equals(new ReviewUpdate(null, null, null, null, null))) {
            f.error("body", "needs at least one of whatHappened, contributingFactors, lessons, followUps, status");
        }
        if (!f.errors().isEmpty()) {
            throw new InvalidPayloadException(f.errors());
        }
        return u;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Integer birthYear(Fields f, JsonNode parent, String path) {
        return f.integer(parent, "birthYear", path, 1900, Year.now().getValue());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
