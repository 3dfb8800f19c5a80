package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.Decided;
import io.frontline.decide.DecisionService;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.DecisionWriter;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;
import java.util.function.Function;

/** {@code POST /v1/transactions/decide} and {@code POST /v1/contacts/decide}. */
final class DecideRoutes {
    static final String OUTCOME = "outcome";
    static final String DECISION_ID = "decisionId";

    private final DecisionService service;
    private final RecentDecisions recent;

    DecideRoutes(DecisionService service, RecentDecisions recent) {
        this.service = service;
        this.recent = recent;
    }

    void transaction(RoutingContext ctx) {
        TransactionRequest r = RequestReader.transaction(body(ctx));
        respond(ctx, Subject.TRANSACTION, r.transactionId(), r, x -> service.decide(x));
    }

    void contact(RoutingContext ctx) {
        ContactRequest r = RequestReader.contact(body(ctx));
        respond(ctx, Subject.CONTACT, r.contactId(), r, x -> service.decide(x));
    }

    private <R> void respond(RoutingContext ctx, Subject subject, String id, R request, Function<R, Decided> decide) {
        Optional<String> earlier = recent.replay(subject, id, request);
        if (earlier.isPresent()) {
            ctx.put(OUTCOME, "replayed");
            ctx.response().putHeader("Idempotent-Replayed", "true");
            json(ctx, earlier.get());
            return;
        }
        Decided decided = decide.apply(request);
        String body = DecisionWriter.toJson(decided.decision()).toString();
        recent.remember(subject, id, request, body);
        ctx.put(OUTCOME, decided.decision().outcome().wire());
        ctx.put(DECISION_ID, decided.decision().decisionId());
        json(ctx, body);
    }

    private static JsonNode body(RoutingContext ctx) {
        Buffer b = ctx.body().buffer();
        return Json.parseObject(b == null ? new byte[0] : b.getBytes());
    }

    static void json(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body);
    }
}
