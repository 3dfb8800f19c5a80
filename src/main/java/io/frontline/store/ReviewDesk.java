package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.Freeze;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.json.ReviewRecord;
import io.frontline.json.RequestReader;
import io.frontline.learn.Feedback;
import io.frontline.learn.Learning;
import io.frontline.learn.LoggedDecision;
import io.frontline.learn.Pseudonyms;
import io.frontline.learn.Review;
import io.frontline.learn.ReviewUpdate;
import io.frontline.review.DecisionIndex;
import io.frontline.review.FileReviewLog;
import io.frontline.review.LogEntry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What people do after a decision, always through the review log: feedback, reviewers' writing, freezes and
 * releases are appended first and take effect as the log is followed ({@link LearningFollower}), so what is
 * shown is exactly what the log rebuilds after a restart. Every person is written as a pseudonym.
 */
public final class ReviewDesk {
    private final FileReviewLog log;
    private final DecisionIndex index;
    private final Learning learning;
    private final Pseudonyms pseudonyms;
    private final Supplier<String> ruleset;
    private final Clock clock;

    /** @param ruleset the version of the ruleset in force, named in a freeze's review */
    public ReviewDesk(FileReviewLog log, DecisionIndex index, Learning learning, Pseudonyms pseudonyms,
                      Supplier<String> ruleset, Clock clock) {
        this.log = log;
        this.index = index;
        this.learning = learning;
        this.pseudonyms = pseudonyms;
        this.ruleset = ruleset;
        this.clock = clock;
    }

    /** The pseudonym of the person acting with an API key, as known in the log and in reviews. */
    public String pseudonym(String keyId) {
        return pseudonyms.ofKey(keyId);
    }

    /** A decision as the review log holds it, with its latest feedback; empty when the log does not hold it. */
    public Optional<ObjectNode> decision(String decisionId) {
        return index.find(decisionId).map(entry -> {
            ObjectNode record = (ObjectNode) Json.readLogged(entry.json());
            if (!record.has("firedRules")) { // written only when they are not the reasons' rules
                List<String> fired = ReviewRecord.firedRules(record);
                ArrayNode rules = record.putArray("firedRules");
                fired.forEach(rules::add);
            }
            learning.feedbackOn(decisionId).ifPresent(f -> record.set("feedback", LearningJson.feedback(f)));
            return record;
        });
    }

    /** The feedback as recorded and the review it opened, if any. */
    public record FeedbackTaken(Feedback feedback, Optional<Review> review) {}

    /**
     * Records feedback on a logged decision; empty when the log does not hold the decision.
     *
     * @param keyId the API key that sent it, standing for the person when the form names no agent
     */
    public Optional<CompletableFuture<FeedbackTaken>> feedback(String decisionId, RequestReader.FeedbackForm form,
                                                               String keyId) {
        Optional<LoggedDecision> decision = index.find(decisionId)
                .map(e -> LearningJson.loggedDecision(Json.readLogged(e.json())));
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        Feedback f = new Feedback(decisionId, form.action(), form.finding(), form.note(),
                form.agentId() != null ? pseudonyms.ofAgent(form.agentId()) : pseudonyms.ofKey(keyId), clock.instant());
        return Optional.of(log.append("feedback", LearningJson.feedbackEvent(decision.get(), f))
                .thenApply(entry -> new FeedbackTaken(f, learning.review(reviewOpenedBy(entry)))));
    }

    /**
     * Records a reviewer's writing; empty when there is no such review, or none any more once it is written
     * (purged meanwhile).
     */
    public CompletableFuture<Optional<Review>> review(String reviewId, ReviewUpdate update, String keyId) {
        if (learning.review(reviewId).isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return log.append("review", LearningJson.reviewEvent(reviewId, update, pseudonyms.ofKey(keyId),
                clock.instant())).thenApply(entry -> learning.review(reviewId));
    }

    /** Records an agent's freeze, which already stands; its review opens as the entry is written. */
    public CompletableFuture<Review> frozen(Freeze freeze) {
        ObjectNode event = LearningJson.freeze(freeze).put("event", "freeze").put("ruleset", ruleset.get());
        return log.append("freeze", event.toString())
                .thenApply(entry -> learning.review(reviewOpenedBy(entry)).orElseThrow());
    }

    /**
     * Records the release of a freeze with the reviewer's note; the freeze is lifted as the entry is written
     * ({@link LearningFollower}), so the note is on record first.
     */
    public CompletableFuture<LogEntry> released(Freeze freeze, String note, String keyId) {
        ObjectNode event = Json.MAPPER.createObjectNode().put("event", "release").put("accountId", freeze.accountId())
                .put("freezeSince", freeze.since().toString()).put("note", note).put("by", pseudonyms.ofKey(keyId))
                .put("at", clock.instant().toString());
        return log.append("release", event.toString());
    }

    /** Records past payments loaded from a payment system's records, minimized like a decision's request. */
    public CompletableFuture<LogEntry> historyLoaded(java.util.List<io.frontline.domain.TransactionRequest> payments) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode items = event.putArray("payments");
        payments.forEach(p -> items.add(io.frontline.json.ReviewRecord.transaction(p)));
        return log.append("history", event.toString());
    }

    public Learning learning() {
        return learning;
    }

    private static String reviewOpenedBy(LogEntry entry) {
        return Review.idOpenedBy(entry.seq());
    }
}
