package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.decide.DecisionService;
import io.frontline.domain.TransactionRequest;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.json.FieldError;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.Json;
import io.frontline.store.ReviewDesk;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * {@code POST /v1/history/transactions}: past payments of the payment system's own records, so that accounts
 * frontline has not seen yet have payees, devices, typical amounts and habits from the start. They are written to
 * the review log (minimized like a decision's request) and remembered again from it after a restart.
 */
final class HistoryRoutes {
    /** Most payments one request may load. */
    static final int MAX = 1_000;

    private final DecisionService service;
    private final ReviewDesk desk;

    HistoryRoutes(DecisionService service, ReviewDesk desk) {
        this.service = service;
        this.desk = desk;
    }

    void load(RoutingContext ctx) {
        JsonNode body = DecideRoutes.body(ctx);
        List<TransactionRequest> payments = TransactionArray.read(body, MAX, "past payments", (r, at) ->
                r.occurredAt() == null ? new FieldError(at + "occurredAt", "is required for a past payment") : null);
        try {
            service.checkPast(payments);
        } catch (UnsupportedRequestException e) {
            throw new InvalidPayloadException(List.of(new FieldError("transactions" + e.field(), e.getMessage())));
        }
        // on record first, so that a restart remembers exactly what was loaded
        Future.fromCompletionStage(desk.historyLoaded(payments), ctx.vertx().getOrCreateContext())
                .onSuccess(entry -> DecideRoutes.json(ctx, Json.MAPPER.createObjectNode()
                        .put("loaded", service.remember(payments)).toString()))
                .onFailure(e -> ctx.fail(HttpFailure.notReady("the review log cannot record the payments: "
                        + e.getMessage())));
    }
}
