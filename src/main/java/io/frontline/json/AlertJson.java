package io.frontline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import io.frontline.alert.Alert;
import io.frontline.domain.Decision;
import io.frontline.domain.Reason;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An alert as the agent console reads it from {@code GET /v1/alerts} (docs/api.md). */
public final class AlertJson {
    private AlertJson() {}

    public static String toJson(Alert a) {
        SegmentedStringWriter out = new SegmentedStringWriter(Json.MAPPER.getFactory()._getBufferRecycler());
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("alertId", Long.toString(a.id()));
            g.writeStringField("kind", a.kind() == Alert.Kind.DECISION ? "decision" : "freeze");
            Decision d = a.decision();
            g.writeStringField("at", d != null ? DecisionTime.format(d.decidedAt()) : a.at().toString());
            String decisionId = d != null ? d.decisionId() : a.freeze() == null ? null : a.freeze().decisionId();
            g.writeStringField("decisionId", decisionId);
            if (d != null) {
                g.writeStringField("subject", d.subject().wire());
                g.writeStringField("subjectId", d.subjectId());
                g.writeStringField("outcome", d.outcome().wire());
            }
            g.writeStringField("accountId", a.accountId());
            g.writeStringField("route", a.route() == null ? null : a.route().wire());
            g.writeStringField("priority", a.priority().wire());
            g.writeBooleanField("olderCustomer", a.olderCustomer());
            if (a.freeze() != null) {
                g.writeStringField("reason", a.freeze().reason());
                g.writeStringField("by", a.freeze().by());
            }
            g.writeArrayFieldStart("reasons");
            for (Reason r : a.reasons()) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule());
                g.writeStringField("policy", r.policy());
                g.writeStringField("outcome", r.outcome().wire());
                g.writeObjectFieldStart("message");
                g.writeStringField("zh-Hans", r.message().zhHans());
                g.writeStringField("en", r.message().en());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("link", decisionId == null ? null : "/v1/decisions/" + decisionId);
            g.writeEndObject();
            g.flush();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an alert", e);
        }
    }
}
