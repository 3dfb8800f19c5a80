package io.frontline.learn;

import java.time.Instant;

/**
 * What a person did with a decision and what turned out.
 *
 * @param by pseudonym of whoever gave it ({@link Pseudonyms}), never a real id
 */
public record Feedback(String decisionId, HumanAction action, Finding finding, String note, String by, Instant at) {}
