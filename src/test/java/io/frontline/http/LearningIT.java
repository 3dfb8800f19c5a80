package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.Service;
import io.frontline.support.ReviewLogFiles;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback, blameless reviews and the rule report: every freeze, override and confirmed miss opens a review;
 * people appear only as pseudonyms; everything — with the account history — is rebuilt from the log on restart.
 */
class LearningIT {
    private static final String PAYMENT = """
            {"transactionId": "%s", "amount": "%s", "currency": "CNY", "payer": {"accountId": "acc-ln-1"},
             "payee": {"accountId": "p-ln"}, "device": {"id": "dev-ln", "ip": "203.0.113.9"}}""";
    private static final String SCAM_CALL = """
            {"contactId": "c-ln-1", "channel": "phone", "customer": {"accountId": "acc-ln-2", "birthYear": 1950},
             "text": "对方自称公安局民警，说我涉嫌洗钱，要求我把钱转到安全账户，还让我共享屏幕，不要告诉家人",
             "agentId": "agent-17"}""";

    @Test
    void a_logged_decision_can_be_read_back_minimized_and_given_feedback() {
        try (RunningService svc = RunningService.start()) {
            String id = json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("ln-1", "20.00")))
                    .path("decisionId").asText();
            HttpResponse<String> got = svc.get("/v1/decisions/" + id, "reviewer");
            assertEquals(200, got.statusCode(), got.body());
            JsonNode record = json(got);
            assertEquals(id, record.path("decision").path("decisionId").asText());
            assertEquals("203.0.113.0/24", record.path("request").path("device").path("ip").asText(),
                    "the record is the minimized one");
            assertEquals(404, svc.get("/v1/decisions/dcs-01JD6Z0000000000000000000", "agent").statusCode());
            assertEquals(404, svc.get("/v1/decisions/not-an-id", "agent").statusCode());
            assertEquals(403, svc.get("/v1/decisions/" + id, "payment-system").statusCode());

