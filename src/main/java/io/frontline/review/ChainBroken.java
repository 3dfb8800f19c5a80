package io.frontline.review;

/** Where a review log stops being trustworthy: the first line whose hash does not follow from the one before. */
public record ChainBroken(long line, String reason) {}
