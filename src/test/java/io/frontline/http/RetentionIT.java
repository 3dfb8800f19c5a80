package io.frontline.http;

import io.frontline.Service;
import io.frontline.review.LogReader;
import io.frontline.review.Segment;
import io.frontline.support.ReviewLogFiles;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention purges what is older than it keeps, everywhere, but never lets a freeze lapse or the chain break. */
class RetentionIT {
    @Test
    void a_purge_at_start_removes_old_days_everywhere_but_freezes_stand_and_the_log_verifies() throws Exception {
        String data;
        String decisionId;
        String reviewId;
        try (RunningService svc = RunningService.start()) {
            data = svc.dataDir().toString();
            decisionId = json(svc.postJson("/v1/transactions/decide", "payment-system", """
                    {"transactionId": "rt-1", "amount": "20.00", "currency": "CNY",
                     "payer": {"accountId": "acc-rt-1"}, "payee": {"accountId": "p-rt"}}""")).path("decisionId").asText();
            reviewId = json(svc.postJson("/v1/freezes", "agent",
                    "{\"accountId\": \"acc-rt-2\", \"reason\": \"customer reports a fake police call\"}"))
                    .path("reviewId").asText();
        }
        Path logDir = Path.of(data).resolve(Service.REVIEW_LOG_DIR);
        for (Segment s : LogReader.segments(logDir)) {
            Files.setLastModifiedTime(s.file(), FileTime.from(Instant.now().minus(Duration.ofDays(400))));
        }
        try (RunningService again = RunningService.start(Map.of("paths.data", data))) {
            assertEquals(404, again.get("/v1/decisions/" + decisionId, "reviewer").statusCode(),
                    "a decision older than the retention is gone");
            assertEquals(404, again.get("/v1/reviews/" + reviewId, "reviewer").statusCode());
            assertEquals("active", json(again.get("/v1/freezes/acc-rt-2", "agent")).path("status").asText(),
                    "a freeze never lapses with retention");
            assertEquals(Optional.empty(), LogReader.verify(logDir));
            assertFalse(ReviewLogFiles.text(logDir).contains(decisionId));
        }
        try (RunningService third = RunningService.start(Map.of("paths.data", data))) {
            assertEquals("active", json(third.get("/v1/freezes/acc-rt-2", "agent")).path("status").asText(),
                    "the freeze was written again before its entry was purged");
            assertTrue(ReviewLogFiles.text(logDir).contains("\tpurge\t"));
        }
    }
}
