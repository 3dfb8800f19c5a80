package io.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.Freeze;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
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

    /** The pseudonym a person (an agent id, an API key id) is known by in the log and in reviews. */
    public String pseudonym(String realId) {
        return pseudonyms.of(realId);
    }

    /** A decision as the review log holds it, with its latest feedback; empty when the log does not hold it. */
    public Optional<ObjectNode> decision(String decisionId) {
        return index.find(decisionId).map(entry -> {
            ObjectNode record = (ObjectNode) Json.readLogged(entry.json());
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
                pseudonyms.of(form.agentId() != null ? form.agentId() : keyId), clock.instant());
        return Optional.of(log.append("feedback", LearningJson.feedbackEvent(decision.get(), f))
                .thenApply(entry -> new FeedbackTaken(f, learning.review(reviewOpenedBy(entry)))));
    }

    /** Records a reviewer's writing; empty when there is no such review. */
    public Optional<CompletableFuture<Review>> review(String reviewId, ReviewUpdate update, String keyId) {
        if (learning.review(reviewId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(log.append("review", LearningJson.reviewEvent(reviewId, update, pseudonyms.of(keyId),
                clock.instant())).thenApply(entry -> learning.review(reviewId).orElseThrow()));
    }

    /** Records a freeze that already stands; its review opens as the entry is written. */
    public CompletableFuture<Review> frozen(Freeze freeze) {
        ObjectNode event = Json.MAPPER.createObjectNode().put("event", "freeze").put("accountId", freeze.accountId())
                .put("since", freeze.since().toString()).put("reason", freeze.reason()).put("by", freeze.by())
                .put("ruleset", ruleset.get());
        return log.append("freeze", event.toString())
                .thenApply(entry -> learning.review(reviewOpenedBy(entry)).orElseThrow());
    }

    /** Records a release and its review note; the freeze is lifted once this completes. */
    public CompletableFuture<LogEntry> released(String accountId, String note, String by) {
        ObjectNode event = Json.MAPPER.createObjectNode().put("event", "release").put("accountId", accountId)
                .put("note", note).put("by", by).put("at", clock.instant().toString());
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
