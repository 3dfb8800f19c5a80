package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Past payments loaded from the payment system's records shape the decisions that follow. */
class HistoryIT {
    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static String past(String id, int daysAgo, String amount, String payee) {
        return """
                {"transactionId": "%s", "occurredAt": "%s", "amount": "%s", "currency": "CNY",
                 "payer": {"accountId": "acc-hist", "birthYear": 1948}, "payee": {"accountId": "%s"}}"""
                .formatted(id, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(daysAgo), amount, payee);
    }

    @Test
    void a_payee_paid_in_the_loaded_history_is_no_longer_first_time() {
        HttpResponse<String> r = svc.postJson("/v1/history/transactions", "payment-system",
                "{\"transactions\": [" + past("h1", 30, "20000.00", "acc-son") + "," + past("h2", 20, "18000.00", "acc-son")
                        + "," + past("h3", 10, "22000.00", "acc-son") + "]}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, json(r).path("loaded").asInt());
        JsonNode d = json(svc.postJson("/v1/transactions/decide", "payment-system", """
                {"transactionId": "h-now", "amount": "21000.00", "currency": "CNY",
                 "payer": {"accountId": "acc-hist", "birthYear": 1948}, "payee": {"accountId": "acc-son"}}"""));
        assertEquals("allow", d.path("outcome").asText(), d.toString());
    }

    @Test
    void one_bad_past_payment_loads_none_and_is_named() {
        HttpResponse<String> r = svc.postJson("/v1/history/transactions", "payment-system",
                "{\"transactions\": [" + past("h4", 3, "10.00", "p") + ","
                        + past("h5", -3, "10.00", "p") + "]}");
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("transactions[1].occurredAt", json(r).path("errors").get(0).path("field").asText());
        HttpResponse<String> missing = svc.postJson("/v1/history/transactions", "payment-system",
                "{\"transactions\": [{\"transactionId\": \"x\", \"amount\": \"1.00\", \"currency\": \"CNY\","
                        + " \"payer\": {\"accountId\": \"a\"}, \"payee\": {\"accountId\": \"b\"}}]}");
        assertEquals(422, missing.statusCode());
        assertTrue(missing.body().contains("transactions[0].occurredAt"), missing.body());
        assertEquals(403, svc.postJson("/v1/history/transactions", "agent", "{\"transactions\": []}").statusCode());
    }
}
