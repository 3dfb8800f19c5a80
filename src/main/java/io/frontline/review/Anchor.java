package io.frontline.review;

/**
 * Where the review log begins after a purge: the sequence number and hash of the last entry removed. The
 * first entry kept chains to this hash, so the chain stays checkable from there on.
 */
public record Anchor(long seq, String hash) {}
