package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.frontline.decide.Decided;
import io.frontline.detect.AgeBands;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Decision;
import io.frontline.domain.Reason;
import io.frontline.domain.TransactionRequest;
import io.frontline.learn.Pseudonyms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The review-log record of one decision, with personal data minimized (docs/operations.md): account and
 * device ids kept (decisions act on them), birth years reduced to an age band, caller numbers and IP
 * addresses masked, free text (memos, contact texts, payee names) reduced to its length — what the words showed
 * is in the decision's signals — and agent ids replaced by their pseudonyms.
 */
public final class ReviewRecord {
    private ReviewRecord() {}

    /**
     * The record; the decision id comes first, so the log can be indexed without parsing it. The decision is
     * kept as answered but for the texts a person reads (reasons' messages, the script's steps), which the
     * ruleset version that decided holds, and with caller numbers masked.
     *
     * @param pseudonyms turns the contact's agent id into the pseudonym kept in its place
     * @param keepFacts  whether to keep the facts the rules saw, for backtests ({@link FactsJson})
     */
    public static byte[] toUtf8(Object request, Decided decided, long nanos, Pseudonyms pseudonyms,
                                boolean keepFacts) {
        ByteArrayBuilder out = new ByteArrayBuilder(Json.MAPPER.getFactory()._getBufferRecycler());
        try (JsonGenerator g = Json.MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("decisionId", decided.decision().decisionId());
            g.writeFieldName("request");
            if (request instanceof TransactionRequest t) {
                writeTransaction(g, t);
                g.writeFieldName("decision");
                // a payment's decision names no caller number
                DecisionWriter.write(g, decided.decision(), false, DetailJson::write);
            } else {
                writeContact(g, (ContactRequest) request, pseudonyms);
                g.writeFieldName("decision");
                DecisionWriter.write(g, decided.decision(), false, DetailJson::writeMasked);
            }
            if (!areReasonRules(decided.firedRules(), decided.decision())) {
                g.writeArrayFieldStart("firedRules");
                for (String rule : decided.firedRules()) {
                    g.writeString(rule);
                }
                g.writeEndArray();
            }
            if (keepFacts && !decided.facts().isEmpty()) {
                g.writeFieldName("facts");
                FactsJson.write(g, decided.facts());
            }
            g.writeNumberField("latencyMicros", nanos / 1_000);
            g.writeEndObject();
            g.flush();
            byte[] bytes = out.toByteArray();
            out.release();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a review record", e);
        }
    }

    /**
     * The rules that fired for a record's decision. A record lists them ({@code firedRules}) only when they are
     * not simply its reasons' rules in order, as they most often are: the names are the longest part of a record.
     */
    public static List<String> firedRules(JsonNode record) {
        List<String> rules = new ArrayList<>();
        if (record.has("firedRules")) {
            record.get("firedRules").forEach(rule -> rules.add(rule.asText()));
        } else {
            record.path("decision").path("reasons").forEach(reason -> rules.add(reason.path("rule").asText()));
        }
        return rules;
    }

    /** Whether {@code fired} are the decision's reasons' rules, in order. */
    private static boolean areReasonRules(List<String> fired, Decision decision) {
        List<Reason> reasons = decision.reasons();
        if (fired.size() != reasons.size()) {
            return false;
        }
        for (int i = 0; i < fired.size(); i++) {
            if (!fired.get(i).equals(reasons.get(i).rule())) {
                return false;
            }
        }
        return true;
    }

    /** A payment's request, minimized as in a decision record. */
    public static ObjectNode transaction(TransactionRequest r) {
        TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false);
        try {
            writeTransaction(buffer, r);
            return (ObjectNode) Json.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a payment", e);
        }
    }

    private static void writeTransaction(JsonGenerator g, TransactionRequest r) throws IOException {
        g.writeStartObject();
        g.writeStringField("transactionId", r.transactionId());
        if (r.occurredAt() != null) {
            g.writeStringField("occurredAt", r.occurredAt().toString());
        }
        g.writeStringField("type", r.type().wire());
        g.writeStringField("amount", r.amount().toPlainString());
        g.writeStringField("currency", r.currency());
        if (r.channel() != null) {
            g.writeStringField("channel", r.channel().wire());
        }
        g.writeObjectFieldStart("payer");
        g.writeStringField("accountId", r.payer().accountId());
        g.writeStringField("ageBand", ageBand(r.payer().birthYear()));
        if (r.payer().balance() != null) {
            g.writeStringField("balance", r.payer().balance().toPlainString());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("payee");
        g.writeStringField("accountId", r.payee().accountId());
        if (r.payee().category() != null) {
            g.writeStringField("category", r.payee().category());
        }
        if (r.payee().name() != null) {
            g.writeNumberField("nameLength", r.payee().name().length());
        }
        g.writeEndObject();
        if (r.memo() != null) {
            g.writeNumberField("memoLength", r.memo().length());
        }
        if (r.device() != null) {
            g.writeObjectFieldStart("device");
            if (r.device().id() != null) {
                g.writeStringField("id", r.device().id());
            }
            if (r.device().ip() != null) {
                g.writeStringField("ip", maskIp(r.device().ip()));
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("session");
        g.writeBooleanField("activeCall", r.session().activeCall());
        g.writeBooleanField("screenSharing", r.session().screenSharing());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeContact(JsonGenerator g, ContactRequest r, Pseudonyms pseudonyms) throws IOException {
        g.writeStartObject();
        g.writeStringField("contactId", r.contactId());
        if (r.receivedAt() != null) {
            g.writeStringField("receivedAt", r.receivedAt().toString());
        }
        g.writeStringField("channel", r.channel().wire());
        if (r.customer() != null) {
            g.writeObjectFieldStart("customer");
            g.writeStringField("accountId", r.customer().accountId());
            g.writeStringField("ageBand", ageBand(r.customer().birthYear()));
            g.writeEndObject();
        }
        if (r.callerNumber() != null) {
            g.writeStringField("callerNumber", maskNumber(r.callerNumber()));
        }
        if (r.text() != null) {
            g.writeNumberField("textLength", r.text().length());
        }
        if (r.reportedMessage() != null) {
            g.writeNumberField("reportedMessageLength", r.reportedMessage().length());
        }
        if (r.language() != null) {
            g.writeStringField("language", r.language().wire());
        }
        if (r.agentId() != null) {
            g.writeStringField("agent", pseudonyms.ofAgent(r.agentId()));
        }
        g.writeEndObject();
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
