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
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** {@code POST /v1/transactions/decide} and {@code POST /v1/contacts/decide}. */
final class DecideRoutes {
    static final String OUTCOME = "outcome";
    static final String DECISION_ID = "decisionId";
    private static final String JSON_UTF8 = "application/json; charset=utf-8";

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
        respond(ctx, Subject.TRANSACTION, r.transactionId(), r, x -> service.decide(x));
    }

    void contact(RoutingContext ctx) {
        ContactRequest r = RequestReader.contact(body(ctx));
        respond(ctx, Subject.CONTACT, r.contactId(), r, x -> service.decide(x));
    }

    private <R> void respond(RoutingContext ctx, Subject subject, String id, R request, Function<R, Decided> decide) {
        // the record is written with the others of this turn of the event loop, once its requests are handled
        Context loop = ctx.vertx().getOrCreateContext();
        CompletableFuture<Answer> answer = answer(reserve(subject, id, request), request, decide,
                task -> loop.runOnContext(v -> task.run()));
        if (answer.isDone() && !answer.isCompletedExceptionally()) {
            send(ctx, answer.join()); // a replay, or a record written at once: no hop through the task queue
            return;
        }
        Future.fromCompletionStage(answer, loop).onComplete(done -> {
            if (done.succeeded()) {
                send(ctx, done.result());
            } else {
                ctx.fail(unwrapped(done.cause()));
            }
        });
    }

    /** What failed, out of the wrapper a dependent stage puts around it. */
    static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
    }

    private static void send(RoutingContext ctx, Answer answer) {
        if (answer.decided() == null) {
            ctx.put(OUTCOME, "replayed");
            ctx.response().putHeader("Idempotent-Replayed", "true");
        } else {
            ctx.put(OUTCOME, answer.decided().decision().outcome().wire());
            ctx.put(DECISION_ID, answer.decided().decision().decisionId());
        }
        // wrapped, not copied: the answer's bytes are never changed once written
        json(ctx, BufferInternal.buffer(Unpooled.wrappedBuffer(answer.body())));
    }

    /**
     * A decision's answer: its JSON in UTF-8, and what was decided (null when the answer is an earlier one
     * replayed).
     */
    record Answer(byte[] body, Decided decided) {}

    /**
     * The earlier answer a claim found, or else the request decided and recorded in the review log for the id the
     * claim reserved. The future completes with the answer once the review log holds the decision, or fails with
     * a {@link HttpFailure} ({@code not-ready}) when the log cannot take it: then nothing is answered and the id is
     * free for a retry.
     */
    <R> CompletableFuture<Answer> answer(RecentDecisions.Claim claim, R request, Function<R, Decided> decide) {
        return answer(claim, request, decide, null);
    }

    /**
     * {@link #answer(RecentDecisions.Claim, Object, Function)} on an event loop: the decision's record is written
     * when {@code turnEnd} runs the task it is handed, with the others of the same turn (at once when it is null).
     */
    private <R> CompletableFuture<Answer> answer(RecentDecisions.Claim claim, R request, Function<R, Decided> decide,
                                                 Executor turnEnd) {
        if (claim.replays()) {
            return CompletableFuture.completedFuture(new Answer(claim.earlier(), null));
        }
        return decideReserved(claim, request, decide, turnEnd);
    }

    /**
     * Reserves the id for this request, or finds the answer given to this very request before.
     *
     * @throws HttpFailure a conflict when the id was used for a different request or is being decided now
     */
    RecentDecisions.Claim reserve(Subject subject, String id, Object request) {
        return recent.replayOrReserve(subject, id, request);
    }

    /** Frees an id reserved for a request that will not be decided now. */
    void release(RecentDecisions.Claim claim) {
        recent.release(claim);
    }

    /** Decides and records a request whose id this thread has {@link #reserve reserved}. */
    private <R> CompletableFuture<Answer> decideReserved(RecentDecisions.Claim claim, R request,
                                                         Function<R, Decided> decide, Executor turnEnd) {
        Decided decided;
        try {
            decided = decide.apply(request);
        } catch (RuntimeException e) {
            recent.release(claim);
            throw e;
        }
        byte[] body = DecisionWriter.toUtf8(decided.decision());
        CompletableFuture<?> recorded;
        try {
            recorded = log.record(request, decided, decided.nanos(), turnEnd);
        } catch (RuntimeException e) {
            recent.release(claim);
            throw e;
        }
        // the answer leaves only once the review log holds the decision
        return recorded.handle((written, failure) -> {
            if (failure != null) {
                recent.release(claim);
                throw HttpFailure.notReady("the review log cannot take the decision: " + failure.getMessage());
            }
            recent.complete(claim, body);
            Alert.of(decided.decision(), accountOf(request)).ifPresent(alerts::raise);
            return new Answer(body, decided);
        });
    }

    private static String accountOf(Object request) {
        if (request instanceof TransactionRequest t) {
            return t.payer().accountId();
        }
        ContactRequest c = (ContactRequest) request;
        return c.customer() == null ? null : c.customer().accountId();
    }

    /** The request body, which must be one JSON object. */
    static JsonNode body(RoutingContext ctx) {
        Buffer b = ctx.body().buffer();
        return Json.parseObject(b == null ? new byte[0] : b.getBytes());
    }

    static void json(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", JSON_UTF8).end(body);
    }

    static void json(RoutingContext ctx, Buffer body) {
        ctx.response().putHeader("Content-Type", JSON_UTF8).end(body);
    }
}
