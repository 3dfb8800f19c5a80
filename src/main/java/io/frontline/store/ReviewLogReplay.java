package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.Freeze;
import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.TransactionType;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.learn.Learning;
import io.frontline.learn.LoggedDecision;
import io.frontline.review.LogReader;
import io.frontline.review.LogEntry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds state from the review log at start, in one pass: through the follower, the freezes that stand, the
 * decision index, feedback, reviews; here, the freezes a purge carried forward, each account's payment history
 * (decided payments and loaded past ones), scam-contact marks and the rule report.
 */
public final class ReviewLogReplay {
    private final DecisionService service;
    private final Learning learning;
    private final Consumer<LogEntry> follower;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReviewLogReplay.class);

    private long entries;
    private long decisions;
    private long unreadable;
    /** Freezes released so far, as account and the time the freeze stood since. */
    private final java.util.Set<String> released = new java.util.HashSet<>();

    private ReviewLogReplay(DecisionService service, Learning learning, Consumer<LogEntry> follower) {
        this.service = service;
        this.learning = learning;
        this.follower = follower;
    }

    /** What was read back. */
    public record Replayed(long entries, long decisions, long unreadable) {}

    /** Reads the log in {@code dir} back, every segment in order. */
    public static Replayed replay(Path dir, DecisionService service, Learning learning, Consumer<LogEntry> follower) {
        ReviewLogReplay replay = new ReviewLogReplay(service, learning, follower);
        LogReader.read(dir, replay::entry);
        return new Replayed(replay.entries, replay.decisions, replay.unreadable);
    }

    private void entry(LogEntry entry) {
        entries++;
        try {
            apply(entry);
        } catch (RuntimeException e) {
            // verify-log tells whether the log was altered; one unreadable entry must not keep freezes from standing
            unreadable++;
            log.error("review log entry {} ({}) cannot be read back: {}", entry.seq(), entry.kind(), e.toString());
        }
    }

    private void apply(LogEntry entry) {
        follower.accept(entry);
        switch (entry.kind()) {
            case "decision" -> decision(entry);
            case "release" -> {
                JsonNode e = Json.readLogged(entry.json());
                released.add(e.path("accountId").asText() + "\n" + e.path("freezeSince").asText(""));
            }
            case "standing-freezes" -> Json.readLogged(entry.json()).path("freezes").forEach(f -> {
                Freeze freeze = LearningJson.readFreeze(f);
                // a freeze released before the purge wrote it again stays released
                if (!released.contains(freeze.accountId() + "\n" + freeze.since())) {
                    service.restore(freeze);
                }
            });
            case "history" -> Json.readLogged(entry.json()).path("payments").forEach(p -> {
                TransactionRequest r = payment(p);
                service.restorePayment(r, r.occurredAt().toInstant(), Outcome.ALLOW);
            });
            default -> { }
        }
    }

    private void decision(LogEntry entry) {
        decisions++;
        JsonNode record = Json.readLogged(entry.json());
        LoggedDecision d = LearningJson.loggedDecision(record);
        learning.decided(d, entry.seq());
        JsonNode request = record.path("request");
        if (d.subject() == Subject.TRANSACTION) {
            service.restorePayment(payment(request), d.decidedAt(), d.outcome());
        } else if (d.accountId() != null) {
            List<String> kinds = new ArrayList<>();
            record.path("decision").path("signals").forEach(s -> kinds.add(s.path("kind").asText()));
            service.restoreContact(d.accountId(), time(request.path("receivedAt")), d.decidedAt(), d.outcome(), kinds);
        }
    }

    /** The parts of a logged payment the account memory keeps. */
    private static TransactionRequest payment(JsonNode r) {
        JsonNode device = r.path("device");
        return new TransactionRequest(r.path("transactionId").asText(), time(r.path("occurredAt")),
                TransactionType.TRANSFER, new BigDecimal(r.path("amount").asText()), r.path("currency").asText(), null,
                new TransactionRequest.Payer(r.path("payer").path("accountId").asText(), null, null),
                new TransactionRequest.Payee(r.path("payee").path("accountId").asText(), null, null), null,
                device.isMissingNode() ? null : new TransactionRequest.Device(device.path("id").asText(null), null),
                TransactionRequest.PaymentSession.UNKNOWN, null);
    }

    private static OffsetDateTime time(JsonNode n) {
        return n.isTextual() ? OffsetDateTime.parse(n.asText()) : null;
    }
}
