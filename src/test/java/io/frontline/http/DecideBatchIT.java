package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many payments decided in one request, each exactly as if sent alone. */
class DecideBatchIT {
    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static String groceries(String id) {
        return """
                {"transactionId": "%s", "amount": "86.50", "currency": "CNY", "type": "payment",
                 "payer": {"accountId": "acc-batch-1", "birthYear": 1985}, "payee": {"accountId": "shop-1"}}"""
                .formatted(id);
    }

    private static String donation(String id) {
        return """
                {"transactionId": "%s", "amount": "100000.00", "currency": "CNY", "type": "donation",
                 "payer": {"accountId": "acc-batch-2", "birthYear": 1948, "balance": "130000.00"},
                 "payee": {"accountId": "acc-fund", "category": "charity"}, "memo": "捐给边防战士",
                 "session": {"activeCall": true}}""".formatted(id);
    }

    private static HttpResponse<String> batch(String... transactions) {
        return svc.postJson("/v1/transactions/decide-batch", "payment-system",
                "{\"transactions\": [" + String.join(",", transactions) + "]}");
    }

    @Test
    void a_batch_is_answered_in_order_and_each_decision_is_logged_and_replayed_as_if_sent_alone() {
        HttpResponse<String> r = batch(donation("b-1"), groceries("b-2"), groceries("b-3"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode decisions = json(r).path("decisions");
        assertEquals(3, decisions.size());
        assertEquals(List.of("b-1", "b-2", "b-3"), List.of(decisions.get(0).path("transactionId").asText(),
                decisions.get(1).path("transactionId").asText(), decisions.get(2).path("transactionId").asText()));
        assertEquals("block-payment", decisions.get(0).path("outcome").asText(), decisions.get(0).toString());
        assertEquals("allow", decisions.get(1).path("outcome").asText());
        for (JsonNode d : decisions) {
            String id = d.path("decisionId").asText();
            HttpResponse<String> logged = svc.get("/v1/decisions/" + id, "reviewer");
            assertEquals(200, logged.statusCode(), "in the review log: " + id);
            List<String> fired = new ArrayList<>();
            json(logged).path("firedRules").forEach(rule -> fired.add(rule.asText()));
            List<String> reasons = new ArrayList<>();
            d.path("reasons").forEach(reason -> reasons.add(reason.path("rule").asText()));
            assertEquals(reasons, fired, "the rules that fired, as the decision's reasons name them");
        }
        HttpResponse<String> alone = svc.postJson("/v1/transactions/decide", "payment-system", donation("b-1"));
        assertEquals("true", alone.headers().firstValue("Idempotent-Replayed").orElse(""), alone.body());
        assertEquals(decisions.get(0).path("decisionId").asText(), json(alone).path("decisionId").asText());

        HttpResponse<String> again = batch(donation("b-1"), groceries("b-2"), groceries("b-4"));
        assertEquals(200, again.statusCode(), again.body());
        JsonNode second = json(again).path("decisions");
        assertEquals(decisions.get(1).path("decisionId").asText(), second.get(1).path("decisionId").asText(),
                "decided before with the same body: the same decision");
        assertFalse(second.get(2).path("decisionId").asText().equals(decisions.get(2).path("decisionId").asText()));
    }

    @Test
    void one_invalid_payment_stops_the_whole_batch_and_every_problem_is_named() {
        HttpResponse<String> r = batch(groceries("b-10"),
                "{\"transactionId\": \"b-11\", \"currency\": \"CNY\", \"payer\": {\"accountId\": \"a\"},"
                        + " \"payee\": {\"accountId\": \"b\"}}",
                groceries("b-10"),
                groceries("b-12").replace("\"CNY\"", "\"XAU\""));
        assertEquals(422, r.statusCode(), r.body());
        List<String> fields = new ArrayList<>();
        json(r).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("transactions[1].amount", "transactions[2].transactionId", "transactions[3].currency"),
                fields, r.body());
        HttpResponse<String> alone = svc.postJson("/v1/transactions/decide", "payment-system", groceries("b-10"));
        assertEquals(200, alone.statusCode());
        assertTrue(alone.headers().firstValue("Idempotent-Replayed").isEmpty(), "nothing of the batch was decided");
    }

    @Test
    void an_id_already_decided_for_a_different_payment_stops_the_batch_with_a_conflict() {
        assertEquals(200, svc.postJson("/v1/transactions/decide", "payment-system", groceries("b-20")).statusCode());
        HttpResponse<String> r = batch(groceries("b-21"), donation("b-20"));
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(json(r).path("detail").asText().startsWith("transactions[1]: "), r.body());
        HttpResponse<String> alone = svc.postJson("/v1/transactions/decide", "payment-system", groceries("b-21"));
        assertEquals(200, alone.statusCode(), "the id the batch reserved was let go: " + alone.body());
        assertTrue(alone.headers().firstValue("Idempotent-Replayed").isEmpty(), "and it was not decided then");
    }

    @Test
    void a_batch_holds_one_to_five_hundred_payments_and_is_for_payment_systems_only() {
        assertEquals(422, batch().statusCode());
        String[] tooMany = new String[BatchRoutes.MAX + 1];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = "{\"transactionId\": \"m-" + i + "\"}";
        }
        HttpResponse<String> r = batch(tooMany);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("transactions", json(r).path("errors").get(0).path("field").asText());
        assertEquals(403, svc.postJson("/v1/transactions/decide-batch", "agent",
                "{\"transactions\": [" + groceries("b-30") + "]}").statusCode());
    }
}
