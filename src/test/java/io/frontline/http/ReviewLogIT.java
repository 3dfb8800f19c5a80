package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.Service;
import io.frontline.json.Json;
import io.frontline.review.LogReader;
import io.frontline.support.ReviewLogFiles;
import io.frontline.support.RunningService;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every decision answered is in the review log, chained, with personal data minimized. */
class ReviewLogIT {

    @Test
    void every_answered_decision_is_in_the_review_log_before_the_answer_and_the_chain_holds() throws Exception {
        Path data;
        List<String> ids = new java.util.ArrayList<>();
        try (RunningService svc = RunningService.start(Map.of("review.strict", "true"))) {
            data = svc.dataDir();
            ids.add(json(svc.postJson("/v1/transactions/decide", "payment-system",
                    Files.readString(StarterPolicy.ROOT.resolve("examples/transaction-elderly-donation.json"))))
                    .path("decisionId").asText());
            ids.add(json(svc.postJson("/v1/contacts/decide", "agent",
                    Files.readString(StarterPolicy.ROOT.resolve("examples/contact-fake-link.json"))))
                    .path("decisionId").asText());
            // strict mode: the answer came after the sync, so the lines are there already
            List<String> lines = ReviewLogFiles.lines(data.resolve(Service.REVIEW_LOG_DIR));
            for (String id : ids) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(id)), id + " not in the review log");
            }
        }
        Path dir = data.resolve(Service.REVIEW_LOG_DIR);
        assertEquals(Optional.empty(), LogReader.verify(dir));
        String all = ReviewLogFiles.text(dir);
        assertFalse(all.contains("捐给边防战士"), "a memo is not logged whole (only the phrases the signals name)");
        assertFalse(all.contains("让我点击链接验证身份"), "a contact's text is not logged whole");
        assertFalse(all.contains("17012345678"), "caller numbers are masked");
        String contactLine = ReviewLogFiles.lines(dir).stream().filter(l -> l.contains(ids.get(1))).findFirst().orElseThrow();
        JsonNode record = Json.MAPPER.readTree(contactLine.split("\t")[2]);
        assertEquals("+86*******5678".length(), record.path("request").path("callerNumber").asText().length());
        assertTrue(io.frontline.json.ReviewRecord.firedRules(record).size() > 0);
        assertTrue(record.path("decision").path("signals").size() > 0);
    }
}
