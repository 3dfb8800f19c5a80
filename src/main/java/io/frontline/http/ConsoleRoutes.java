package io.frontline.http;

import io.frontline.store.ReviewDesk;
import io.frontline.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The web consoles for agents, policy staff and reviewers: static pages served from the classpath under
 * {@code /console/}, which call the API with the key the person signs in with; and {@code GET /v1/me}, which tells
 * a console the role of that key. The pages load nothing from elsewhere, and their content security policy
 * forbids it.
 */
final class ConsoleRoutes {
    /** Only this service: no script, style, font or connection to anywhere else. */
    static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final ReviewDesk desk;

    ConsoleRoutes(ReviewDesk desk) {
        this.desk = desk;
    }

    void mount(Router router) {
        // the router takes /console and /console/ alike: only the first is sent on
        router.get("/console").handler(ctx -> {
            if (ctx.request().path().equals("/console")) {
                ctx.redirect("/console/");
            } else {
                ctx.next();
            }
        });
        router.route("/console/*").handler(ConsoleRoutes::secure).handler(StaticHandler.create("console")
                .setIndexPage("index.html")
                .setDirectoryListing(false)
                .setCachingEnabled(false)
                .setDefaultContentEncoding("UTF-8"));
    }

    /** {@code GET /v1/me}: the role of the key and the pseudonym the service knows its holder by. */
    void me(RoutingContext ctx) {
        ApiKeyStore.ApiKey key = ctx.get(Access.KEY);
        DecideRoutes.json(ctx, Json.MAPPER.createObjectNode()
                .put("role", key.role().wire())
                .put("who", desk.pseudonym(key.id()))
                .toString());
    }

    private static void secure(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Security-Policy", CONTENT_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Cache-Control", "no-cache");
        ctx.next();
    }
}
