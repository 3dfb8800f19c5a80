package io.frontline.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.alert.Alert;
import io.frontline.alert.AlertHub;
import io.frontline.decide.DecisionService;
import io.frontline.domain.Freeze;
import io.frontline.json.Json;
import io.frontline.json.LearningJson;
import io.frontline.json.RequestReader;
import io.frontline.store.ReviewDesk;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/freezes} (an agent freezes at once, no approval chain), {@code GET /v1/freezes/{accountId}}
 * and {@code POST /v1/freezes/{accountId}/release} (a reviewer, with a review note). Every freeze and release is
 * in the review log; freezes are rebuilt from it at start.
 */
final class FreezeRoutes {
    private static final Logger log = LoggerFactory.getLogger(FreezeRoutes.class);

    private final DecisionService service;
    private final ReviewDesk desk;
    private final AlertHub alerts;

    FreezeRoutes(DecisionService service, ReviewDesk desk, AlertHub alerts) {
        this.service = service;
        this.desk = desk;
        this.alerts = alerts;
    }

    void freeze(RoutingContext ctx) {
        RequestReader.FreezeOrder order = RequestReader.freeze(DecideRoutes.body(ctx));
        // the freeze stands before anything else happens: logging it must not delay it
        Freeze freeze = service.freeze(order.accountId(), order.reason(), order.decisionId(),
                desk.pseudonym(keyId(ctx)));
        Future.fromCompletionStage(desk.frozen(freeze), ctx.vertx().getOrCreateContext())
                .onSuccess(review -> {
                    RequestIds.withMdc(ctx, () -> log.info("account frozen by key {}; review {} opened", keyId(ctx),
                            review.id()));
                    ctx.response().setStatusCode(201);
                    DecideRoutes.json(ctx, LearningJson.freeze(freeze).put("status", "active")
                            .put("reviewId", review.id()).toString());
                    alerts.raise(Alert.of(freeze));
                })
                .onFailure(e -> ctx.fail(HttpFailure.notReady("the freeze stands until a restart, but the review log "
                        + "cannot record it: freeze again")));
    }

    void get(RoutingContext ctx) {
        String account = ctx.pathParam("accountId");
        ObjectNode o = service.freezeOf(account).map(f -> LearningJson.freeze(f).put("status", "active"))
                .orElseGet(() -> Json.MAPPER.createObjectNode().put("accountId", account).put("status", "none"));
        DecideRoutes.json(ctx, o.toString());
    }

    void release(RoutingContext ctx) {
        String account = ctx.pathParam("accountId");
        String note = RequestReader.releaseNote(DecideRoutes.body(ctx));
        Freeze freeze = service.freezeOf(account).orElseThrow(() -> HttpFailure.notFound(
                "no active freeze on this account"));
        // lifted as the release is written: the note is on record first
        Future.fromCompletionStage(desk.released(freeze, note, keyId(ctx)), ctx.vertx().getOrCreateContext())
                .onSuccess(done -> {
                    RequestIds.withMdc(ctx, () -> log.info("freeze released by key {}", keyId(ctx)));
                    DecideRoutes.json(ctx, LearningJson.freeze(freeze).put("status", "released").put("note", note)
                            .toString());
                })
                .onFailure(e -> ctx.fail(HttpFailure.notReady("the review log cannot record the release; the freeze "
                        + "stands")));
    }

    static String keyId(RoutingContext ctx) {
        ApiKeyStore.ApiKey key = ctx.get(Access.KEY);
        return key == null ? "-" : key.id();
    }
}
