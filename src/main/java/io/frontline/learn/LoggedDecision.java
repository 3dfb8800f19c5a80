package io.frontline.learn;

import io.frontline.domain.Outcome;
import io.frontline.domain.Subject;

import java.time.Instant;
import java.util.List;

/**
 * What learning needs of a decision in the review log: which ruleset decided, which rules fired, the outcome,
 * and the account it was about.
 *
 * @param accountId the payer or the customer; null when a contact named no account
 */
public record LoggedDecision(String decisionId, Subject subject, Outcome outcome, String ruleset,
                             List<String> firedRules, String accountId, Instant decidedAt) {
    public LoggedDecision {
        firedRules = List.copyOf(firedRules);
    }

    /** Fraud confirmed where frontline let it go on (allow or warn). */
    boolean missed(Finding finding) {
        return finding == Finding.FRAUD_CONFIRMED && !outcome.isAtLeast(Outcome.ESCALATE);
    }
}
