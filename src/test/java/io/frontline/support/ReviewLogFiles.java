package io.frontline.support;

import io.frontline.review.LogReader;
import io.frontline.review.Segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The review log's files as tests read or alter them. */
public final class ReviewLogFiles {
    private ReviewLogFiles() {}

    /** Every segment's text, oldest first. */
    public static String text(Path dir) {
        StringBuilder all = new StringBuilder();
        for (Segment s : LogReader.segments(dir)) {
            try {
                all.append(Files.readString(s.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    /** Every line of every segment, oldest first. */
    public static List<String> lines(Path dir) {
        return text(dir).lines().toList();
    }

    /** The first segment, for tests that write one segment only. */
    public static Path firstSegment(Path dir) {
        return LogReader.segments(dir).get(0).file();
    }
}
