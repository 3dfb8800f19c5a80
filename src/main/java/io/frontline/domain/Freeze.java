package io.frontline.domain;

import java.time.Instant;

/**
 * An active freeze: every payment of the account is blocked until a reviewer releases it.
 *
 * @param decisionId the emergency-freeze decision that froze it, or the decision a person froze from (null when
 *                   they named none)
 * @param by         who froze it: {@code rules}, or the pseudonym of the agent (never a real id)
 */
public record Freeze(String accountId, Instant since, String reason, String decisionId, String by) {}
