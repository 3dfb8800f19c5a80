package io.frontline.http;

import io.frontline.domain.WireEnum;
import io.frontline.json.LearningJson;
import io.frontline.json.RequestReader;
import io.frontline.learn.ReviewStatus;
import io.frontline.store.ReviewDesk;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletableFuture;

/**
 * Learning from decisions: {@code GET /v1/decisions/{id}}, {@code POST /v1/decisions/{id}/feedback},
 * {@code GET /v1/reviews}, {@code GET|POST /v1/reviews/{id}} and {@code GET /v1/reports/rules}. Every change is
 * in the review log before it is answered; people appear only as pseudonyms.
 */
final class LearningRoutes {
    private static final String NO_DECISION = "the review log holds no decision with this id";

    private final ReviewDesk desk;

    LearningRoutes(ReviewDesk desk) {
        this.desk = desk;
    }

    /** Reads the decision from the log file off the event loop. */
    void decision(RoutingContext ctx) {
        String id = ctx.pathParam("decisionId");
        ctx.vertx().executeBlocking(() -> desk.decision(id), false)
                .onSuccess(found -> found.ifPresentOrElse(record -> DecideRoutes.json(ctx, record.toString()),
                        () -> ctx.fail(HttpFailure.notFound(NO_DECISION))))
                .onFailure(ctx::fail);
    }

    /** Finds the decision in the log file off the event loop, then records the feedback. */
    void feedback(RoutingContext ctx) {
        RequestReader.FeedbackForm form = RequestReader.feedback(DecideRoutes.body(ctx));
        String id = ctx.pathParam("decisionId");
        String keyId = FreezeRoutes.keyId(ctx);
        ctx.vertx().executeBlocking(() -> desk.feedback(id, form, keyId), false)
                .onFailure(ctx::fail)
                .onSuccess(taken -> {
                    if (taken.isEmpty()) {
                        ctx.fail(HttpFailure.notFound(NO_DECISION));
                        return;
                    }
                    whenLogged(ctx, taken.get()).onSuccess(t -> {
                        var body = LearningJson.feedback(t.feedback());
                        t.review().ifPresent(r -> body.put("reviewId", r.id()));
                        ctx.response().setStatusCode(201);
                        DecideRoutes.json(ctx, body.toString());
                    });
                });
    }

    void reviews(RoutingContext ctx) {
        String status = ctx.queryParams().get("status");
        ReviewStatus filter = null;
        if (status != null) {
            filter = WireEnum.parse(ReviewStatus.class, status).orElseThrow(() -> new HttpFailure(400, "bad-request",
                    "Bad request", "status must be one of " + String.join(", ", WireEnum.spellings(ReviewStatus.class))));
        }
        DecideRoutes.json(ctx, LearningJson.reviews(desk.learning().reviews(filter)).toString());
    }

    void review(RoutingContext ctx) {
        DecideRoutes.json(ctx, desk.learning().review(ctx.pathParam("reviewId")).map(LearningJson::review)
                .orElseThrow(() -> HttpFailure.notFound("no review with this id")).toString());
    }

    void updateReview(RoutingContext ctx) {
        var update = RequestReader.reviewUpdate(DecideRoutes.body(ctx));
        whenLogged(ctx, desk.review(ctx.pathParam("reviewId"), update, FreezeRoutes.keyId(ctx)))
                .onSuccess(written -> written.ifPresentOrElse(r -> DecideRoutes.json(ctx, LearningJson.review(r)
                        .toString()), () -> ctx.fail(HttpFailure.notFound("no review with this id"))));
    }

    /** The report over all the days kept, or per UTC day with {@code ?by=day}. */
    void ruleReport(RoutingContext ctx) {
        String by = ctx.queryParams().get("by");
        if (by != null && !by.equals("day")) {
            throw new HttpFailure(400, "bad-request", "Bad request", "by must be day (or left out for all days)");
        }
        DecideRoutes.json(ctx, LearningJson.ruleReport(by == null ? desk.learning().ruleReport()
                : desk.learning().ruleReportByDay()).toString());
    }

    private static <T> Future<T> whenLogged(RoutingContext ctx, CompletableFuture<T> written) {
        return Future.fromCompletionStage(written, ctx.vertx().getOrCreateContext())
                .onFailure(e -> ctx.fail(HttpFailure.notReady("the review log cannot record it now")));
    }
}
