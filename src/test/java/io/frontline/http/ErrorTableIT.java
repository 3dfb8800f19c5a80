package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every row of the public error table, against a real server. */
class ErrorTableIT {
    static final String TX = "/v1/transactions/decide";
    static final String CONTACT = "/v1/contacts/decide";
    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start(Map.of("http.bodyLimitBytes", "4096"));
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    static String transaction(String id, String amount) {
        return """
            {"transactionId": "%s", "amount": "%s", "currency": "CNY",
             "payer": {"accountId": "acc-e1"}, "payee": {"accountId": "acc-e2"}}""".formatted(id, amount);
    }

    static JsonNode problem(HttpResponse<String> r, int status, String type) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = json(r);
        assertEquals(type, p.path("type").asText(), r.body());
        assertEquals(status, p.path("status").asInt());
        assertFalse(p.path("title").asText().isBlank());
        assertFalse(p.path("detail").asText().isBlank());
        assertEquals(r.headers().firstValue("X-Request-Id").orElse("?"), p.path("requestId").asText());
        return p;
    }

    @Test
    void a_body_that_is_not_json_is_malformed_json() {
        problem(svc.postJson(TX, "payment-system", "{\"transactionId\": "), 400, "malformed-json");
        problem(svc.postJson(TX, "payment-system", "not json at all"), 400, "malformed-json");
        problem(svc.postJson(TX, "payment-system", ""), 400, "malformed-json");
    }

    @Test
    void a_json_array_or_scalar_is_malformed_json() {
        problem(svc.postJson(TX, "payment-system", "[1, 2]"), 400, "malformed-json");
        problem(svc.postJson(CONTACT, "agent", "\"text\""), 400, "malformed-json");
    }

    @Test
    void invalid_utf8_is_malformed_json() {
        byte[] body = "{\"transactionId\": \"tx-\u0000\"}".getBytes();
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, 18);
        broken[18] = (byte) 0xC3;
        broken[19] = (byte) 0x28;
        System.arraycopy(body, 18, broken, 20, body.length - 18);
        problem(svc.post(TX, "payment-system", "application/json", HttpRequest.BodyPublishers.ofByteArray(broken)),
                400, "malformed-json");
    }

    @Test
    void deeply_nested_json_is_malformed_json_not_a_crash() {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        JsonNode p = problem(svc.postJson(TX, "payment-system", deep), 400, "malformed-json");
        assertTrue(p.path("detail").asText().contains("nested"), p.toString());
    }

    @Test
    void duplicate_keys_are_malformed_json() {
        problem(svc.postJson(TX, "payment-system", "{\"amount\": \"1\", \"amount\": \"2\"}"), 400, "malformed-json");
    }

    @Test
    void no_api_key_is_unauthenticated() {
        HttpResponse<String> r = svc.postJson(TX, null, transaction("tx-e1", "10.00"));
        problem(r, 401, "unauthenticated");
        assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void an_unknown_api_key_is_unauthenticated() {
        HttpRequest req = HttpRequest.newBuilder(svc.uri(TX)).header("Authorization", "Bearer fl_made_up")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(transaction("tx-e2", "10.00"))).build();
        problem(svc.send(req), 401, "unauthenticated");
        HttpRequest basic = HttpRequest.newBuilder(svc.uri("/v1/rules")).header("Authorization", "Basic YTpi").build();
        problem(svc.send(basic), 401, "unauthenticated");
    }

    @Test
    void a_role_that_may_not_do_it_is_forbidden() {
        problem(svc.postJson(TX, "agent", transaction("tx-e3", "10.00")), 403, "forbidden");
        problem(svc.postJson(CONTACT, "payment-system", "{\"contactId\":\"c\",\"channel\":\"chat\",\"text\":\"hi\"}"),
                403, "forbidden");
        problem(svc.get("/v1/rules", "agent"), 403, "forbidden");
        problem(svc.get("/metrics", "policy"), 403, "forbidden");
    }

    @Test
    void admin_may_do_everything() {
        assertEquals(200, svc.postJson(TX, "admin", transaction("tx-e4", "10.00")).statusCode());
        assertEquals(200, svc.get("/v1/rules", "admin").statusCode());
        assertEquals(200, svc.get("/metrics", "admin").statusCode());
    }

    @Test
    void an_unknown_route_is_not_found() {
        problem(svc.get("/v1/nothing-here", "admin"), 404, "not-found");
        problem(svc.get("/", null), 404, "not-found");
    }

    @Test
    void a_body_over_the_limit_is_payload_too_large() {
        String big = "{\"transactionId\":\"tx-big\",\"memo\":\"" + "x".repeat(5000) + "\"}";
        problem(svc.postJson(TX, "payment-system", big), 413, "payload-too-large");
    }

    @Test
    void a_body_that_is_not_declared_json_is_unsupported_media_type() {
        String body = transaction("tx-e5", "10.00");
        problem(svc.post(TX, "payment-system", "text/plain", HttpRequest.BodyPublishers.ofString(body)), 415,
                "unsupported-media-type");
        problem(svc.post(TX, "payment-system", null, HttpRequest.BodyPublishers.ofString(body)), 415,
                "unsupported-media-type");
        problem(svc.post(TX, "payment-system", "application/json; charset=iso-8859-1",
                HttpRequest.BodyPublishers.ofString(body)), 415, "unsupported-media-type");
        assertEquals(200, svc.post(TX, "payment-system", "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(body)).statusCode());
    }

    @Test
    void invalid_fields_are_each_listed() {
        String body = """
            {"transactionId": "", "amount": "-5", "currency": "yuan", "type": "gift", "channel": "fax",
             "occurredAt": "yesterday", "payer": {"birthYear": 1800, "balance": 100},
             "payee": "acc-9", "session": {"activeCall": "yes"}, "language": "fr"}""";
        JsonNode p = problem(svc.postJson(TX, "payment-system", body), 422, "invalid-payload");
        List<String> fields = fields(p);
        for (String f : List.of("transactionId", "amount", "currency", "type", "channel", "occurredAt",
                "payer.accountId", "payer.birthYear", "payer.balance", "payee", "session.activeCall", "language")) {
            assertTrue(fields.contains(f), f + " not listed in " + p);
        }
    }

    @Test
    void missing_required_fields_are_each_listed() {
        JsonNode p = problem(svc.postJson(TX, "payment-system", "{}"), 422, "invalid-payload");
        assertEquals(List.of("transactionId", "amount", "currency", "payer", "payee"), fields(p));
        JsonNode c = problem(svc.postJson(CONTACT, "agent", "{\"contactId\": \"c-1\", \"channel\": \"chat\"}"), 422,
                "invalid-payload");
        assertEquals(List.of("text"), fields(c));
    }

    @Test
    void absurd_amounts_and_dates_out_of_range_are_invalid() {
        problem(svc.postJson(TX, "payment-system", transaction("tx-e6", "1e9")), 422, "invalid-payload");
        problem(svc.postJson(TX, "payment-system", transaction("tx-e7", "99999999999999999999.00")), 422,
                "invalid-payload");
        problem(svc.postJson(TX, "payment-system", transaction("tx-e8", "0.00")), 422, "invalid-payload");
        problem(svc.postJson(TX, "payment-system", transaction("tx-e8b", "NaN")), 422, "invalid-payload");
        String future = transaction("tx-e9", "5.00").replace("\"currency\"", "\"occurredAt\": \"2999-01-01T00:00:00Z\", \"currency\"");
        problem(svc.postJson(TX, "payment-system", future), 422, "invalid-payload");
        String numeric = transaction("tx-e10", "5.00").replace("\"5.00\"", "5.00");
        problem(svc.postJson(TX, "payment-system", numeric), 422, "invalid-payload");
    }

    @Test
    void the_same_id_for_a_different_request_is_a_conflict_and_a_retry_gets_the_same_decision() {
        HttpResponse<String> first = svc.postJson(TX, "payment-system", transaction("tx-e11", "10.00"));
        HttpResponse<String> retry = svc.postJson(TX, "payment-system", transaction("tx-e11", "10.00"));
        assertEquals(200, retry.statusCode());
        assertEquals(json(first).path("decisionId"), json(retry).path("decisionId"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        problem(svc.postJson(TX, "payment-system", transaction("tx-e11", "99.00")), 409, "conflict");
    }

    @Test
    void a_retry_writing_the_amount_with_another_scale_is_the_same_request() {
        HttpResponse<String> first = svc.postJson(TX, "payment-system", transaction("tx-e13", "10.00"));
        HttpResponse<String> retry = svc.postJson(TX, "payment-system", transaction("tx-e13", "10.0"));
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(json(first).path("decisionId"), json(retry).path("decisionId"));
    }

    @Test
    void an_unreadable_path_is_a_bad_request() throws Exception {
        // the JDK client refuses to send a broken escape, so speak HTTP over a plain socket
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", svc.service().port())) {
            socket.getOutputStream().write(("GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("application/problem+json") && response.contains("\"bad-request\""), response);
        }
    }

    @Test
    void a_currency_without_a_rate_is_invalid_not_treated_as_yuan() {
        JsonNode p = problem(svc.postJson(TX, "payment-system", transaction("tx-e14", "10.00").replace("CNY", "XAU")),
                422, "invalid-payload");
        assertEquals("currency", p.path("errors").get(0).path("field").asText());
    }

    @Test
    void a_ruleset_that_fails_a_scenario_does_not_serve() throws Exception {
        Path scenarios = Files.createTempDirectory("failing-scenarios");
        Files.writeString(scenarios.resolve("wrong.json"), """
                {"name": "A tiny grocery payment is expected to be frozen", "subject": "transaction",
                 "request": {"transactionId": "t", "amount": "5.00", "currency": "CNY",
                             "payer": {"accountId": "a"}, "payee": {"accountId": "b"}},
                 "expect": {"outcome": "emergency-freeze"}}""");
        try (RunningService gated = RunningService.start(Map.of("paths.scenarios", scenarios.toString()))) {
            problem(gated.postJson(TX, "payment-system", transaction("tx-e15", "10.00")), 503, "not-ready");
            JsonNode rules = json(gated.get("/v1/rules", "policy"));
            assertTrue(rules.path("problems").get(0).path("message").asText().contains("expected outcome emergency-freeze"),
                    rules.toString());
        }
    }

    @Test
    void a_client_over_its_rate_is_rate_limited() {
        try (RunningService slow = RunningService.start(Map.of("http.rateLimitPerSecond", "1",
                "http.rateLimitBurst", "2"))) {
            int limited = 0;
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = slow.get("/v1/rules", "policy");
                if (r.statusCode() == 429) {
                    problem(r, 429, "rate-limited");
                    assertTrue(r.headers().firstValue("Retry-After").isPresent());
                    limited++;
                }
            }
            assertTrue(limited >= 3, "at most 2 requests pass at once, then about 1 per second");
        }
    }

    @Test
    void without_a_valid_ruleset_it_is_not_ready_and_never_allows() throws Exception {
        Path broken = Files.createTempDirectory("broken-rules");
        Files.writeString(broken.resolve("broken.drl"), "package x; rule \"r\" when then end oops");
        try (RunningService down = RunningService.start(Map.of("paths.rules", broken.toString(),
                "paths.tables", broken.toString()))) {
            problem(down.postJson(TX, "payment-system", transaction("tx-e12", "10.00")), 503, "not-ready");
            problem(down.get("/health/ready", null), 503, "not-ready");
            assertEquals(200, down.get("/health/live", null).statusCode());
            JsonNode rules = json(down.get("/v1/rules", "policy"));
            assertTrue(rules.path("version").isNull());
            assertEquals("rules/broken.drl", rules.path("problems").get(0).path("file").asText().replaceFirst("^[^/]+/", "rules/"));
        }
    }

    @Test
    void health_endpoints_need_no_key() {
        assertEquals(200, svc.get("/health/live", null).statusCode());
        HttpResponse<String> ready = svc.get("/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(json(ready).path("ruleset").asText().startsWith("rs-"));
    }

    private static List<String> fields(JsonNode problem) {
        return java.util.stream.StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
