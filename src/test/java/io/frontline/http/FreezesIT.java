package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An agent's freeze takes effect within one request, stands across restarts, and only a reviewer's note lifts it. */
class FreezesIT {
    static final String PAYMENT = """
            {"transactionId": "%s", "amount": "20.00", "currency": "CNY",
             "payer": {"accountId": "acc-fz-1"}, "payee": {"accountId": "p-fz"}}""";

    @Test
    void an_agent_freezes_at_once_and_only_a_reviewer_with_a_note_releases() {
        String data;
        try (RunningService svc = RunningService.start()) {
            data = svc.dataDir().toString();
            assertEquals("allow", json(svc.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("fz-1"))).path("outcome").asText());
            HttpResponse<String> frozen = svc.postJson("/v1/freezes", "agent",
                    "{\"accountId\": \"acc-fz-1\", \"reason\": \"customer on the phone with a fake police officer\"}");
            assertEquals(201, frozen.statusCode(), frozen.body());
            JsonNode d = json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("fz-2")));
            assertEquals("block-payment", d.path("outcome").asText(), "effective on the very next decision");
            assertEquals(403, svc.postJson("/v1/freezes/acc-fz-1/release", "agent", "{\"note\": \"ok\"}").statusCode());
        }
        try (RunningService again = RunningService.start(Map.of("paths.data", data))) {
            assertEquals("active", json(again.get("/v1/freezes/acc-fz-1", "reviewer")).path("status").asText(),
                    "the freeze survives a restart");
            assertEquals(422, again.postJson("/v1/freezes/acc-fz-1/release", "reviewer", "{}").statusCode());
            HttpResponse<String> released = again.postJson("/v1/freezes/acc-fz-1/release", "reviewer",
                    "{\"note\": \"called the customer back on the number on file; the scam was stopped in time\"}");
            assertEquals(200, released.statusCode(), released.body());
            assertEquals("allow", json(again.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("fz-3"))).path("outcome").asText());
            assertEquals(404, again.postJson("/v1/freezes/acc-fz-1/release", "reviewer", "{\"note\": \"again\"}")
                    .statusCode());
        }
        try (RunningService third = RunningService.start(Map.of("paths.data", data))) {
            assertEquals("none", json(third.get("/v1/freezes/acc-fz-1", "agent")).path("status").asText(),
                    "a release survives a restart too");
        }
    }
}
