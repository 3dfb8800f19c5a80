package io.frontline.learn;

import io.frontline.domain.Outcome;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learning from decisions: feedback per decision, blameless reviews, and what the rules did. Everything here is
 * rebuilt from the review log — each method is called once per log entry, live as entries are written and
 * again at start when the log is read back — so the same log always gives the same reviews and report.
 * A review opens for every freeze, every override and every confirmed miss; nothing here ranks, scores or
 * counts people. Thread-safe.
 */
public final class Learning {
    private final Map<String, Review> reviews = new ConcurrentHashMap<>();
    /** Decision id and trigger of every review, so a decision gets one review per trigger. */
    private final java.util.Set<String> reviewed = ConcurrentHashMap.newKeySet();
    private final Map<String, Feedback> feedback = new ConcurrentHashMap<>();
    /** The log entry that recorded each decision's latest feedback, so retention knows when it goes. */
    private final Map<String, Long> feedbackSeq = new ConcurrentHashMap<>();
    private final RuleReport report = new RuleReport();

    /** A decision was logged (entry {@code seq}): counted per rule, and an emergency freeze opens a review. */
    public void decided(LoggedDecision d, long seq) {
        report.decided(d);
        if (d.outcome() == Outcome.EMERGENCY_FREEZE && d.accountId() != null) {
            open(Review.opened(seq, ReviewTrigger.FREEZE, d.decidedAt(), d.decisionId(), d.accountId(), d.ruleset(),
                    "rules", "The ruleset froze the account; rules: " + String.join(", ", d.firedRules())));
        }
    }

    /**
     * A person froze an account directly (entry {@code seq}): the freeze stands, and is reviewed afterwards.
     *
     * @param decisionId the decision the person froze from, if any
     */
    public Review frozen(String accountId, String reason, String decisionId, String actor, Instant at,
                         String ruleset, long seq) {
        return open(Review.opened(seq, ReviewTrigger.FREEZE, at, decisionId, accountId, ruleset, actor,
                "An agent froze the account: " + reason));
    }

    /**
     * Feedback on a decision (entry {@code seq}); the latest feedback on a decision is the one that counts. Opens
     * a review for a confirmed miss (fraud confirmed on allow or warn), else for an override, once per
     * decision and trigger.
     *
     * @return the review it opened, if any
     */
    public Optional<Review> feedback(LoggedDecision d, Feedback f, long seq) {
        Feedback earlier = feedback.put(d.decisionId(), f);
        feedbackSeq.put(d.decisionId(), seq);
        report.labelled(d, earlier, f);
        ReviewTrigger trigger = d.missed(f.finding()) ? ReviewTrigger.CONFIRMED_MISS
                : f.action() == HumanAction.OVERRODE ? ReviewTrigger.OVERRIDE : null;
        if (trigger == null || hasReview(d.decisionId(), trigger)) {
            return Optional.empty();
        }
        String what = trigger == ReviewTrigger.CONFIRMED_MISS
                ? "Fraud was confirmed on a decision that let it go on (" + d.outcome().wire() + ")"
                : "A person overrode the recommendation (" + d.outcome().wire() + ")";
        return Optional.of(open(Review.opened(seq, trigger, f.at(), d.decisionId(), d.accountId(), d.ruleset(), f.by(),
                what + (f.note().isBlank() ? "" : ": " + f.note()))));
    }

    /** A reviewer wrote to a review; empty when there is no such review. */
    public Optional<Review> reviewed(String reviewId, ReviewUpdate update, String by, Instant at) {
        return Optional.ofNullable(reviews.computeIfPresent(reviewId, (id, r) -> r.with(update, by, at)));
    }

    public Optional<Review> review(String reviewId) {
        return Optional.ofNullable(reviews.get(reviewId));
    }

    /** Reviews in the order they opened; all of them when {@code status} is null. */
    public List<Review> reviews(ReviewStatus status) {
        return reviews.values().stream().filter(r -> status == null || r.status() == status)
                .sorted(Comparator.comparing(Review::openedAt).thenComparing(Review::id)).toList();
    }

    public Optional<Feedback> feedbackOn(String decisionId) {
        return Optional.ofNullable(feedback.get(decisionId));
    }

    public List<RuleReport.Row> ruleReport() {
        return report.rows();
    }

    /** The rule report per UTC day. */
    public List<RuleReport.Row> ruleReportByDay() {
        return report.rowsByDay();
    }

    /**
     * Retention: forgets what the log entries up to {@code seq} recorded — reviews they opened, feedback they
     * carried — and the report's days before {@code firstDay}, exactly what reading the kept log back rebuilds.
     */
    public void forget(long seq, java.time.LocalDate firstDay) {
        reviews.values().removeIf(r -> {
            boolean gone = Review.seqOf(r.id()) <= seq;
            if (gone && r.decisionId() != null) {
                reviewed.remove(r.decisionId() + "\n" + r.trigger().wire());
            }
            return gone;
        });
        feedbackSeq.entrySet().removeIf(e -> {
            if (e.getValue() <= seq) {
                feedback.remove(e.getKey());
                return true;
            }
            return false;
        });
        report.keepFrom(firstDay);
    }

    private boolean hasReview(String decisionId, ReviewTrigger trigger) {
        return reviewed.contains(decisionId + "\n" + trigger.wire());
    }

    private Review open(Review review) {
        reviews.putIfAbsent(review.id(), review);
        if (review.decisionId() != null) {
            reviewed.add(review.decisionId() + "\n" + review.trigger().wire());
        }
        return reviews.get(review.id());
    }
}
