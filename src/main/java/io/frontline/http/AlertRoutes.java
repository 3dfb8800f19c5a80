package io.frontline.http;

import io.frontline.alert.Alert;
import io.frontline.alert.AlertHub;
import io.frontline.domain.Route;
import io.frontline.domain.WireEnum;
import io.frontline.json.AlertJson;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /v1/alerts}: server-sent events for agent consoles, one {@code alert} event per escalation or freeze
 * as it happens, filtered by {@code route}. A console that reconnects with {@code Last-Event-ID} first gets the
 * alerts it missed (of the last {@link AlertHub} keeps). A console that cannot keep up is cut off rather than
 * buffered without end; it reconnects and catches up the same way.
 */
final class AlertRoutes {
    /** A comment line this often keeps proxies and browsers from closing a quiet stream. */
    static final long KEEP_ALIVE_MILLIS = 15_000;
    /** What a browser waits before reconnecting. */
    static final int RETRY_MILLIS = 2_000;

    private final AlertHub hub;

    AlertRoutes(AlertHub hub) {
        this.hub = hub;
    }

    void stream(RoutingContext ctx) {
        Predicate<Alert> wants = routes(ctx.queryParams().get("route"));
        long after = lastEventId(ctx.request().getHeader("Last-Event-ID"));
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Accel-Buffering", "no");
        Context context = ctx.vertx().getOrCreateContext();
        // watching before the first line goes out: a console that sees the stream open misses nothing after
        Runnable stop = hub.watch(after, wants, alert -> context.runOnContext(v -> send(response, alert)));
        response.write("retry: " + RETRY_MILLIS + "\n\n");
        long keepAlive = ctx.vertx().setPeriodic(KEEP_ALIVE_MILLIS, id -> {
            if (!response.ended() && !response.closed()) {
                response.write(": keep-alive\n\n");
            }
        });
        Runnable finish = () -> {
            stop.run();
            ctx.vertx().cancelTimer(keepAlive);
        };
        response.closeHandler(v -> finish.run());
        response.endHandler(v -> finish.run());
    }

    /** An alert as the event every console watching receives: rendered once, by the hub, as it is raised. */
    static String event(Alert alert) {
        return "id: " + alert.id() + "\nevent: alert\ndata: " + AlertJson.toJson(alert) + "\n\n";
    }

    private void send(HttpServerResponse response, Alert alert) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.writeQueueFull()) {
            response.end(); // cut off: the console reconnects with Last-Event-ID and catches up
            return;
        }
        response.write(alert.text());
    }

    /** Alerts of the routes asked for (comma-separated), and those with no route (freezes), which go to all. */
    static Predicate<Alert> routes(String param) {
        if (param == null || param.isBlank()) {
            return a -> true;
        }
        Set<Route> routes = EnumSet.noneOf(Route.class);
        for (String name : param.split(",")) {
            routes.add(WireEnum.parse(Route.class, name.strip()).orElseThrow(() -> new HttpFailure(400,
                    "bad-request", "Bad request", "route must be one or more of "
                    + String.join(", ", WireEnum.spellings(Route.class)) + ", comma-separated")));
        }
        return a -> a.route() == null || routes.contains(a.route());
    }

    private static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new HttpFailure(400, "bad-request", "Bad request", "Last-Event-ID must be the id of an alert");
        }
    }
}
