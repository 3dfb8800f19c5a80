package io.frontline.review;

import java.nio.file.Path;

/** One file of the review log: entries from {@code firstSeq} on, until the next segment's first. */
public record Segment(Path file, long firstSeq) {}
