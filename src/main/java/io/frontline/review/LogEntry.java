package io.frontline.review;

import java.nio.file.Path;

/**
 * One entry of the review log: its sequence number, what kind of event it records, the event itself as JSON,
 * the hash that chains it to the entry before, and where its line starts: the segment file and the byte offset.
 */
public record LogEntry(long seq, String kind, String json, String hash, Path file, long offset) {}
