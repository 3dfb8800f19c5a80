package io.frontline.review;

/**
 * Where a review log stops being trustworthy: the first line whose hash does not follow from the one before, or
 * the first entries missing without a recorded purge.
 *
 * @param file the segment file's name
 * @param line the line within that file, from 1
 */
public record ChainBroken(String file, long line, String reason) {}
