package io.frontline.review;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentsAndPurgeTest {
    /** A clock tests move by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static FileReviewLog open(Path dir, long segmentBytes, Clock clock) {
        return FileReviewLog.open(dir, new FileReviewLog.Options(FileReviewLog.Durability.STRICT, Duration.ofMillis(5),
                segmentBytes, clock), e -> { });
    }

    private static void write(FileReviewLog log, int from, int to) {
        for (int i = from; i < to; i++) {
            log.append("decision", "{\"n\":" + i + "}").join();
        }
    }

    private static List<Long> seqs(Path dir) {
        List<Long> out = new ArrayList<>();
        LogReader.read(dir, e -> out.add(e.seq()));
        return out;
    }

    @Test
    void a_full_segment_is_followed_by_a_new_one_and_the_chain_runs_across_them() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, 300, new MovableClock())) {
            write(log, 0, 40);
        }
        assertTrue(LogReader.segments(dir).size() > 5, LogReader.segments(dir).toString());
        assertEquals(Optional.empty(), LogReader.verify(dir));
        assertEquals(40, seqs(dir).size());
        assertEquals(40L, seqs(dir).get(39));
    }

    @Test
    void a_new_utc_day_starts_a_new_segment() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        MovableClock clock = new MovableClock();
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, clock)) {
            write(log, 0, 3);
            clock.now = clock.now.plus(Duration.ofDays(1));
            write(log, 3, 5);
        }
        List<Segment> segments = LogReader.segments(dir);
        assertEquals(List.of(1L, 4L), segments.stream().map(Segment::firstSeq).toList());
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void a_purge_removes_old_segments_records_itself_and_leaves_a_log_that_still_verifies() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        MovableClock clock = new MovableClock();
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, clock)) {
            write(log, 0, 3);
            clock.now = clock.now.plus(Duration.ofDays(1));
            write(log, 3, 6);
            clock.now = clock.now.plus(Duration.ofDays(1));
            write(log, 6, 8);
            Path oldest = LogReader.segments(dir).get(0).file();
            Files.setLastModifiedTime(oldest, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-20T12:00:00Z")));
            Anchor anchor = log.purge(Instant.parse("2026-11-21T00:00:00Z")).orElseThrow();
            assertEquals(3, anchor.seq());
            assertTrue(Files.notExists(oldest));
            assertTrue(log.purge(Instant.parse("2026-11-21T00:00:00Z")).isEmpty(), "nothing more is that old");
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), seqs(dir), "the purge entry is the 9th");
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, clock)) {
            assertEquals(10, log.append("decision", "{}").join().seq(), "the chain goes on after a restart");
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void removing_the_oldest_segment_without_a_purge_is_detected() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, 300, new MovableClock())) {
            write(log, 0, 20);
        }
        Files.delete(LogReader.segments(dir).get(0).file());
        ChainBroken broken = LogReader.verify(dir).orElseThrow();
        assertTrue(broken.reason().contains("no purge records"), broken.reason());
    }

    @Test
    void an_anchor_added_by_hand_without_a_purge_entry_is_detected() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, 300, new MovableClock())) {
            write(log, 0, 20);
        }
        Segment first = LogReader.segments(dir).get(0);
        LogEntry last = LogReader.last(first.file()).orElseThrow();
        Files.writeString(dir.resolve("purges"), last.seq() + " " + last.hash() + "\n", StandardOpenOption.CREATE);
        Files.delete(first.file());
        ChainBroken broken = LogReader.verify(dir).orElseThrow();
        assertTrue(broken.reason().contains("no purge entry"), broken.reason());
    }

    @Test
    void a_log_written_before_segments_is_taken_as_the_first_segment() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, new MovableClock())) {
            write(log, 0, 3);
        }
        Files.move(LogReader.segments(dir).get(0).file(), dir.resolve("review.log"));
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, new MovableClock())) {
            assertEquals(4, log.append("decision", "{}").join().seq());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void a_segment_that_cannot_be_made_fails_its_batch_and_writing_goes_on_once_it_can() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, 1, new MovableClock())) {
            write(log, 0, 10);
            Path next = SegmentFiles.name(dir, log.lastSeq() + 1);
            Files.createDirectory(next);
            Files.writeString(next.resolve("in-the-way"), "x");
            org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> log.append("decision", "{\"n\":10}").join());
            Files.delete(next.resolve("in-the-way"));
            Files.delete(next);
            assertEquals(11, log.append("decision", "{\"n\":10}").join().seq());
            assertTrue(log.isWritable());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void a_purge_cut_short_after_its_anchor_is_finished_at_the_next_open() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        MovableClock clock = new MovableClock();
        try (FileReviewLog log = open(dir, 200, clock)) {
            write(log, 0, 20);
        }
        List<Segment> segments = LogReader.segments(dir);
        // a purge that wrote its entry and anchor, then stopped before deleting anything
        try (FileReviewLog log = open(dir, 200, clock)) {
            LogEntry lastOfFirst = LogReader.last(segments.get(0).file()).orElseThrow();
            log.append("purge", "{\"upToSeq\":" + lastOfFirst.seq() + ",\"hash\":\"" + lastOfFirst.hash()
                    + "\",\"before\":\"x\",\"segments\":1}").join();
            SegmentFiles.addAnchor(dir, new Anchor(lastOfFirst.seq(), lastOfFirst.hash()));
        }
        try (FileReviewLog log = open(dir, 200, clock)) {
            assertTrue(Files.notExists(segments.get(0).file()));
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void a_log_removed_and_started_over_after_a_purge_is_detected() throws Exception {
        Path dir = Files.createTempDirectory("segments");
        try (FileReviewLog log = open(dir, FileReviewLog.DEFAULT_SEGMENT_BYTES, new MovableClock())) {
            write(log, 0, 3);
        }
        SegmentFiles.addAnchor(dir, new Anchor(2, "ab"));
        ChainBroken broken = LogReader.verify(dir).orElseThrow();
        assertTrue(broken.reason().contains("begins again at entry 1"), broken.reason());
    }
}
