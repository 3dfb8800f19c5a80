package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.support.Multipart;
import io.frontline.support.PolicyCopy;
import io.frontline.support.RunningService;
import io.frontline.support.TestRules;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.frontline.support.RunningService.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy staff who never touch the server's disk upload a change, see what it does, have a second person
 * publish it, and roll it back; every version put into force is kept.
 */
class PolicyLifecycleIT {
    private static final String RULE = TestRules.payeeRule("Payee on the sanctions list", "PAY-901",
            "acc-sanctioned", "decision.blockPayment();");
    private static final String SCENARIO = TestRules.payeeScenario("acc-sanctioned", "block-payment",
            "Payee on the sanctions list");
    private static final String PAYMENT = """
            {"transactionId": "%s", "amount": "10.00", "currency": "CNY",
             "payer": {"accountId": "acc-pl-1"}, "payee": {"accountId": "acc-sanctioned"}}""";

    @Test
    void an_uploaded_change_is_validated_published_by_a_second_person_and_rolled_back() throws Exception {
        PolicyCopy copy = PolicyCopy.create();
        Map<String, String> config = copy.paths();
        String first;
        String second;
        Path data;
        try (RunningService svc = RunningService.start(config)) {
            data = svc.dataDir();
            first = json(svc.get("/v1/rules", "policy")).path("version").asText();
            JsonNode versions = json(svc.get("/v1/rules/versions", "reviewer")).path("versions");
            assertEquals(1, versions.size());
            assertEquals("start", versions.get(0).path("source").asText());
            assertEquals(first, versions.get(0).path("version").asText());

            // the drafter uploads a rule and its scenario: checked, not yet in force
            JsonNode draft = json(validate(svc, "policy", new Multipart()
                    .file("rules/sanctions.drl", "sanctions.drl", RULE)
                    .file("files", "sanctions.json", SCENARIO)));
            assertTrue(draft.path("valid").asBoolean(), draft.toString());
            assertEquals(first, draft.path("basedOn").asText());
            assertEquals("[\"rules/sanctions.drl\",\"scenarios/sanctions.json\"]",
                    draft.path("changes").path("added").toString());
            assertNotEquals(first, draft.path("version").asText());
            assertEquals("allow", outcome(svc, "pl-1"), "a draft changes nothing in force");
            String draftId = draft.path("draftId").asText();
            JsonNode stored = ((com.fasterxml.jackson.databind.node.ObjectNode) draft.deepCopy()).without("backtest");
            assertEquals(stored, json(svc.get("/v1/rules/drafts/" + draftId, "policy")), "the backtest is not stored");

            // four-eyes: the drafter cannot publish
            HttpResponse<String> own = publish(svc, "policy", draftId);
            assertEquals(403, own.statusCode(), own.body());
            assertTrue(own.body().contains("four-eyes"), own.body());

            HttpResponse<String> published = publish(svc, "admin", draftId);
            assertEquals(200, published.statusCode(), published.body());
            second = json(published).path("version").asText();
            assertEquals(draft.path("version").asText(), second);
            assertEquals("publish", json(published).path("source").asText());
            assertEquals(second, json(svc.get("/v1/rules", "policy")).path("version").asText());
            JsonNode decided = json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("pl-2")));
            assertEquals("block-payment", decided.path("outcome").asText());
            assertEquals(second, decided.path("ruleset").asText());
            assertTrue(Files.exists(copy.rules.resolve("sanctions.drl")), "published files are on disk for restarts");
            assertTrue(Files.exists(copy.scenarios.resolve("sanctions.json")));

            // a draft drawn from the old version conflicts now
            JsonNode stale = json(validate(svc, "policy", new Multipart().field(PolicyRoutes.REMOVE_FIELD,
                    "rules/sanctions.drl").field(PolicyRoutes.REMOVE_FIELD, "scenarios/sanctions.json")));
            assertTrue(stale.path("valid").asBoolean(), stale.toString());
            assertEquals(first, stale.path("version").asText(), "removing the rule again gives the first version");

