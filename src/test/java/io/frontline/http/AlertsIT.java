package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.json.Json;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agent consoles see escalations and freezes as they happen, over server-sent events. */
class AlertsIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One open event stream: its data lines, as they come. */
    private record EventStream(BlockingQueue<String> lines, CompletableFuture<HttpResponse<Stream<String>>> response) {
        JsonNode next(Duration within) throws Exception {
            long end = System.nanoTime() + within.toNanos();
            String id = null;
            while (System.nanoTime() < end) {
                String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    JsonNode alert = Json.MAPPER.readTree(line.substring(6));
                    assertEquals(id, alert.path("alertId").asText(), "the event id is the alert id");
                    return alert;
                }
            }
            return null;
        }

        void close() {
            response.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }

    @Test
    void a_held_payment_reaches_an_open_console_within_a_second() throws Exception {
        try (RunningService svc = RunningService.start()) {
            EventStream stream = open(svc, "/v1/alerts?route=anti-fraud-specialist", null);
            try {
                long sent = System.nanoTime();
                JsonNode decision = json(svc.postJson("/v1/transactions/decide", "payment-system", donation("tx-al-1")));
                JsonNode alert = stream.next(Duration.ofSeconds(5));
                long millis = (System.nanoTime() - sent) / 1_000_000;
                assertNotNull(alert, "no alert");
                System.out.println("alert: decision to console in " + millis + " ms");
                assertTrue(millis < 1_000, "the alert took " + millis + " ms");
                assertEquals(decision.path("decisionId").asText(), alert.path("decisionId").asText());
                assertEquals("block-payment", alert.path("outcome").asText());
                assertEquals("anti-fraud-specialist", alert.path("route").asText());
                assertEquals("urgent", alert.path("priority").asText());
                assertEquals("acc-1", alert.path("accountId").asText());
                assertTrue(alert.path("olderCustomer").asBoolean());
                assertEquals("/v1/decisions/" + decision.path("decisionId").asText(), alert.path("link").asText());
                assertTrue(alert.path("reasons").get(0).path("message").has("zh-Hans"));
            } finally {
                stream.close();
            }
        }
    }

    @Test
    void a_console_sees_only_its_routes_and_every_freeze_and_catches_up_after_reconnecting() throws Exception {
        try (RunningService svc = RunningService.start()) {
            EventStream experts = open(svc, "/v1/alerts?route=expert,security-team", null);
            String lastSeen;
            try {
                svc.postJson("/v1/transactions/decide", "payment-system", donation("tx-al-2"));
                assertEquals(201, svc.postJson("/v1/freezes", "agent",
                        "{\"accountId\": \"acc-al-9\", \"reason\": \"customer reports a fake police call\"}").statusCode());
                JsonNode freeze = experts.next(Duration.ofSeconds(5));
                assertNotNull(freeze);
                assertEquals("freeze", freeze.path("kind").asText(), "the held payment went to another route");
                assertEquals("acc-al-9", freeze.path("accountId").asText());
                assertTrue(freeze.path("by").asText().startsWith("p-"), "a pseudonym, never a key or agent id");
                lastSeen = freeze.path("alertId").asText();
            } finally {
                experts.close();
            }
            svc.postJson("/v1/freezes", "agent", "{\"accountId\": \"acc-al-10\", \"reason\": \"second call\"}");
            EventStream back = open(svc, "/v1/alerts?route=expert", lastSeen);
            try {
                JsonNode missed = back.next(Duration.ofSeconds(5));
                assertNotNull(missed, "the alert raised while away");
                assertEquals("acc-al-10", missed.path("accountId").asText());
            } finally {
                back.close();
            }
        }
    }

    @Test
    void a_bad_route_is_refused_and_only_agents_may_watch() {
        try (RunningService svc = RunningService.start()) {
            HttpResponse<String> bad = svc.get("/v1/alerts?route=nobody", "agent");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("anti-fraud-specialist"), bad.body());
            assertEquals(403, svc.get("/v1/alerts", "payment-system").statusCode());
            JsonNode me = json(svc.get("/v1/me", "reviewer"));
            assertEquals("reviewer", me.path("role").asText());
            assertTrue(me.path("who").asText().startsWith("p-"));
        }
    }

    private static EventStream open(RunningService svc, String path, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(svc.uri(path)).GET()
                .header("Authorization", "Bearer " + svc.key("agent"));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                CLIENT.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> r = response.get(5, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                r.body().forEach(lines::add);
            } catch (RuntimeException e) {
                // the stream was closed
            }
        }, "alert-reader");
        reader.setDaemon(true);
        reader.start();
        // the stream is open once its first line (the retry hint) arrived
        String first = lines.poll(5, TimeUnit.SECONDS);
        assertNotNull(first);
        assertTrue(first.startsWith("retry:"), first);
        return new EventStream(lines, response);
    }

    private static String donation(String id) throws Exception {
        return Files.readString(Path.of("examples/transaction-elderly-donation.json")).replace("tx-1001", id);
    }
}
