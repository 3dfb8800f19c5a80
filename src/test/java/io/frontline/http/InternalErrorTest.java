package io.frontline.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.json.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A handler that throws leaves as a generic internal-error problem: no stack trace, no exception text. */
class InternalErrorTest {

    @Test
    void an_unexpected_exception_becomes_a_generic_internal_error() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            router.route().handler(RequestIds::assign);
            router.get("/boom").handler(ctx -> {
                throw new IllegalStateException("secret detail acc-123 13800138000");
            });
            router.route().failureHandler(Problems::handle);
            HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0).await(10, TimeUnit.SECONDS);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.actualPort() + "/boom")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            JsonNode p = Json.MAPPER.readTree(r.body());
            assertEquals("internal-error", p.path("type").asText());
            assertEquals(r.headers().firstValue("X-Request-Id").orElse("?"), p.path("requestId").asText());
            assertFalse(r.body().contains("secret"), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        } finally {
            vertx.close().await(10, TimeUnit.SECONDS);
        }
    }
}
