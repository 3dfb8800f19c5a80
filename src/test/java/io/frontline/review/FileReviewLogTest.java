package io.frontline.review;

import io.frontline.support.ReviewLogFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review log: group-committed appends, a hash chain that shows tampering, recovery from a torn line. */
class FileReviewLogTest {

    @Test
    void appends_from_many_threads_are_all_written_in_one_unbroken_chain() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5))) {
            List<CompletableFuture<LogEntry>> done = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                done.add(pool.submit(() -> log.append("decision", "{\"n\":" + n + "}")).get());
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            assertEquals(2_000, log.lastSeq());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
        assertEquals(2_000, Files.readAllLines(ReviewLogFiles.firstSegment(dir)).size());
    }

    @Test
    void threads_appending_at_once_each_see_their_entries_in_their_own_order_in_either_durability() throws Exception {
        for (FileReviewLog.Durability durability : FileReviewLog.Durability.values()) {
            Path dir = Files.createTempDirectory("review-log");
            int threads = 4;
            int each = 2_000;
            List<List<CompletableFuture<LogEntry>>> done = new ArrayList<>();
            try (FileReviewLog log = FileReviewLog.open(dir, durability, Duration.ofMillis(5))) {
                List<Thread> appenders = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    List<CompletableFuture<LogEntry>> mine = new ArrayList<>();
                    done.add(mine);
                    int thread = t;
                    Thread appender = new Thread(() -> {
                        for (int i = 0; i < each; i++) {
                            mine.add(log.append("decision", "{\"t\":" + thread + ",\"i\":" + i + "}"));
                        }
                    });
                    appender.start();
                    appenders.add(appender);
                }
                for (Thread a : appenders) {
                    a.join();
                }
                for (List<CompletableFuture<LogEntry>> mine : done) {
                    CompletableFuture.allOf(mine.toArray(CompletableFuture[]::new)).join();
                    for (int i = 1; i < mine.size(); i++) {
                        assertTrue(mine.get(i).join().seq() > mine.get(i - 1).join().seq(), durability.name());
                    }
                }
                assertEquals(threads * each, log.lastSeq(), durability.name());
            }
            assertEquals(Optional.empty(), LogReader.verify(dir), durability.name());
        }
    }

    @Test
    void an_append_made_by_a_reader_of_a_completed_append_is_written_too() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5))) {
            CompletableFuture<LogEntry> second = log.append("decision", "{\"n\":1}")
                    .thenCompose(first -> log.append("feedback", "{\"after\":" + first.seq() + "}"));
            assertEquals(2, second.get(5, java.util.concurrent.TimeUnit.SECONDS).seq());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void lines_appended_in_one_turn_are_written_together_when_the_turn_ends() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        List<Runnable> turnEnd = new ArrayList<>();
        // a long interval: the writer thread must not be the one that writes
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMinutes(5))) {
            List<CompletableFuture<LogEntry>> done = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                done.add(log.append("decision", line(i), turnEnd::add));
            }
            assertEquals(1, turnEnd.size(), "one write per turn, however many lines");
            assertTrue(done.stream().noneMatch(CompletableFuture::isDone), "no line counts as written before it is");
            assertEquals(0, Files.size(ReviewLogFiles.firstSegment(dir)));

            turnEnd.remove(0).run();
            assertEquals(List.of(1L, 2L, 3L), done.stream().map(f -> f.join().seq()).toList());
            assertEquals(3, Files.readAllLines(ReviewLogFiles.firstSegment(dir)).size());

            CompletableFuture<LogEntry> nextTurn = log.append("decision", line(3), turnEnd::add);
            assertEquals(1, turnEnd.size(), "the next turn has a write of its own");
            turnEnd.remove(0).run();
            assertEquals(4, nextTurn.join().seq());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
    }

    @Test
    void a_line_whose_turn_never_ends_is_written_by_the_writer_thread_within_a_sync_interval() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMillis(20))) {
            CompletableFuture<LogEntry> lost = log.append("decision", line(1),
                    task -> { }); // an event loop shut down with the task in its queue
            assertEquals(1, lost.get(5, java.util.concurrent.TimeUnit.SECONDS).seq());
        }
        assertEquals(1, Files.readAllLines(ReviewLogFiles.firstSegment(dir)).size());
    }

    @Test
    void a_line_whose_turn_end_is_refused_is_written_at_once() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMinutes(5))) {
            CompletableFuture<LogEntry> written = log.append("decision", line(1), refusing());
            assertTrue(written.isDone());
            assertEquals(1, written.join().seq());
            CompletableFuture<LogEntry> next = log.append("decision", line(2), Runnable::run);
            assertEquals(2, next.get(5, java.util.concurrent.TimeUnit.SECONDS).seq(),
                    "a refused task leaves no write pending");
        }
    }

    @Test
    void in_strict_mode_the_writer_thread_writes_and_the_turn_end_is_not_used() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.STRICT, Duration.ofMillis(20))) {
            CompletableFuture<LogEntry> written = log.append("decision", line(1), unused());
            assertEquals(1, written.get(5, java.util.concurrent.TimeUnit.SECONDS).seq());
        }
    }

    private static byte[] line(int n) {
        return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** A turn-end executor that refuses every task, as a closed event loop does. */
    private static java.util.concurrent.Executor refusing() {
        return task -> {
            throw new java.util.concurrent.RejectedExecutionException("closed");
        };
    }

    /** A turn-end executor that must not be given anything. */
    private static java.util.concurrent.Executor unused() {
        return task -> {
            throw new AssertionError("the line was to be written without a turn-end task");
        };
    }

    @Test
    void an_altered_entry_is_found_at_its_line() throws Exception {
        Path dir = written(10, FileReviewLog.Durability.STRICT);
        List<String> lines = new ArrayList<>(Files.readAllLines(ReviewLogFiles.firstSegment(dir)));
        lines.set(4, lines.get(4).replace("\"n\":4", "\"n\":40"));
        Files.write(ReviewLogFiles.firstSegment(dir), lines);
        ChainBroken broken = LogReader.verify(dir).orElseThrow();
        assertEquals(5, broken.line());
        assertTrue(broken.reason().contains("does not match its hash"), broken.reason());
    }

    @Test
    void a_removed_entry_is_found() throws Exception {
        Path dir = written(10, FileReviewLog.Durability.INTERVAL);
        List<String> lines = new ArrayList<>(Files.readAllLines(ReviewLogFiles.firstSegment(dir)));
        lines.remove(6);
        Files.write(ReviewLogFiles.firstSegment(dir), lines);
        assertEquals(7, LogReader.verify(dir).orElseThrow().line());
    }

    @Test
    void a_torn_last_line_is_cut_off_and_the_chain_goes_on_after_a_restart() throws Exception {
        Path dir = written(3, FileReviewLog.Durability.STRICT);
        Files.write(ReviewLogFiles.firstSegment(dir), "4\tdecision\t{\"n\":".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.STRICT, Duration.ofMillis(5))) {
            assertEquals(4, log.append("decision", "{\"n\":3}").join().seq());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
        assertEquals(4, Files.readAllLines(ReviewLogFiles.firstSegment(dir)).size());
    }

    @Test
    void an_entry_must_be_one_line() throws Exception {
        try (FileReviewLog log = FileReviewLog.open(Files.createTempDirectory("review-log"),
                FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5))) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> log.append("decision", "{\"a\":\n1}"));
        }
    }

    @Test
    void entries_larger_than_the_write_buffer_are_written_whole_in_utf8_and_chained() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        String big = "{\"text\":\"" + "诈骗".repeat(400_000) + "\"}"; // 2.4 MB in UTF-8
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5))) {
            CompletableFuture<LogEntry> first = log.append("decision", big.getBytes(StandardCharsets.UTF_8));
            CompletableFuture<LogEntry> second = log.append("decision", "{\"n\":1}");
            assertEquals(big, first.join().json());
            assertEquals(2, second.join().seq());
        }
        assertEquals(Optional.empty(), LogReader.verify(dir));
        List<String> read = new ArrayList<>();
        LogReader.read(dir, e -> read.add(e.json()));
        assertEquals(List.of(big, "{\"n\":1}"), read);
    }

    @Test
    void an_entry_just_written_answers_what_it_mentions_without_being_decoded() throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5))) {
            LogEntry e = log.append("decision", "{\"decisionId\":\"dcs-1\",\"outcome\":\"警告 warn\"}"
                    .getBytes(StandardCharsets.UTF_8)).join();
            LogEntry read = new LogEntry(e.seq(), e.kind(), e.json(), e.hash(), e.file(), e.offset());
            for (LogEntry entry : List.of(e, read)) {
                assertTrue(entry.mentions("\"outcome\""));
                assertTrue(!entry.mentions("emergency-freeze"));
                assertEquals("dcs-1", entry.leadingValue("{\"decisionId\":\""));
                assertEquals(null, entry.leadingValue("{\"outcome\":\""));
            }
            assertEquals(read, e);
        }
    }

    private static Path written(int entries, FileReviewLog.Durability durability) throws Exception {
        Path dir = Files.createTempDirectory("review-log");
        try (FileReviewLog log = FileReviewLog.open(dir, durability, Duration.ofMillis(5))) {
            for (int i = 0; i < entries; i++) {
                log.append("decision", "{\"n\":" + i + "}").join();
            }
        }
        return dir;
    }
}
