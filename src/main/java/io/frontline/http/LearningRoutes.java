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
    private final ReviewDesk desk;

    LearningRoutes(ReviewDesk desk) {
        this.desk = desk;
    }

    void decision(RoutingContext ctx) {
        DecideRoutes.json(ctx, desk.decision(ctx.pathParam("decisionId")).orElseThrow(() -> HttpFailure.notFound(
                "the review log holds no decision with this id")).toString());
    }

    void feedback(RoutingContext ctx) {
        RequestReader.FeedbackForm form = RequestReader.feedback(DecideRoutes.body(ctx));
        CompletableFuture<ReviewDesk.FeedbackTaken> taken = desk.feedback(ctx.pathParam("decisionId"), form,
                FreezeRoutes.keyId(ctx)).orElseThrow(() -> HttpFailure.notFound("the review log holds no decision with this id"));
        whenLogged(ctx, taken).onSuccess(t -> {
            var body = LearningJson.feedback(t.feedback());
            t.review().ifPresent(r -> body.put("reviewId", r.id()));
            ctx.response().setStatusCode(201);
            DecideRoutes.json(ctx, body.toString());
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
        var written = desk.review(ctx.pathParam("reviewId"), update, FreezeRoutes.keyId(ctx))
                .orElseThrow(() -> HttpFailure.notFound("no review with this id"));
        whenLogged(ctx, written).onSuccess(r -> DecideRoutes.json(ctx, LearningJson.review(r).toString()));
    }

    void ruleReport(RoutingContext ctx) {
        DecideRoutes.json(ctx, LearningJson.ruleReport(desk.learning().ruleReport()).toString());
    }

    private static <T> Future<T> whenLogged(RoutingContext ctx, CompletableFuture<T> written) {
        return Future.fromCompletionStage(written, ctx.vertx().getOrCreateContext())
                .onFailure(e -> ctx.fail(HttpFailure.notReady("the review log cannot record it: " + e.getMessage())));
    }
}
