package io.frontline.learn;

import java.time.Instant;
import java.util.List;

/**
 * A blameless review: what happened, what in the system or the process contributed, what was learnt and what
 * follows. People appear only as pseudonyms.
 *
 * @param id         {@code rev-} and the sequence number of the log entry that opened it
 * @param decisionId the decision reviewed; null for a freeze an agent made directly
 * @param ruleset    the ruleset version in force when it happened
 * @param actor      pseudonym of the person who froze or gave the feedback; {@code rules} for a rule's freeze
 * @param updatedBy  pseudonym of the last reviewer; null while nobody has written
 */
public record Review(String id, ReviewTrigger trigger, ReviewStatus status, Instant openedAt, String decisionId,
                     String accountId, String ruleset, String actor, String whatHappened,
                     List<ContributingFactor> factors, String lessons, List<String> followUps, Instant updatedAt,
                     String updatedBy) {
    public Review {
        factors = List.copyOf(factors);
        followUps = List.copyOf(followUps);
    }

    /** The id of the review opened by the log entry {@code seq}. */
    public static String idOpenedBy(long seq) {
        return "rev-" + seq;
    }

    /** The sequence number of the log entry that opened a review, from its id. */
    static long seqOf(String reviewId) {
        return Long.parseLong(reviewId.substring("rev-".length()));
    }

    static Review opened(long seq, ReviewTrigger trigger, Instant at, String decisionId, String accountId,
                         String ruleset, String actor, String whatHappened) {
        return new Review(idOpenedBy(seq), trigger, ReviewStatus.OPEN, at, decisionId, accountId, ruleset, actor,
                whatHappened, List.of(), "", List.of(), at, null);
    }

    Review with(ReviewUpdate u, String by, Instant at) {
        return new Review(id, trigger, u.status() == null ? status : u.status(), openedAt, decisionId, accountId,
                ruleset, actor, u.whatHappened() == null ? whatHappened : u.whatHappened(),
                u.factors() == null ? factors : u.factors(), u.lessons() == null ? lessons : u.lessons(),
                u.followUps() == null ? followUps : u.followUps(), at, by);
    }
}
