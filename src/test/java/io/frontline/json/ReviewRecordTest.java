package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.Decided;
import io.frontline.domain.Action;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Decision;
import io.frontline.domain.Language;
import io.frontline.domain.Outcome;
import io.frontline.domain.Priority;
import io.frontline.domain.Reason;
import io.frontline.domain.Route;
import io.frontline.domain.Script;
import io.frontline.domain.Signal;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.learn.Pseudonyms;
import io.frontline.support.StarterPolicy;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewRecordTest {
    private static final Pseudonyms PSEUDONYMS = new Pseudonyms(new byte[32]);

    @Test
    void a_record_keeps_the_decision_as_answered_but_for_the_texts_a_person_reads() throws Exception {
        TransactionRequest request = RequestReader.transaction(example("transaction-elderly-donation.json"));
        Decision decision = decision(Subject.TRANSACTION, request.transactionId(), Map.of("amount", "100000.00"));

        JsonNode record = record(request, decision);

        ObjectNode answered = (ObjectNode) Json.MAPPER.readTree(DecisionWriter.toUtf8(decision));
        answered.withArray("reasons").forEach(r -> ((ObjectNode) r).remove("message"));
        answered.with("script").remove("steps");
        assertEquals(answered, record.get("decision"));
        assertEquals(decision.decisionId(), record.fields().next().getValue().asText(), "the decision id comes first");
        assertEquals(List.of("Rule one", "Rule two"), List.of(record.path("firedRules").get(0).asText(),
                record.path("firedRules").get(1).asText()));
        assertEquals(1234, record.path("latencyMicros").asLong());
    }

    @Test
    void fired_rules_that_are_the_reasons_rules_are_left_out_and_read_back_from_the_reasons() throws Exception {
        TransactionRequest request = RequestReader.transaction(example("transaction-elderly-donation.json"));
        Decision decision = decision(Subject.TRANSACTION, request.transactionId(), Map.of());
        JsonNode same = Json.MAPPER.readTree(ReviewRecord.toUtf8(request,
                new Decided(decision, List.of("Rule one"), 1_000), 1_000, PSEUDONYMS, false));
        assertFalse(same.has("firedRules"), same.toString());
        assertEquals(List.of("Rule one"), ReviewRecord.firedRules(same));

        JsonNode more = record(request, decision);
        assertEquals(List.of("Rule one", "Rule two"), ReviewRecord.firedRules(more), "kept when they differ");
    }

    @Test
    void a_payments_record_keeps_its_request_minimized() throws Exception {
        TransactionRequest request = RequestReader.transaction(example("transaction-elderly-donation.json"));
        JsonNode logged = record(request, decision(Subject.TRANSACTION, request.transactionId(), Map.of())).get("request");

        assertEquals(request.payer().accountId(), logged.path("payer").path("accountId").asText());
        assertFalse(logged.path("payer").path("ageBand").asText().isBlank());
        assertFalse(logged.path("payer").has("birthYear"));
        assertEquals(request.memo().length(), logged.path("memoLength").asInt());
        assertFalse(logged.has("memo"));
        assertTrue(logged.path("device").path("ip").asText().endsWith(".0/24"));
        assertEquals(logged, ReviewRecord.transaction(request), "the same minimization wherever a payment is logged");
    }

    @Test
    void a_contacts_record_masks_every_caller_number_and_names_the_agent_by_pseudonym() throws Exception {
        ContactRequest request = RequestReader.contact(example("contact-fake-link.json"));
        String number = "+8617012345678";
        Decision decision = decision(Subject.CONTACT, request.contactId(), Map.of("number", number,
                "entries", List.of(Map.of("list", "block-numbers", "value", number)),
                "caller", new io.frontline.domain.Caller(number, true, false, true, false, false, "CN", "mobile", true),
                "array", new Object[] {Map.of("number", number)}));

        JsonNode record = record(request, decision);
        String text = record.toString();

        assertFalse(text.contains("12345678"), text);
        assertEquals("+861******5678", record.path("decision").path("reasons").get(0).path("evidence")
                .path("number").asText());
        assertEquals("+861******5678", record.path("decision").path("signals").get(0).path("detail")
                .path("entries").get(0).path("value").asText());
        assertEquals(request.text().length(), record.path("request").path("textLength").asInt());
        assertFalse(text.contains(request.text()));
        if (request.agentId() != null) {
            assertEquals(PSEUDONYMS.ofAgent(request.agentId()), record.path("request").path("agent").asText());
            assertFalse(text.contains("\"" + request.agentId() + "\""));
        }
    }

    private static JsonNode record(Object request, Decision decision) throws Exception {
        byte[] utf8 = ReviewRecord.toUtf8(request, new Decided(decision, List.of("Rule one", "Rule two"), 1_234_000),
                1_234_000, PSEUDONYMS, false);
        String text = new String(utf8, StandardCharsets.UTF_8);
        assertFalse(text.contains("\n") || text.contains("\t"), "one line without tabs");
        return Json.MAPPER.readTree(utf8);
    }

    private static Decision decision(Subject subject, String subjectId, Map<String, Object> evidence) {
        return new Decision("dcs-01M86PCADCNC2YXEPPRDENCGWM", subject, subjectId, Outcome.ESCALATE,
                List.of(Action.escalate(Route.ANTI_FRAUD_SPECIALIST, Priority.URGENT)),
                List.of(new Reason("Rule one", "POL-1", Outcome.ESCALATE,
                        new Reason.Message("中文说明", "An explanation"), evidence)),
                List.of(new Signal("phone-risk", evidence), new Signal("scam-text", Map.of("phrases", List.of("验证码")))),
                new Script("fake-official-link", Language.ZH_HANS, List.of("第一步", "第二步")), "rs-1",
                OffsetDateTime.parse("2026-11-24T19:52:08.877+08:00"));
    }

    private static JsonNode example(String name) throws Exception {
        return Json.MAPPER.readTree(Files.readString(StarterPolicy.ROOT.resolve("examples").resolve(name)));
    }
}
