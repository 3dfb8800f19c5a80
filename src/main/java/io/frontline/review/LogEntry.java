package io.frontline.review;

/**
 * One entry of the review log: its sequence number, what kind of event it records, the event itself as JSON,
 * and the hash that chains it to the entry before.
 */
public record LogEntry(long seq, String kind, String json, String hash) {}
