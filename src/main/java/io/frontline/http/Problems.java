package io.frontline.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.decide.NotReadyException;
import io.frontline.domain.UnsupportedRequestException;
import io.frontline.json.FieldError;
import io.frontline.json.InvalidPayloadException;
import io.frontline.json.Json;
import io.frontline.json.MalformedJsonException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one error mapper: every failure leaves as {@code application/problem+json} with the type, status and
 * request id of the public error table. Internal errors show generic text only.
 */
final class Problems {
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        HttpFailure f = map(failure, ctx.statusCode());
        if (f.status == 500) {
            String route = ctx.currentRoute() == null ? "(no route)" : ctx.currentRoute().getPath();
            RequestIds.withMdc(ctx, () -> log.error("internal error on {} {}", ctx.request().method(), route, failure));
        }
        send(ctx, f);
    }

    static HttpFailure map(Throwable failure, int status) {
        if (failure instanceof HttpFailure f) {
            return f;
        }
        if (failure instanceof MalformedJsonException e) {
            return new HttpFailure(400, "malformed-json", "The body is not a JSON object", e.getMessage());
        }
        if (failure instanceof InvalidPayloadException e) {
            return new HttpFailure(422, "invalid-payload", "Invalid fields",
                    e.errors().size() + " field(s) are invalid", e.errors());
        }
        if (failure instanceof UnsupportedRequestException e) {
            return new HttpFailure(422, "invalid-payload", "Invalid fields", "1 field(s) are invalid",
                    java.util.List.of(new FieldError(e.field(), e.getMessage())));
        }
        if (failure instanceof NotReadyException e) {
            return HttpFailure.notReady(e.getMessage());
        }
        return switch (failure == null ? status : 500) {
            case 400 -> new HttpFailure(400, "malformed-json", "Bad request", "the request could not be read");
            case 401 -> HttpFailure.unauthenticated("an API key is required: Authorization: Bearer <api-key>");
            case 403 -> HttpFailure.forbidden("this API key's role may not do this");
            case 404 -> new HttpFailure(404, "not-found", "Not found", "no such resource");
            case 405 -> new HttpFailure(405, "method-not-allowed", "Method not allowed",
                    "this path does not accept this method");
            case 413 -> new HttpFailure(413, "payload-too-large", "Payload too large",
                    "the body is larger than the limit");
            case 415 -> HttpFailure.unsupportedMediaType("send Content-Type: application/json");
            default -> new HttpFailure(500, "internal-error", "Internal error",
                    "frontline could not handle this request; quote the requestId when reporting it");
        };
    }

    static void send(RoutingContext ctx, HttpFailure f) {
        HttpServerResponse resp = ctx.response();
        if (resp.headWritten()) {
            resp.reset();
            return;
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", f.type);
        body.put("title", f.title);
        body.put("status", f.status);
        body.put("detail", f.getMessage());
        if (!f.errors.isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (FieldError e : f.errors) {
                errors.addObject().put("field", e.field()).put("message", e.message());
            }
        }
        body.put("requestId", RequestIds.of(ctx));
        resp.setStatusCode(f.status).putHeader("Content-Type", "application/problem+json");
        if (f.status == 401) {
            resp.putHeader("WWW-Authenticate", "Bearer");
        }
        if (f.status == 429) {
            resp.putHeader("Retry-After", "1");
        }
        resp.end(body.toString());
    }

}
