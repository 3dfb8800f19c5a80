package io.frontline.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.Decided;
import io.frontline.detect.AgeBands;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.TransactionRequest;
import io.frontline.learn.Pseudonyms;

import java.time.Year;

/**
 * The review-log record of one decision, with personal data minimized (docs/operations.md): account and
 * device ids kept (decisions act on them), birth years reduced to an age band, caller numbers and IP
 * addresses masked, free text (memos, contact texts, payee names) reduced to its length — what the words showed
 * is in the decision's signals — and agent ids replaced by their pseudonyms.
 */
public final class ReviewRecord {
    private ReviewRecord() {}

    /**
     * The record; the decision id comes first, so the log can be indexed without parsing it.
     *
     * @param pseudonyms turns the contact's agent id into the pseudonym kept in its place
     * @param answer     the decision's JSON as answered
     */
    public static String toJson(Object request, Decided decided, long nanos, Pseudonyms pseudonyms, String answer) {
        if (request instanceof TransactionRequest t) {
            // a payment's decision names no caller number: the answer goes in as it was sent
            return "{\"decisionId\":" + Json.MAPPER.getNodeFactory().textNode(decided.decision().decisionId())
                    + ",\"request\":" + transaction(t) + ",\"decision\":" + answer + ",\"firedRules\":"
                    + Json.MAPPER.valueToTree(decided.firedRules()) + ",\"latencyMicros\":" + nanos / 1_000 + "}";
        }
        return toJson(request, decided, nanos, pseudonyms);
    }

    /** The record built afresh, caller numbers masked. */
    static String toJson(Object request, Decided decided, long nanos, Pseudonyms pseudonyms) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("decisionId", decided.decision().decisionId());
        o.set("request", request instanceof TransactionRequest t ? transaction(t)
                : contact((ContactRequest) request, pseudonyms));
        ObjectNode decision = DecisionWriter.toJson(decided.decision());
        maskNumbers(decision);
        o.set("decision", decision);
        o.set("firedRules", Json.MAPPER.valueToTree(decided.firedRules()));
        o.put("latencyMicros", nanos / 1_000);
        return o.toString();
    }

    /** A payment's request, minimized as in a decision record. */
    public static ObjectNode transaction(TransactionRequest r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("transactionId", r.transactionId());
        if (r.occurredAt() != null) {
            o.put("occurredAt", r.occurredAt().toString());
        }
        o.put("type", r.type().wire()).put("amount", r.amount().toPlainString()).put("currency", r.currency());
        if (r.channel() != null) {
            o.put("channel", r.channel().wire());
        }
        ObjectNode payer = o.putObject("payer").put("accountId", r.payer().accountId())
                .put("ageBand", ageBand(r.payer().birthYear()));
        if (r.payer().balance() != null) {
            payer.put("balance", r.payer().balance().toPlainString());
        }
        ObjectNode payee = o.putObject("payee").put("accountId", r.payee().accountId());
        if (r.payee().category() != null) {
            payee.put("category", r.payee().category());
        }
        if (r.payee().name() != null) {
            payee.put("nameLength", r.payee().name().length());
        }
        if (r.memo() != null) {
            o.put("memoLength", r.memo().length());
        }
        if (r.device() != null) {
            ObjectNode d = o.putObject("device");
            if (r.device().id() != null) {
                d.put("id", r.device().id());
            }
            if (r.device().ip() != null) {
                d.put("ip", maskIp(r.device().ip()));
            }
        }
        o.putObject("session").put("activeCall", r.session().activeCall())
                .put("screenSharing", r.session().screenSharing());
        return o;
    }

    private static ObjectNode contact(ContactRequest r, Pseudonyms pseudonyms) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("contactId", r.contactId());
        if (r.receivedAt() != null) {
            o.put("receivedAt", r.receivedAt().toString());
        }
        o.put("channel", r.channel().wire());
        if (r.customer() != null) {
            o.putObject("customer").put("accountId", r.customer().accountId())
                    .put("ageBand", ageBand(r.customer().birthYear()));
        }
        if (r.callerNumber() != null) {
            o.put("callerNumber", maskNumber(r.callerNumber()));
        }
        if (r.text() != null) {
            o.put("textLength", r.text().length());
        }
        if (r.reportedMessage() != null) {
            o.put("reportedMessageLength", r.reportedMessage().length());
        }
        if (r.language() != null) {
            o.put("language", r.language().wire());
        }
        if (r.agentId() != null) {
            o.put("agent", pseudonyms.ofAgent(r.agentId()));
        }
        return o;
    }

    /** Masks every caller number in the decision's signals and evidence. */
    private static void maskNumbers(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("number") && o.get("number").isTextual()) {
                o.put("number", maskNumber(o.get("number").asText()));
            }
            if ("block-numbers".equals(o.path("list").asText()) && o.get("value") != null) {
                o.put("value", maskNumber(o.get("value").asText()));
            }
            o.elements().forEachRemaining(ReviewRecord::maskNumbers);
        } else if (node.isArray()) {
            node.forEach(ReviewRecord::maskNumbers);
        }
    }

    /** Keeps the first three and the last four digits: enough to recognize a range, not to call anyone. */
    static String maskNumber(String number) {
        StringBuilder digits = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            }
        }
        if (digits.length() <= 7) {
            return "*".repeat(digits.length());
        }
        return (number.strip().startsWith("+") ? "+" : "") + digits.substring(0, 3)
                + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    /** IPv4 to its /24, anything else to its first half. */
    static String maskIp(String ip) {
        int last = ip.lastIndexOf('.');
        if (last > 0 && ip.chars().filter(c -> c == '.').count() == 3) {
            return ip.substring(0, last) + ".0/24";
        }
        return ip.substring(0, Math.max(0, ip.length() / 2)) + "…";
    }

    private static String ageBand(Integer birthYear) {
        return AgeBands.band(birthYear == null ? -1 : Year.now().getValue() - birthYear);
    }
}
