package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.RunningService;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intel lists managed over HTTP: effective on the next decision and kept across restarts. */
class IntelListsIT {
    static final String PAYMENT = """
            {"transactionId": "%s", "amount": "50.00", "currency": "CNY",
             "payer": {"accountId": "acc-list-1"}, "payee": {"accountId": "acc-mule-777"}}""";

    private static HttpResponse<String> put(RunningService svc, String list, String body) {
        return svc.send(HttpRequest.newBuilder(svc.uri("/v1/lists/" + list + "/entries"))
                .header("Authorization", "Bearer " + svc.key("policy")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> delete(RunningService svc, String list, String query) {
        return svc.send(HttpRequest.newBuilder(svc.uri("/v1/lists/" + list + "/entries?" + query))
                .header("Authorization", "Bearer " + svc.key("policy")).DELETE().build());
    }

    private static List<String> values(RunningService svc, String list) {
        JsonNode o = json(svc.get("/v1/lists/" + list + "/entries", "policy"));
        return StreamSupport.stream(o.path("entries").spliterator(), false).map(e -> e.path("value").asText()).toList();
    }

    @Test
    void a_payee_put_on_the_block_list_blocks_the_next_payment_and_stays_after_a_restart() throws Exception {
        RunningService first = RunningService.start();
        String data = first.dataDir().toString();
        try {
            assertEquals("allow", json(first.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("tx-l1"))).path("outcome").asText());
            HttpResponse<String> r = put(first, "block-payees",
                    "{\"value\": \"acc-mule-777\", \"reason\": \"mule account\", \"source\": \"police notice\"}");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode d = json(first.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("tx-l2")));
            assertEquals("block-payment", d.path("outcome").asText());
        } finally {
            first.close();
        }
        try (RunningService second = RunningService.start(Map.of("paths.data", data))) {
            assertTrue(values(second, "block-payees").contains("acc-mule-777"));
            assertEquals("block-payment", json(second.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("tx-l3"))).path("outcome").asText());
            assertEquals(200, delete(second, "block-payees", "value=acc-mule-777").statusCode());
            assertEquals("allow", json(second.postJson("/v1/transactions/decide", "payment-system",
                    PAYMENT.formatted("tx-l4"))).path("outcome").asText());
        }
    }

    @Test
    void values_are_normalized_and_baseline_entries_can_be_removed_for_good() {
        try (RunningService svc = RunningService.start()) {
            assertEquals(200, put(svc, "block-numbers", "[{\"value\": \"１７０ ５５５５ ６６６６\"}, {\"value\": \"+63 917 123 4567\"}]")
                    .statusCode());
            assertTrue(values(svc, "block-numbers").containsAll(List.of("+8617055556666", "+639171234567")));
            assertEquals(200, put(svc, "block-domains", "{\"value\": \"WWW.Evil-Bank.TOP\"}").statusCode());
            assertTrue(values(svc, "block-domains").contains("evil-bank.top"));
            assertTrue(values(svc, "block-domains").contains("icbc-safe.top"), "baseline from intel/block-domains.csv");
            assertEquals(200, delete(svc, "block-domains", "value=icbc-safe.top").statusCode());
            assertTrue(!values(svc, "block-domains").contains("icbc-safe.top"));
            assertEquals(404, delete(svc, "block-domains", "value=never-listed.top").statusCode());
        }
    }

    @Test
    void bad_entries_unknown_lists_and_other_roles_are_refused() {
        try (RunningService svc = RunningService.start()) {
            HttpResponse<String> bad = put(svc, "block-numbers", "[{\"value\": \"call me\"}, {\"reason\": \"no value\"}]");
            assertEquals(422, bad.statusCode(), bad.body());
            assertEquals(List.of("[0].value", "[1].value"), StreamSupport.stream(json(bad).path("errors").spliterator(),
                    false).map(e -> e.path("field").asText()).toList());
            assertEquals(404, svc.get("/v1/lists/no-such-list/entries", "policy").statusCode());
            assertEquals(403, svc.get("/v1/lists/block-payees/entries", "agent").statusCode());
            assertEquals(422, delete(svc, "block-payees", "").statusCode());
        }
    }
}
