package io.frontline.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.frontline.domain.Action;
import io.frontline.domain.Decision;
import io.frontline.domain.Reason;
import io.frontline.domain.Signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a decision in the shape of the public contract, straight to JSON text (no tree in between). */
public final class DecisionWriter {

    /** Writes the evidence of a reason or the detail of a signal. */
    @FunctionalInterface
    interface DetailWriter {
        void write(JsonGenerator g, Object detail) throws IOException;
    }

    private DecisionWriter() {}

    /**
     * The decision as answered, in UTF-8: what goes on the wire, and half the memory of the text for an answer
     * kept to replay it (a Java string holding Chinese takes two bytes for every character).
     */
    public static byte[] toUtf8(Decision d) {
        ByteArrayBuilder out = new ByteArrayBuilder(Json.MAPPER.getFactory()._getBufferRecycler(), 2048);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(g, d, true, DetailJson::write);
            g.flush();
            byte[] bytes = out.toByteArray();
            out.release();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a decision", e);
        }
    }

    /**
     * @param texts   whether to write the texts a person reads — each reason's message and the script's steps —
     *                which the review log leaves out: the ruleset version that decided holds them
     * @param details how evidence and signal details are written
     */
    static void write(JsonGenerator g, Decision d, boolean texts, DetailWriter details) throws IOException {
        g.writeStartObject();
        g.writeStringField("decisionId", d.decisionId());
        g.writeStringField("subject", d.subject().wire());
        g.writeStringField(d.subject().wire() + "Id", d.subjectId());
        g.writeStringField("outcome", d.outcome().wire());
        g.writeArrayFieldStart("actions");
        for (Action a : d.actions()) {
            g.writeStartObject();
            g.writeStringField("type", a.type().wire());
            if (a.route() != null) {
                g.writeStringField("route", a.route().wire());
                g.writeStringField("priority", a.priority().wire());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reasons");
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeStringField("policy", r.policy());
            g.writeStringField("outcome", r.outcome().wire());
            if (texts) {
                g.writeObjectFieldStart("message");
                g.writeStringField("zh-Hans", r.message().zhHans());
                g.writeStringField("en", r.message().en());
                g.writeEndObject();
            }
            g.writeFieldName("evidence");
            details.write(g, r.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("signals");
        for (Signal s : d.signals()) {
            g.writeStartObject();
            g.writeStringField("kind", s.kind());
            g.writeFieldName("detail");
            details.write(g, s.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (d.script() != null) {
            g.writeObjectFieldStart("script");
            g.writeStringField("scamType", d.script().scamType());
            g.writeStringField("language", d.script().language().wire());
            if (texts) {
                g.writeArrayFieldStart("steps");
                for (String step : d.script().steps()) {
                    g.writeString(step);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeStringField("ruleset", d.ruleset());
        g.writeStringField("decidedAt", DecisionTime.format(d.decidedAt()));
        g.writeEndObject();
    }
}
