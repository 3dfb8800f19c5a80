package io.frontline.learn;

import java.util.List;

/**
 * A reviewer's change to a review; a null field leaves that part as it was.
 */
public record ReviewUpdate(String whatHappened, List<ContributingFactor> factors, String lessons,
                           List<String> followUps, ReviewStatus status) {}
