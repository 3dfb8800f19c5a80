package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.alert.Alert;
import io.frontline.alert.AlertHub;
import io.frontline.decide.Decided;
import io.frontline.decide.DecisionLog;
import io.frontline.decide.DecisionService;
import io.frontline.domain.ContactRequest;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.json.DecisionWriter;
import io.frontline.json.Json;
import io.frontline.json.RequestReader;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code POST /v1/transactions/decide} and {@code POST /v1/contacts/decide}. */
final class DecideRoutes {
    static final String OUTCOME = "outcome";
    static final String DECISION_ID = "decisionId";

    private final DecisionService service;
    private final RecentDecisions recent;
    private final DecisionLog log;
    private final AlertHub alerts;

    DecideRoutes(DecisionService service, RecentDecisions recent, DecisionLog log, AlertHub alerts) {
        this.service = service;
        this.recent = recent;
        this.log = log;
        this.alerts = alerts;
    }

    void transaction(RoutingContext ctx) {
        TransactionRequest r = RequestReader.transaction(body(ctx));
        respond(ctx, Subject.TRANSACTION, r.transactionId(), r, sameness(r), x -> service.decide(x));
    }

    void contact(RoutingContext ctx) {
        ContactRequest r = RequestReader.contact(body(ctx));
        respond(ctx, Subject.CONTACT, r.contactId(), r, r, x -> service.decide(x));
    }

    private <R> void respond(RoutingContext ctx, Subject subject, String id, R request, Object sameness,
                             Function<R, Decided> decide) {
        Optional<String> earlier = recent.replayOrReserve(subject, id, sameness);
        if (earlier.isPresent()) {
            ctx.put(OUTCOME, "replayed");
            ctx.response().putHeader("Idempotent-Replayed", "true");
            json(ctx, earlier.get());
            return;
        }
        Decided decided;
        try {
            decided = decide.apply(request);
        } catch (RuntimeException e) {
            recent.release(subject, id);
            throw e;
        }
        String body = DecisionWriter.toJson(decided.decision());
        ctx.put(OUTCOME, decided.decision().outcome().wire());
        ctx.put(DECISION_ID, decided.decision().decisionId());
        // the answer leaves only once the review log holds the decision
        CompletableFuture<?> recorded = log.record(request, decided, decided.nanos());
        if (recorded.isDone() && !recorded.isCompletedExceptionally()) {
            // written by this thread as it recorded (the usual case): no hop through the event loop's task queue
            answer(ctx, subject, id, sameness, request, decided, body);
            return;
        }
        Future.fromCompletionStage(recorded, ctx.vertx().getOrCreateContext()).onComplete(written -> {
            if (written.succeeded()) {
                answer(ctx, subject, id, sameness, request, decided, body);
            } else {
                recent.release(subject, id);
                ctx.fail(HttpFailure.notReady("the review log cannot take the decision: "
                        + written.cause().getMessage()));
            }
        });
    }

    private void answer(RoutingContext ctx, Subject subject, String id, Object sameness, Object request,
                        Decided decided, String body) {
        recent.complete(subject, id, sameness, body);
        json(ctx, body);
        Alert.of(decided.decision(), accountOf(request)).ifPresent(alerts::raise);
    }

    private static String accountOf(Object request) {
        if (request instanceof TransactionRequest t) {
            return t.payer().accountId();
        }
        ContactRequest c = (ContactRequest) request;
        return c.customer() == null ? null : c.customer().accountId();
    }

    /** The request with amounts compared by value, so that a retry sending "10.0" for "10.00" is the same. */
    private static TransactionRequest sameness(TransactionRequest r) {
        TransactionRequest.Payer p = r.payer();
        return new TransactionRequest(r.transactionId(), r.occurredAt(), r.type(), r.amount().stripTrailingZeros(),
                r.currency(), r.channel(), new TransactionRequest.Payer(p.accountId(), p.birthYear(),
                p.balance() == null ? null : p.balance().stripTrailingZeros()), r.payee(), r.memo(), r.device(),
                r.session(), r.language());
    }

    /** The request body, which must be one JSON object. */
    static JsonNode body(RoutingContext ctx) {
        Buffer b = ctx.body().buffer();
        return Json.parseObject(b == null ? new byte[0] : b.getBytes());
    }

    static void json(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body);
    }
}
