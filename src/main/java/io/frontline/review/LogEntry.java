package io.frontline.review;

/**
 * One entry of the review log: its sequence number, what kind of event it records, the event itself as JSON,
 * the hash that chains it to the entry before, and where its line starts in the log file.
 */
public record LogEntry(long seq, String kind, String json, String hash, long offset) {}
