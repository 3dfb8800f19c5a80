package io.frontline.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.domain.Action;
import io.frontline.domain.Decision;
import io.frontline.domain.Reason;
import io.frontline.domain.Signal;

import java.time.format.DateTimeFormatter;

/** Writes a decision in the shape of the public contract. */
public final class DecisionWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private DecisionWriter() {}

    public static ObjectNode toJson(Decision d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("decisionId", d.decisionId());
        o.put("subject", d.subject().wire());
        o.put(d.subject().wire() + "Id", d.subjectId());
        o.put("outcome", d.outcome().wire());
        ArrayNode actions = o.putArray("actions");
        for (Action a : d.actions()) {
            ObjectNode n = actions.addObject();
            n.put("type", a.type().wire());
            if (a.route() != null) {
                n.put("route", a.route().wire());
                n.put("priority", a.priority().wire());
            }
        }
        ArrayNode reasons = o.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode n = reasons.addObject();
            n.put("rule", r.rule());
            n.put("policy", r.policy());
            n.put("outcome", r.outcome().wire());
            ObjectNode m = n.putObject("message");
            m.put("zh-Hans", r.message().zhHans());
            m.put("en", r.message().en());
            n.set("evidence", Json.MAPPER.valueToTree(r.evidence()));
        }
        ArrayNode signals = o.putArray("signals");
        for (Signal s : d.signals()) {
            ObjectNode n = signals.addObject();
            n.put("kind", s.kind());
            n.set("detail", Json.MAPPER.valueToTree(s.detail()));
        }
        if (d.script() != null) {
            ObjectNode s = o.putObject("script");
            s.put("scamType", d.script().scamType());
            s.put("language", d.script().language().wire());
            ArrayNode steps = s.putArray("steps");
            d.script().steps().forEach(steps::add);
        }
        o.put("ruleset", d.ruleset());
        o.put("decidedAt", TIME.format(d.decidedAt()));
        return o;
    }
}
