package io.frontline.review;

import io.frontline.decide.DecisionIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionIndexTest {
    @Test
    void every_decision_is_found_by_its_id_live_and_after_the_log_is_read_back() throws Exception {
        Path dir = Files.createTempDirectory("decision-index");
        DecisionIndex live = new DecisionIndex();
        DecisionIds ids = new DecisionIds(Clock.systemUTC());
        List<String> written = new ArrayList<>();
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Options.of(FileReviewLog.Durability.INTERVAL, Duration.ofMillis(5)), live)) {
            List<CompletableFuture<LogEntry>> done = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String id = ids.next();
                written.add(id);
                // records hold text in any script: offsets are bytes, not characters
                done.add(log.append("decision", "{\"decisionId\":\"" + id + "\",\"n\":" + i + ",\"memo\":\"边防战士\"}"));
                if (i % 100 == 0) {
                    done.add(log.append("freeze", "{\"accountId\":\"acc-" + i + "\"}"));
                }
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        }
        DecisionIndex reread = new DecisionIndex();
        LogReader.read(dir, reread);
        for (int i = 0; i < written.size(); i += 37) {
            String id = written.get(i);
            assertEquals("{\"decisionId\":\"" + id + "\",\"n\":" + i + ",\"memo\":\"边防战士\"}",
                    live.find(id).orElseThrow().json());
            assertEquals(live.find(id), reread.find(id));
        }
        assertTrue(live.find(ids.next()).isEmpty(), "an id never logged");
        assertTrue(live.find("dcs-not-a-ulid").isEmpty());
        assertTrue(live.find("rev-1").isEmpty());
    }

    @Test
    void a_record_written_before_the_id_came_first_is_found_too() throws Exception {
        Path dir = Files.createTempDirectory("decision-index");
        DecisionIndex index = new DecisionIndex();
        String id = new DecisionIds(Clock.systemUTC()).next();
        try (FileReviewLog log = FileReviewLog.open(dir, FileReviewLog.Options.of(FileReviewLog.Durability.STRICT,
                Duration.ofMillis(5)), index)) {
            log.append("decision", "{\"request\":{\"transactionId\":\"t\"},\"decision\":{\"decisionId\":\"" + id
                    + "\"}}").join();
        }
        assertTrue(index.find(id).isPresent());
    }
}
