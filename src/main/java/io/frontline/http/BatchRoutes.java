package io.frontline.http;

import io.frontline.decide.DecisionService;
import io.frontline.domain.Subject;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.json.FieldError;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /v1/transactions/decide-batch}: up to {@value #MAX} payments (bulk payouts, a settlement file), each
 * decided, recorded in the review log, remembered for retries and alerted on exactly as if it had been sent alone
 * to {@code /v1/transactions/decide}; the answer lists the decisions in the order of the payments. All the payments
 * are checked before any is decided: one invalid field, one id given twice, one id already used for a different
 * payment, and none is decided. The decisions are made on a worker thread, so a large batch holds up no other
 * request. The answer leaves once the review log holds every decision; if it cannot take one, the batch is
 * answered {@code 503} and a retry of the same batch replays the decisions that were recorded and decides the rest.
 */
final class BatchRoutes {
    static final int MAX = 500;

    private final DecideRoutes decide;
    private final DecisionService service;

    BatchRoutes(DecideRoutes decide, DecisionService service) {
        this.decide = decide;
        this.service = service;
    }

    void transactions(RoutingContext ctx) {
        List<TransactionRequest> payments = read(ctx);
        List<RecentDecisions.Claim> claims = reserveAll(payments);
        ctx.vertx().executeBlocking(() -> decideAll(payments, claims), false)
                .compose(Future::fromCompletionStage)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        ctx.put(DecideRoutes.OUTCOME, "batch of " + payments.size());
                        DecideRoutes.json(ctx, done.result());
                    } else {
                        ctx.fail(DecideRoutes.unwrapped(done.cause()));
                    }
                });
    }

    private List<TransactionRequest> read(RoutingContext ctx) {
        Map<String, Integer> seen = new HashMap<>();
        return TransactionArray.read(DecideRoutes.body(ctx), MAX, "payments to decide", (r, at) -> {
            Integer first = seen.putIfAbsent(r.transactionId(), seen.size());
            if (first != null) {
                return new FieldError(at + "transactionId",
                        "is given twice in this batch (also at transactions[" + first + "])");
            }
            try {
                service.checkDecidable(r);
                return null;
            } catch (UnsupportedRequestException e) {
                return new FieldError(at + e.field(), e.getMessage());
            }
        });
    }

    /**
     * Reserves every payment's id, or finds its earlier answer; on a conflict, lets go of what it reserved.
     *
     * @throws HttpFailure a conflict naming the payment
     */
    private List<RecentDecisions.Claim> reserveAll(List<TransactionRequest> payments) {
        List<RecentDecisions.Claim> claims = new ArrayList<>(payments.size());
        for (int i = 0; i < payments.size(); i++) {
            TransactionRequest r = payments.get(i);
            try {
                claims.add(decide.reserve(Subject.TRANSACTION, r.transactionId(), r));
            } catch (HttpFailure conflict) {
                releaseFrom(0, claims);
                throw HttpFailure.conflict("transactions[" + i + "]: " + conflict.getMessage()
                        + "; nothing in this batch was decided");
            }
        }
        return claims;
    }

    /** Decides every payment in order; the future completes with the answer once the log holds them all. */
    private CompletableFuture<Buffer> decideAll(List<TransactionRequest> payments, List<RecentDecisions.Claim> claims) {
        List<CompletableFuture<DecideRoutes.Answer>> answers = new ArrayList<>(payments.size());
        for (int i = 0; i < payments.size(); i++) {
            try {
                answers.add(decide.answer(claims.get(i), payments.get(i), service::decide));
            } catch (RuntimeException e) {
                releaseFrom(i + 1, claims); // this one was let go as it failed
                throw e;
            }
        }
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenApply(all -> {
            Buffer out = Buffer.buffer(answers.size() * 2048).appendString("{\"decisions\":[");
            for (int i = 0; i < answers.size(); i++) {
                out.appendString(i == 0 ? "" : ",").appendBytes(answers.get(i).join().body());
            }
            return out.appendString("]}");
        });
    }

    /** Lets go of the ids from {@code from} on that this batch reserved (not those it replays). */
    private void releaseFrom(int from, List<RecentDecisions.Claim> claims) {
        for (int j = from; j < claims.size(); j++) {
            decide.release(claims.get(j)); // a replayed one holds nothing to let go
        }
    }
}
