package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.PolicyCopy;
import io.frontline.support.RunningService;
import io.frontline.support.TestRules;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Predicate;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy staff change rules and tables on disk; frontline picks them up behind the scenario gate, no restart. */
class PolicyReloadIT {
    private static final String RULE = TestRules.payeeRule("Payee under investigation", "PAY-900",
            "acc-under-investigation", "decision.blockPayment();");
    private static final String SCENARIO = TestRules.payeeScenario("acc-under-investigation", "block-payment",
            "Payee under investigation");
    private static final String PAYMENT = """
            {"transactionId": "%s", "amount": "10.00", "currency": "CNY",
             "payer": {"accountId": "acc-rl-1"}, "payee": {"accountId": "acc-under-investigation"}}""";

    @Test
    void a_saved_change_is_live_within_seconds_and_a_broken_one_is_reported_while_the_old_version_answers() {
        PolicyCopy copy = PolicyCopy.create();
        try (RunningService svc = RunningService.start(Map.of("paths.rules", copy.rules.toString(),
                "paths.tables", copy.tables.toString(), "paths.scenarios", copy.scenarios.toString(),
                "policy.reloadQuietMillis", "100"))) {
            String first = version(svc);
            assertEquals("allow", outcome(svc, "rl-1"));

            long start = System.nanoTime();
            copy.write("scenarios/transactions/under-investigation.json", SCENARIO);
            copy.write("rules/under-investigation.drl", RULE);
            String second = waitFor(svc, s -> !s.path("version").asText().equals(first));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("policy reload: a new DRL rule was live " + millis + " ms after it was saved");
            assertTrue(millis < 5_000, millis + " ms");
            assertEquals("block-payment", outcome(svc, "rl-2"));

            start = System.nanoTime();
            copy.write("rules/broken.drl", "package frontline.rules;\nrule \"half\" when then\n");
            JsonNode broken = json(waitForBody(svc, s -> s.path("problems").toString().contains("rules/broken.drl")));
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("policy reload: a broken DRL file was reported " + millis + " ms after it was saved");
            assertTrue(millis < 5_000, millis + " ms");
            assertEquals(second, broken.path("version").asText(), "the old version keeps answering");
            assertTrue(broken.path("problems").get(0).path("line").asInt() > 0, broken.toString());
            assertEquals("block-payment", outcome(svc, "rl-3"));
            copy.write("rules/broken.drl", "package frontline.rules;\n");

            String before = waitFor(svc, s -> s.path("problems").isEmpty());
            start = System.nanoTime();
            copy.setCell("decision-tables/payment-thresholds.drl.xlsx", "I10",
                    "A large donation by a customer in their sixties to a payee never paid before: hold it and call");
            waitFor(svc, s -> !s.path("version").asText().equals(before));
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("policy reload: a spreadsheet edit was live " + millis + " ms after it was saved");
            assertTrue(millis < 5_000, millis + " ms");
            assertTrue(svc.get("/v1/rules/files/decision-tables%2Fpayment-thresholds.drl.xlsx/drl", "policy").body()
                    .contains("in their sixties"));
        }
    }

    @Test
    void an_intel_change_is_live_without_a_restart_and_list_changes_made_through_the_api_stay() throws Exception {
        PolicyCopy copy = PolicyCopy.create();
        Map<String, String> config = new java.util.HashMap<>(copy.paths());
        config.put("policy.reloadQuietMillis", "100");
        try (RunningService svc = RunningService.start(config)) {
            assertEquals("allow", payTo(svc, "in-1", "acc-intel-new"));
            assertEquals(200, svc.send(java.net.http.HttpRequest.newBuilder(svc.uri("/v1/lists/block-payees/entries"))
                    .header("Authorization", "Bearer " + svc.key("policy")).header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"value\": \"acc-api-added\", \"reason\": \"mule\", \"source\": \"case 7\"}"))
                    .build()).statusCode());

            long start = System.nanoTime();
            java.nio.file.Files.writeString(copy.intel.resolve("block-payees.csv"),
                    "acc-intel-new,mule account named by the police,police notice,\n",
                    java.nio.file.StandardOpenOption.APPEND);
            long deadline = System.nanoTime() + 20_000_000_000L;
            int n = 0;
            while (!payTo(svc, "in-w" + n++, "acc-intel-new").equals("block-payment")) {
                assertTrue(System.nanoTime() < deadline, "the intel change never went live");
                Thread.sleep(50);
            }
            System.out.println("intel reload: a block-list line was live " + (System.nanoTime() - start) / 1_000_000
                    + " ms after it was saved");
            assertEquals("block-payment", payTo(svc, "in-2", "acc-api-added"), "API changes stay over the new file");

            String before = version(svc);
            java.nio.file.Files.writeString(copy.intel.resolve("number-ranges.csv"), "170,not-a-kind,broken\n",
                    java.nio.file.StandardOpenOption.APPEND);
            JsonNode broken = json(waitForBody(svc, s -> s.path("problems").toString().contains("number-ranges")));
            assertEquals(before, broken.path("version").asText());
            assertEquals("block-payment", payTo(svc, "in-3", "acc-intel-new"), "the intel in use stays");
        }
    }

    private static String payTo(RunningService svc, String id, String payee) {
        return json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted(id)
                .replace("acc-under-investigation", payee))).path("outcome").asText();
    }

    private static String outcome(RunningService svc, String id) {
        return json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted(id)))
                .path("outcome").asText();
    }

    private static String version(RunningService svc) {
        return json(svc.get("/v1/rules", "policy")).path("version").asText();
    }

    private static String waitFor(RunningService svc, Predicate<JsonNode> done) {
        return json(waitForBody(svc, done)).path("version").asText();
    }

    private static java.net.http.HttpResponse<String> waitForBody(RunningService svc, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            java.net.http.HttpResponse<String> r = svc.get("/v1/rules", "policy");
            if (done.test(json(r))) {
                return r;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no reload within 20 s: " + svc.get("/v1/rules", "policy").body());
    }
}