            // a broken upload is reported with its file and line, and cannot be published
            JsonNode broken = json(validate(svc, "policy", new Multipart().file("files", "broken.drl",
                    "package frontline.rules;\nrule \"half\" when then\n")));
            assertFalse(broken.path("valid").asBoolean());
            assertTrue(broken.path("problems").get(0).path("file").asText().endsWith("broken.drl"), broken.toString());
            assertTrue(broken.path("problems").get(0).path("line").asInt() > 0, broken.toString());
            HttpResponse<String> refused = publish(svc, "admin", broken.path("draftId").asText());
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("rule-problems"), refused.body());

            // rollback puts the first version back, files and all
            HttpResponse<String> rolledBack = svc.postJson("/v1/rules/rollback", "policy",
                    "{\"version\": \"" + first + "\", \"reason\": \"blocks too much during the incident\"}");
            assertEquals(200, rolledBack.statusCode(), rolledBack.body());
            assertEquals(first, json(svc.get("/v1/rules", "policy")).path("version").asText());
            assertFalse(Files.exists(copy.rules.resolve("sanctions.drl")));
            assertEquals("allow", outcome(svc, "pl-3"));

            HttpResponse<String> again = svc.postJson("/v1/rules/rollback", "policy",
                    "{\"version\": \"" + first + "\", \"reason\": \"twice\"}");
            assertEquals(409, again.statusCode(), again.body());
            assertEquals(422, svc.postJson("/v1/rules/rollback", "policy", "{\"version\": \"" + second + "\"}")
                    .statusCode(), "a rollback says why");
            assertEquals(404, svc.postJson("/v1/rules/rollback", "policy",
                    "{\"version\": \"rs-0000000000\", \"reason\": \"x\"}").statusCode());
            assertEquals(403, validate(svc, "agent", new Multipart().file("files", "x.drl", RULE)).statusCode());
            assertEquals(415, svc.postJson("/v1/rules/validate", "policy", "{}").statusCode());
        }

        // every version put into force is kept across restarts: start, publish, rollback
        Map<String, String> again = new java.util.HashMap<>(config);
        again.put("paths.data", data.toString());
        try (RunningService svc = RunningService.start(again)) {
            JsonNode versions = json(svc.get("/v1/rules/versions", "policy")).path("versions");
            assertEquals(3, versions.size(), versions.toString());
            assertEquals("rollback", versions.get(0).path("source").asText());
            assertEquals(first, versions.get(0).path("version").asText());
            assertEquals("publish", versions.get(1).path("source").asText());
            assertEquals(second, versions.get(1).path("version").asText());
            assertTrue(versions.get(1).path("by").asText().startsWith("p-"), "people appear as pseudonyms");
            assertEquals("start", versions.get(2).path("source").asText());
            HttpResponse<String> back = svc.postJson("/v1/rules/rollback", "policy",
                    "{\"version\": \"" + second + "\", \"reason\": \"the incident is over\"}");
            assertEquals(200, back.statusCode(), back.body());
            assertEquals("block-payment", outcome(svc, "pl-4"));
        }
    }

    @Test
    void a_draft_runs_in_the_shadow_of_live_traffic_without_changing_an_answer() throws Exception {
        PolicyCopy copy = PolicyCopy.create();
        try (RunningService svc = RunningService.start(copy.paths())) {
            String live = json(svc.get("/v1/rules", "policy")).path("version").asText();
            JsonNode draft = json(validate(svc, "policy", new Multipart().file("files", "sanctions.drl", RULE)
                    .file("files", "sanctions.json", SCENARIO)));
            assertEquals(404, svc.get("/v1/rules/shadow", "reviewer").statusCode());

            HttpResponse<String> started = svc.postJson("/v1/rules/shadow", "policy",
                    "{\"draftId\": \"" + draft.path("draftId").asText() + "\", \"minutes\": 10}");
            assertEquals(200, started.statusCode(), started.body());
            assertEquals("running", json(started).path("status").asText());
            assertEquals(live, json(started).path("liveVersion").asText());
            assertEquals(draft.path("version").asText(), json(started).path("candidateVersion").asText());

            for (int i = 0; i < 10; i++) {
                // each from its own payer: repeated payments by one payer would raise velocity rules
                assertEquals("allow", json(svc.postJson("/v1/transactions/decide", "payment-system",
                        PAYMENT.formatted("sh-" + i).replace("acc-pl-1", "acc-sh-" + i))).path("outcome").asText(),
                        "the live answer is never affected");
                assertEquals(200, svc.postJson("/v1/transactions/decide", "payment-system",
                        PAYMENT.formatted("sh-other-" + i).replace("acc-pl-1", "acc-sh-" + i)
                                .replace("acc-sanctioned", "acc-grocer")).statusCode());
            }
            JsonNode report = waitForCompared(svc, 20);
            assertEquals(10, report.path("changed").asInt(), report.toString());
            assertEquals(List.of("allow->allow:10", "allow->block-payment:10"), transitions(report));
            JsonNode sanctions = find(report.path("rules"), "Payee on the sanctions list");
            assertEquals(0, sanctions.path("live").asInt());
            assertEquals(10, sanctions.path("candidate").asInt());
            JsonNode sample = report.path("samples").get(0);
            assertEquals("block-payment", sample.path("candidate").asText());
            assertEquals("[\"Payee on the sanctions list\"]", sample.path("rulesAdded").toString());

            HttpResponse<String> stopped = svc.send(java.net.http.HttpRequest.newBuilder(svc.uri("/v1/rules/shadow"))
                    .header("Authorization", "Bearer " + svc.key("policy")).DELETE().build());
            assertEquals("stopped", json(stopped).path("status").asText());
            outcome(svc, "sh-after");
            assertEquals(20, json(svc.get("/v1/rules/shadow", "reviewer")).path("compared").asInt());

            JsonNode broken = json(validate(svc, "policy", new Multipart().file("files", "broken.drl", "rule")));
            assertEquals(422, svc.postJson("/v1/rules/shadow", "policy", "{\"draftId\": \""
                    + broken.path("draftId").asText() + "\", \"minutes\": 10}").statusCode());
            assertEquals(404, svc.postJson("/v1/rules/shadow", "policy",
                    "{\"draftId\": \"dft-none\", \"minutes\": 10}").statusCode());
            assertEquals(422, svc.postJson("/v1/rules/shadow", "policy", "{\"draftId\": \"x\"}").statusCode());

            // two drafts drawn from the same policy that only add scenarios: the ruleset version stays the same,
            // yet publishing the second would silently drop the first's scenario
            String allow = """
                    [{"name": "%s", "subject": "transaction",
                      "request": {"transactionId": "sc-%s", "occurredAt": "2026-11-22T10:00:00+08:00",
                                  "amount": "10.00", "currency": "CNY", "payer": {"accountId": "acc-sc-payer"},
                                  "payee": {"accountId": "acc-grocer"}},
                      "expect": {"outcome": "allow"}}]""";
            JsonNode first = json(validate(svc, "policy", new Multipart().file("files", "extra-1.json",
                    allow.formatted("A payment to a grocer is allowed (1)", "x1"))));
            JsonNode second = json(validate(svc, "policy", new Multipart().file("files", "extra-2.json",
                    allow.formatted("A payment to a grocer is allowed (2)", "x2"))));
            assertEquals(200, publish(svc, "admin", first.path("draftId").asText()).statusCode());
            HttpResponse<String> stale = publish(svc, "admin", second.path("draftId").asText());
            assertEquals(409, stale.statusCode(), stale.body());
            assertTrue(Files.exists(copy.scenarios.resolve("extra-1.json")));
        }
    }

    @Test
    void a_draft_is_backtested_over_the_facts_of_logged_decisions_with_precision_and_recall_from_feedback() {
        PolicyCopy copy = PolicyCopy.create();
        Path data;
        Map<String, String> config = new java.util.HashMap<>(copy.paths());
        config.put("review.keepFacts", "true");
        try (RunningService svc = RunningService.start(config)) {
            List<String> sanctioned = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sanctioned.add(json(svc.postJson("/v1/transactions/decide", "payment-system",
                        PAYMENT.formatted("bt-" + i).replace("acc-pl-1", "acc-bt-" + i))).path("decisionId").asText());
                svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted("bt-other-" + i)
                        .replace("acc-pl-1", "acc-bt-" + i).replace("acc-sanctioned", "acc-grocer"));
            }
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> fed = svc.postJson("/v1/decisions/" + sanctioned.get(i) + "/feedback", "agent",
                        "{\"action\": \"followed\", \"outcome\": \"fraud-confirmed\", \"note\": \"mule\"}");
                assertEquals(201, fed.statusCode(), fed.body());
            }

            JsonNode draft = json(validate(svc, "policy", new Multipart().file("files", "sanctions.drl", RULE)
                    .file("files", "sanctions.json", SCENARIO)));
            JsonNode backtest = draft.path("backtest");
            assertEquals(20, backtest.path("read").asInt(), draft.toString());
            assertEquals(0, backtest.path("withoutFacts").asInt());
            assertEquals(10, backtest.path("changed").asInt());
            assertEquals(List.of("allow->allow:10", "allow->block-payment:10"), transitions(backtest));
            assertEquals(3, backtest.path("live").path("missedFraud").asInt());
            assertEquals(0.0, backtest.path("live").path("recall").asDouble());
            assertTrue(backtest.path("live").path("precision").isNull(), "the live ruleset flagged nothing labelled");
            assertEquals(1.0, backtest.path("candidate").path("recall").asDouble());
            assertEquals(1.0, backtest.path("candidate").path("precision").asDouble());

            HttpResponse<String> lastFive = svc.postJson("/v1/rules/backtest", "policy",
                    "{\"draftId\": \"" + draft.path("draftId").asText() + "\", \"last\": 5}");
            assertEquals(200, lastFive.statusCode(), lastFive.body());
            assertEquals(5, json(lastFive).path("read").asInt());
            assertEquals(422, svc.postJson("/v1/rules/backtest", "policy",
                    "{\"draftId\": \"x\", \"last\": 0}").statusCode());
            String draftId = draft.path("draftId").asText();
            String now = java.time.OffsetDateTime.now().plusMinutes(1).toString();
            JsonNode ranged = json(svc.postJson("/v1/rules/backtest", "policy", "{\"draftId\": \"" + draftId
                    + "\", \"from\": \"2026-01-01T00:00:00+08:00\", \"to\": \"" + now + "\"}"));
            assertEquals(20, ranged.path("read").asInt(), ranged.toString());
            assertEquals(0, json(svc.postJson("/v1/rules/backtest", "policy", "{\"draftId\": \"" + draftId
                    + "\", \"from\": \"" + now + "\"}")).path("read").asInt(), "nothing decided after now");
            assertEquals(422, svc.postJson("/v1/rules/backtest", "policy", "{\"draftId\": \"" + draftId
                    + "\", \"last\": 5, \"from\": \"" + now + "\"}").statusCode(), "a number or a range");
            data = svc.dataDir();
        }

        // the same from the command line, for policy CI: a candidate directory against the baseline files
        PolicyCopy candidate = PolicyCopy.create();
        candidate.write("rules/sanctions.drl", RULE);
        candidate.write("scenarios/sanctions.json", SCENARIO);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        String[] args = {"--candidate", candidate.root.toString(), "--rules", copy.rules.toString(), "--tables",
                copy.tables.toString(), "--intel", copy.intel.toString(), "--data", data.toString()};
        assertEquals(0, run(args, printed), printed.toString());
        assertTrue(printed.toString().contains("outcome changed: 10 (50.00 %)"), printed.toString());
        assertTrue(printed.toString().contains("precision - -> 1.000; recall 0.000 -> 1.000"), printed.toString());
        String[] strict = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--max-changed-percent", "10")).toArray(String[]::new);
        assertEquals(1, run(strict, new java.io.ByteArrayOutputStream()), "more than 10 % change: CI fails");
        java.io.ByteArrayOutputStream ranged = new java.io.ByteArrayOutputStream();
        String[] since = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--from", "2026-01-01T00:00:00+08:00")).toArray(String[]::new);
        assertEquals(0, run(since, ranged), ranged.toString());
        assertTrue(ranged.toString().contains("20 decisions read"), ranged.toString());
    }

    private static int run(String[] args, java.io.ByteArrayOutputStream printed) {
        io.frontline.cli.BacktestCommand command = new io.frontline.cli.BacktestCommand();
        new picocli.CommandLine(command).parseArgs(args);
        return command.backtest(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode waitForCompared(RunningService svc, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode report = json(svc.get("/v1/rules/shadow", "policy"));
        while (report.path("compared").asInt() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
            report = json(svc.get("/v1/rules/shadow", "policy"));
        }
        assertEquals(n, report.path("compared").asInt(), report.toString());
        return report;
    }

    private static List<String> transitions(JsonNode report) {
        List<String> out = new java.util.ArrayList<>();
        report.path("transitions").forEach(t -> out.add(t.path("from").asText() + "->" + t.path("to").asText() + ":"
                + t.path("count").asInt()));
        return out;
    }

    private static JsonNode find(JsonNode rules, String rule) {
        for (JsonNode r : rules) {
            if (r.path("rule").asText().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError(rule + " not in " + rules);
    }

    private static HttpResponse<String> validate(RunningService svc, String role, Multipart form) {
        return svc.post("/v1/rules/validate", role, form.contentType(), form.body());
    }

    private static HttpResponse<String> publish(RunningService svc, String role, String draftId) {
        return svc.postJson("/v1/rules/publish", role, "{\"draftId\": \"" + draftId + "\", \"reason\": \"sanctions "
                + "list update\"}");
    }

    private static String outcome(RunningService svc, String id) {
        return json(svc.postJson("/v1/transactions/decide", "payment-system", PAYMENT.formatted(id)))
                .path("outcome").asText();
    }
}