            assertEquals(422, svc.postJson("/v1/decisions/" + id + "/feedback", "agent",
                    "{\"action\": \"ignored\", \"outcome\": \"unknown\"}").statusCode());
            HttpResponse<String> given = svc.postJson("/v1/decisions/" + id + "/feedback", "agent",
                    "{\"action\": \"followed\", \"outcome\": \"unknown\", \"note\": \"customer confirmed the payee\"}");
            assertEquals(201, given.statusCode(), given.body());
            assertFalse(json(given).has("reviewId"), "following an allow opens no review");
            assertEquals("followed", json(svc.get("/v1/decisions/" + id, "agent")).path("feedback").path("action")
                    .asText());
            assertEquals(404, svc.postJson("/v1/decisions/dcs-01JD6Z0000000000000000000/feedback", "agent",
                    "{\"action\": \"followed\", \"outcome\": \"unknown\"}").statusCode());
        }
    }

    @Test
    void freezes_overrides_and_confirmed_misses_open_blameless_reviews_that_survive_a_restart() {
        String data;
        String missId;
        String overrideId;
        try (RunningService svc = RunningService.start()) {
            data = svc.dataDir().toString();
            // a scam call: the agent overrides whatever was recommended
            JsonNode scam = json(svc.postJson("/v1/contacts/decide", "agent", SCAM_CALL));
            assertNotEquals("allow", scam.path("outcome").asText());
            JsonNode override = json(svc.postJson("/v1/decisions/" + scam.path("decisionId").asText() + "/feedback",
                    "agent", "{\"action\": \"overrode\", \"outcome\": \"false-positive\", \"agentId\": \"agent-17\"}"));
            overrideId = override.path("reviewId").asText();
            assertTrue(overrideId.startsWith("rev-"), override.toString());
            assertTrue(override.path("by").asText().startsWith("p-"));

            // an allowed payment that turned out to be fraud: a confirmed miss
            String allowed = json(svc.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("ln-2", "30.00"))).path("decisionId").asText();
            missId = json(svc.postJson("/v1/decisions/" + allowed + "/feedback", "agent",
                    "{\"action\": \"followed\", \"outcome\": \"fraud-confirmed\"}")).path("reviewId").asText();
            assertTrue(missId.startsWith("rev-"));

            // an agent's freeze
            HttpResponse<String> frozen = svc.postJson("/v1/freezes", "agent",
                    "{\"accountId\": \"acc-ln-3\", \"reason\": \"customer reports a remote-control app\"}");
            String freezeReview = json(frozen).path("reviewId").asText();
            assertTrue(freezeReview.startsWith("rev-"), frozen.body());

            JsonNode open = json(svc.get("/v1/reviews?status=open", "reviewer")).path("reviews");
            assertEquals(List.of("override", "confirmed-miss", "freeze"), triggers(open));
            String everything = open.toString();
            assertFalse(everything.contains("agent-17"), "no review shows a real agent id: " + everything);
            assertFalse(everything.contains("agent-initial"), "nor the id of an API key: " + everything);
            assertEquals(403, svc.get("/v1/reviews", "agent").statusCode());
            assertEquals(400, svc.get("/v1/reviews?status=pending", "reviewer").statusCode());

            HttpResponse<String> written = svc.postJson("/v1/reviews/" + missId, "reviewer", """
                    {"whatHappened": "A small transfer to a known payee; the customer was coached on a call.",
                     "contributingFactors": ["missing-data", "new-scam-pattern"],
                     "lessons": "Payment systems should send activeCall.",
                     "followUps": ["Ask the app team to send session.activeCall"], "status": "closed"}""");
            assertEquals(200, written.statusCode(), written.body());
            assertEquals("closed", json(written).path("status").asText());
            assertEquals(422, svc.postJson("/v1/reviews/" + missId, "reviewer",
                    "{\"contributingFactors\": [\"the agent\"]}").statusCode(), "factors come from the taxonomy");
            assertEquals(422, svc.postJson("/v1/reviews/" + missId, "reviewer", "{}").statusCode());
            assertEquals(404, svc.postJson("/v1/reviews/rev-999999", "reviewer", "{\"lessons\": \"x\"}").statusCode());
            String logged = ReviewLogFiles.text(svc.dataDir().resolve(Service.REVIEW_LOG_DIR));
            assertFalse(logged.contains("agent-17") || logged.contains("agent-initial"),
                    "the review log holds pseudonyms only");
        }
        try (RunningService again = RunningService.start(Map.of("paths.data", data))) {
            JsonNode closed = json(again.get("/v1/reviews/" + missId, "reviewer"));
            assertEquals("closed", closed.path("status").asText(), "reviews are rebuilt from the log");
            assertEquals(List.of("missing-data", "new-scam-pattern"), strings(closed.path("contributingFactors")));
            assertEquals(List.of("override", "freeze"), triggers(json(again.get("/v1/reviews?status=open", "reviewer"))
                    .path("reviews")));
            assertEquals("open", json(again.get("/v1/reviews/" + overrideId, "reviewer")).path("status").asText());

            JsonNode report = json(again.get("/v1/reports/rules", "policy")).path("rules");
            JsonNode safeAccount = row(report, "Told to move money to a safe account");
            assertEquals(1, safeAccount.path("hits").asLong(), report.toString());
            assertEquals(1, safeAccount.path("overrides").asLong());
            assertEquals(1, safeAccount.path("falsePositives").asLong());
            assertEquals(0.0, safeAccount.path("precision").asDouble());
            JsonNode noRule = row(report, "(no rule fired)");
            assertEquals(1, noRule.path("fraudConfirmed").asLong(), "the miss shows where no rule fired");
            assertEquals(1, noRule.path("outcomes").path("allow").asLong());
            assertEquals(403, again.get("/v1/reports/rules", "agent").statusCode());
        }
    }

    @Test
    void account_history_decided_or_loaded_is_rebuilt_from_the_log_on_restart() {
        String data;
        try (RunningService svc = RunningService.start()) {
            data = svc.dataDir().toString();
            svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("ln-h1", "10.00"));
            svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("ln-h2", "10.00"));
            String daysAgo = java.time.OffsetDateTime.now().minusDays(5).toString();
            assertEquals(200, svc.postJson("/v1/history/transactions", "payment-system", """
                    {"transactions": [{"transactionId": "ln-old", "occurredAt": "%s", "amount": "80.00",
                     "currency": "CNY", "payer": {"accountId": "acc-ln-5"}, "payee": {"accountId": "p-old"}}]}"""
                    .formatted(daysAgo)).statusCode());
        }
        try (RunningService again = RunningService.start(Map.of("paths.data", data))) {
            JsonNode third = json(again.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("ln-h3", "10.00")));
            JsonNode velocity = null;
            for (JsonNode s : third.path("signals")) {
                if (s.path("kind").asText().equals("velocity")) {
                    velocity = s.path("detail");
                }
            }
            assertTrue(velocity != null, "the two payments before the restart still count: " + third);
            assertEquals(3, velocity.path("transfersLast10Minutes").asInt());
            JsonNode toOldPayee = json(again.postJson("/v1/transactions/decide", "payment-system", """
                    {"transactionId": "ln-h4", "amount": "80.00", "currency": "CNY",
                     "payer": {"accountId": "acc-ln-5"}, "payee": {"accountId": "p-old"}}"""));
            assertFalse(toOldPayee.toString().contains("first-time-payee"),
                    "a payee from the loaded history is still known: " + toOldPayee);
        }
    }

    private static JsonNode row(JsonNode report, String rule) {
        for (JsonNode r : report) {
            if (r.path("rule").asText().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + rule + " in " + report);
    }

    private static List<String> triggers(JsonNode reviews) {
        List<String> out = new ArrayList<>();
        reviews.forEach(r -> out.add(r.path("trigger").asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
